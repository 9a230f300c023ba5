/**
 * Starts reveal.js on a deck page. Without JavaScript the slides stay a
 * readable page (see deck-theme.css); with it, the container becomes a
 * reveal.js deck with slide numbers, speaker notes (s) and hash links
 * (#/slide-id) that lesson steps point to. `?print-pdf` and
 * `?showNotes=separate-page` are read by reveal.js from the URL.
 */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';

const root = document.querySelector<HTMLElement>('[data-deck]');
if (root) {
  root.classList.add('reveal');
  document.documentElement.classList.add('deck-ready');
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
    plugins: [Notes],
  });
  // Printing (?print-pdf) lays the slides out after 'ready': PDF export waits for this mark.
  deck.on('pdf-ready', () => (document.documentElement.dataset['pdfReady'] = 'true'));
  void deck.initialize();
  // Exposed for tests and for the PDF export, which wait for 'ready' / 'pdf-ready'.
  (window as unknown as { deck: typeof deck }).deck = deck;
}
