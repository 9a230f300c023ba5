/**
 * Starts reveal.js on a deck page and wires one small controller per concern:
 * - keys and on-screen arrows step through a scenario or quiz slide first
 *   (deck-steps), so a clicker's PageDown walks situation, choices, ending;
 * - the toolbar (deck-toolbar) and the French keyboard help (?);
 * - the help slide's country (deck-country);
 * - the speaker view (?vue=orateur, speaker-view), in French, with the
 *   lesson step, its minutes and a timer, in step through a BroadcastChannel.
 * Without JavaScript the slides stay a readable page (see deck-theme.css).
 * `?print-pdf` (and `&showNotes=true`, the handout) are read by reveal.js.
 */
import Reveal from 'reveal.js';
import { initDeckCountry } from './deck-country';
import { stepPlayer } from './deck-steps';
import { initToolbar } from './deck-toolbar';
import { layOutHandout, prepareHandout } from './deck-print';
import { deckChannel, type DeckMessage } from './deck-channel';

const root = document.querySelector<HTMLElement>('[data-deck]');
const params = new URLSearchParams(location.search);
if (root && params.get('vue') === 'orateur') {
  void import('./speaker-view').then((m) => m.initSpeakerView(root));
} else if (root) {
  root.classList.add('reveal');
  document.documentElement.classList.add('deck-ready');
  const keysHelp = document.querySelector<HTMLDialogElement>('[data-deck-keys]');
  const next = () => stepPlayer(deck.getCurrentSlide(), 1) || deck.next();
  const prev = () => stepPlayer(deck.getCurrentSlide(), -1) || deck.prev();
  const openSpeakerView = () => {
    const url = new URL(location.href);
    url.searchParams.set('vue', 'orateur');
    url.hash = '';
    window.open(url.href, 'parlons-en-orateur', 'popup,width=1100,height=720');
  };
  const openHelp = () => keysHelp?.showModal();
  const keyboard: Record<number, () => unknown> = { 83: openSpeakerView }; // S
  // → ↓ PageDown Space N, and ← ↑ PageUp P: what clickers and keyboards send.
  for (const code of [39, 40, 34, 32, 78]) keyboard[code] = next;
  for (const code of [37, 38, 33, 80]) keyboard[code] = prev;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    controls: true,
    controlsTutorial: false,
    progress: true,
    touch: true,
    center: false,
    width: 1280,
    height: 720,
    margin: 0.05,
    transition: 'none',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    // One printed page per slide, even when a slide's content is tall.
    pdfMaxPagesPerSlide: 1,
    // reveal.js's help overlay is in English: ours is the <dialog> (DeckKeys).
    help: false,
    keyboardCondition: () => !keysHelp?.open,
    keyboard,
  });
  // The on-screen arrows step too.
  root.addEventListener(
    'click',
    (event) => {
      const arrow = (event.target as HTMLElement).closest('.controls button');
      if (!arrow) return;
      const direction = arrow.matches('.navigate-right, .navigate-down') ? 1 : -1;
      if (stepPlayer(deck.getCurrentSlide(), direction)) event.stopPropagation();
    },
    true,
  );
  document.addEventListener('keydown', (event) => {
    if (event.key === '?' && !keysHelp?.open) openHelp();
  });

  // Printing (?print-pdf) lays the slides out after 'ready': PDF export waits for this mark.
  // With notes (&showNotes=true), each page is a handout: the slide above, its notes below.
  const handout = params.has('print-pdf') && params.has('showNotes');
  if (handout) prepareHandout(root);
  deck.on('pdf-ready', () => {
    if (handout) layOutHandout();
    document.documentElement.dataset['pdfReady'] = 'true';
  });
  void deck.initialize().then(() => {
    initToolbar({
      notes: openSpeakerView,
      fullscreen: () =>
        document.fullscreenElement
          ? void document.exitFullscreen()
          : void document.documentElement.requestFullscreen(),
      overview: () => deck.toggleOverview(),
      help: openHelp,
    });
    initDeckCountry(root);
    // The speaker view follows the deck and can move it.
    const channel = deckChannel();
    const post = () => channel?.postMessage({ slide: deck.getIndices().h } satisfies DeckMessage);
    deck.on('slidechanged', post);
    channel?.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
      const data = event.data;
      if (data.hello) post();
      if (data.go === 1) next();
      if (data.go === -1) prev();
    });
    post();
  });
  // Exposed for tests and for the PDF export, which wait for 'ready' / 'pdf-ready'.
  (window as unknown as { deck: typeof deck }).deck = deck;
}
