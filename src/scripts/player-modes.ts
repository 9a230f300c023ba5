/** The "alone / in class" switch both players show, as toggle buttons. */
export type Mode = 'individuel' | 'classe';

export function fillModeSwitch(
  group: HTMLElement,
  t: (key: string) => string,
  onPick?: (mode: Mode) => void,
): void {
  group.setAttribute('aria-label', t('player.mode'));
  for (const mode of ['individuel', 'classe'] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.dataset['mode'] = mode;
    button.textContent = t(`player.mode.${mode}`);
    if (onPick) button.addEventListener('click', () => onPick(mode));
    group.append(button);
  }
}

/** Marks the current mode as pressed. */
export function showMode(group: HTMLElement, mode: Mode): void {
  group.querySelectorAll<HTMLElement>('[data-mode]').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset['mode'] === mode));
  });
}

/**
 * Class mode on a scenario's or quiz's own page is a projection view: no
 * site header, large type, full width (players.css, html.projection).
 */
export function showProjection(root: HTMLElement, mode: Mode): void {
  if (root.hasAttribute('data-embedded')) return;
  document.documentElement.classList.toggle('projection', mode === 'classe');
}
