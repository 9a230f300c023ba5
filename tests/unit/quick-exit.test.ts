import { describe, expect, it } from 'vitest';
import { shouldQuickExit } from '../../src/lib/quick-exit.ts';

const body = { tagName: 'BODY' };

describe('the Escape shortcut of "Quitter vite"', () => {
  it('leaves on a plain Escape', () => {
    expect(shouldQuickExit({ key: 'Escape' }, body)).toBe(true);
    expect(shouldQuickExit({ key: 'Escape' }, null)).toBe(true);
    expect(shouldQuickExit({ key: 'Escape' }, { tagName: 'A' })).toBe(true);
  });
  it('never leaves while the reader is typing in a field', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input'])
      expect(shouldQuickExit({ key: 'Escape' }, { tagName })).toBe(false);
    expect(shouldQuickExit({ key: 'Escape' }, { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(shouldQuickExit({ key: 'Escape' }, { tagName: 'DIV', getAttribute: () => 'textbox' })).toBe(false);
    expect(shouldQuickExit({ key: 'Escape', isComposing: true }, body)).toBe(false);
  });
  it('ignores other keys, combinations, and an Escape already used by the page', () => {
    expect(shouldQuickExit({ key: 'Enter' }, body)).toBe(false);
    expect(shouldQuickExit({ key: 'Escape', ctrlKey: true }, body)).toBe(false);
    expect(shouldQuickExit({ key: 'Escape', defaultPrevented: true }, body)).toBe(false);
  });
  it('asks the focused element for its role, and leaves only when it is not a text box', () => {
    const asked: string[] = [];
    const element = (role: string) => ({
      tagName: 'DIV',
      getAttribute: (name: string) => (asked.push(name), name === 'role' ? role : null),
    });
    expect(shouldQuickExit({ key: 'Escape' }, element('textbox'))).toBe(false);
    expect(shouldQuickExit({ key: 'Escape' }, element('button'))).toBe(true);
    expect(asked).toEqual(['role', 'role']);
  });
});
