/**
 * How a deck and the players in its slides talk: the deck asks the current
 * slide's player to take one step ('deck-step' event, cancelled when the
 * player took it); the player keeps Enter for its buttons and gives Space
 * back to the deck, so a key that moves slides never adds a vote.
 */
const EVENT = 'deck-step';

type Direction = 1 | -1;

/** Registers a player's step handler; it returns false when the slide has nothing left that way. */
export function onDeckStep(root: HTMLElement, take: (direction: Direction) => boolean): void {
  root.dataset['deckStep'] = '';
  root.addEventListener(EVENT, (event) => {
    if (take((event as CustomEvent<{ direction: Direction }>).detail.direction)) event.preventDefault();
  });
}

/** Asks the player in a slide to take a step; true when it did (the deck then stays). */
export function stepPlayer(slide: Element | undefined, direction: Direction): boolean {
  const player = slide?.querySelector<HTMLElement>('[data-deck-step]');
  if (!player) return false;
  return !player.dispatchEvent(new CustomEvent(EVENT, { cancelable: true, detail: { direction } }));
}

/** Inside a slide: Enter presses the focused button; Space is the deck's (next), never a vote. */
export function keepDeckKeys(root: HTMLElement): void {
  if (!root.closest('.reveal, [data-deck]')) return;
  root.addEventListener('keydown', (event) => {
    const onControl = (event.target as HTMLElement).closest('button, input, select');
    if (!onControl) return;
    if (event.key === 'Enter') event.stopPropagation();
    if (event.key === ' ') event.preventDefault();
  });
}
