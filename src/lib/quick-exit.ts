/** The parts of a key event and of the focused element that decide the Escape shortcut. */
export interface KeyLike {
  key: string;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}
export interface FocusLike {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * True when Escape should trigger "Quitter vite": a plain Escape, not while typing in a
 * field (the reader may be clearing a search box), not while composing text, and not when
 * something on the page already used the key (closing a menu or a dialog).
 */
export function shouldQuickExit(event: KeyLike, focused: FocusLike | null | undefined): boolean {
  if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (!focused) return true;
  if (focused.tagName && TYPING.has(focused.tagName.toUpperCase())) return false;
  if (focused.isContentEditable) return false;
  if (focused.getAttribute?.('role') === 'textbox') return false;
  return true;
}
