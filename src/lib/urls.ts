import { entrySlug } from './entries.ts';

/**
 * The site's French URLs, in one place. Entries are passed by id (the file
 * path); the slug is the file name.
 */
export const urls = {
  lesson: (id: string) => `/ateliers/${entrySlug(id)}/`,
  /** The lesson's session sheet: the plan on two printed pages. */
  lessonSheet: (id: string) => `/ateliers/${entrySlug(id)}/fiche/`,
  deck: (id: string) => `/presentations/${entrySlug(id)}/`,
  scenario: (id: string) => `/scenarios/${entrySlug(id)}/`,
  quiz: (id: string) => `/quiz/${entrySlug(id)}/`,
  scenarioCards: (id: string) => `/scenarios/${entrySlug(id)}/cartes/`,
  quizSheet: (id: string) => `/quiz/${entrySlug(id)}/fiche/`,
  quizKey: (id: string) => `/quiz/${entrySlug(id)}/corrige/`,
  guide: (id: string, audience: 'parents' | 'intervenants') => `/${audience}/${entrySlug(id)}/`,
  tier: (tier: string) => `/ateliers/niveau/${tier}/`,
  topic: (topic: string) => `/ateliers/theme/${topic}/`,
  /** The deck as PDF, and with speaker notes (written by npm run pdf). */
  deckPdf: (id: string, notes = false) =>
    `/presentations/${entrySlug(id)}/${entrySlug(id)}${notes ? '-notes' : ''}.pdf`,
  /** The deck laid out for printing (reveal.js), which the browser prints or saves as PDF. */
  deckPrint: (id: string, notes = false) =>
    `/presentations/${entrySlug(id)}/?print-pdf${notes ? '&showNotes=separate-page' : ''}`,
  /** A slide of a deck, by its id (reveal.js hash navigation). */
  slide: (deckId: string, slideId: string) => `/presentations/${entrySlug(deckId)}/#/${slideId}`,
};
