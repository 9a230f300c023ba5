/**
 * The notes PDF as a handout (?print-pdf&showNotes=true): one page per slide,
 * the slide on the top half and its notes, headed in French, below. A
 * scenario slide's notes also get every ending with its debrief, since the
 * printed slide shows only the first moment and its choices.
 */
import { uiStrings } from './ui-strings';

/** Before reveal.js reads the notes: adds the endings and their debriefs to scenario slides. */
export function prepareHandout(root: HTMLElement): void {
  const t = uiStrings();
  root.querySelectorAll<HTMLElement>('.slides > section').forEach((slide) => {
    const endings = [...slide.querySelectorAll<HTMLElement>('[data-scenario-player] [data-ending]')];
    const notes = slide.querySelector(':scope > aside.notes');
    if (endings.length === 0 || !notes) return;
    const title = document.createElement('p');
    title.className = 'handout__endings';
    title.textContent = t('deck.print.endings');
    const list = document.createElement('ul');
    for (const ending of endings) {
      const item = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = `${ending.querySelector('.ending__title')?.textContent?.trim() ?? ''} (${ending.querySelector('.ending__kind')?.textContent?.trim() ?? ''}) : `;
      // The debrief is the paragraph after the first sub-heading (« Pourquoi ? »).
      const debrief = ending.querySelector(':scope > :is(h4, h5) + p')?.textContent?.trim() ?? '';
      item.append(name, debrief);
      list.append(item);
    }
    notes.append(title, list);
  });
}

/** After reveal.js laid out the pages: doubles their height and puts the notes under the slide. */
export function layOutHandout(): void {
  const t = uiStrings();
  const pages = [...document.querySelectorAll<HTMLElement>('.pdf-page')];
  const height = pages[0]?.offsetHeight ?? 0;
  const width = pages[0]?.offsetWidth ?? 0;
  if (!height) return;
  const style = document.createElement('style');
  style.textContent = `@page { size: ${width}px ${height * 2}px; margin: 0; }`;
  document.head.append(style);
  document.documentElement.classList.add('deck-handout');
  document.documentElement.style.setProperty('--handout-slide', `${height}px`);
  for (const page of pages) {
    page.style.height = `${height * 2}px`;
    const notes = page.querySelector<HTMLElement>('.speaker-notes-pdf');
    if (!notes) continue;
    notes.setAttribute('data-label', t('deck.print.notes'));
    fitNotes(notes);
  }
}

/** Smallest type a printed handout uses, in CSS px (about 10 pt). */
const MIN_NOTES_PX = 13;

/**
 * Long notes (a scenario's notes plus every ending) were cut at the bottom of
 * the page: their type shrinks step by step until all of it shows, down to
 * about 10 pt; below that they are left to the fit check in print.spec.ts.
 */
function fitNotes(notes: HTMLElement): void {
  let size = parseFloat(getComputedStyle(notes).fontSize);
  while (notes.scrollHeight > notes.clientHeight + 1 && size > MIN_NOTES_PX) {
    size -= 1;
    notes.style.fontSize = `${size}px`;
    notes.querySelectorAll<HTMLElement>('.handout__endings + ul').forEach((ul) => {
      ul.style.fontSize = `${Math.max(MIN_NOTES_PX, size - 4)}px`;
    });
  }
  notes.dataset['fits'] = String(notes.scrollHeight <= notes.clientHeight + 1);
}
