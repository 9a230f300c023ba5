/**
 * The presenter's toolbar: its buttons call the deck, and it hides itself
 * while presenting (after a few seconds without the mouse, or on a key that
 * moves the slides) and comes back when the mouse moves or it gets focus.
 */
type Tool = 'notes' | 'fullscreen' | 'overview' | 'help';

const IDLE_MS = 2500;

export function initToolbar(actions: Record<Tool, () => void>): void {
  const bar = document.querySelector<HTMLElement>('[data-deck-bar]');
  if (!bar) return;
  bar.addEventListener('click', (event) => {
    const tool = (event.target as HTMLElement).closest<HTMLElement>('[data-deck-tool]')?.dataset['deckTool'];
    if (tool) actions[tool as Tool]();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    if (!bar.matches(':hover, :focus-within')) bar.classList.add('is-hidden');
  };
  const show = () => {
    bar.classList.remove('is-hidden');
    clearTimeout(timer);
    timer = setTimeout(hide, IDLE_MS);
  };
  document.addEventListener('mousemove', show);
  bar.addEventListener('focusin', show);
  document.addEventListener('keydown', (event) => {
    if (!bar.contains(event.target as Node)) hide();
  });
  show();
}
