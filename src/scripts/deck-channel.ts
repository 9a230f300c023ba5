/** The deck and its speaker view talk on one BroadcastChannel per deck (same browser, nothing leaves the device). */
export interface DeckMessage {
  /** The slide the deck shows (0-based). */
  slide?: number;
  /** The speaker view opened and asks where the deck is. */
  hello?: true;
  /** The speaker view asks the deck to move one step. */
  go?: 1 | -1;
}

export function deckChannel(): BroadcastChannel | null {
  return 'BroadcastChannel' in window ? new BroadcastChannel(`parlons-en-deck:${location.pathname}`) : null;
}
