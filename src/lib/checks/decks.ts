import { outlineDeck } from '../deck-body.ts';
import { entryFile, entryLocale, findBySlug } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, type ContentSet } from './context.ts';

/** The structure of one deck body: slides, notes, unique ids, help slide last, no stray text. */
export function checkDeckBody(body: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const outline = outlineDeck(body);
  if (outline.slides.length === 0) {
    problems.push({
      file,
      field: 'contenu',
      message: 'La présentation ne contient aucune diapositive.',
      fix: 'Écrire les diapositives entre <Slide title="…"> et </Slide>.',
    });
  }
  const ids = new Set<string>();
  for (const slide of outline.slides) {
    const where = `diapositive ${slide.number} (ligne ${slide.line})`;
    if (!slide.hasNotes) {
      problems.push({
        file,
        field: where,
        message: 'Cette diapositive n’a pas de notes pour l’intervenant.',
        fix: 'Ajouter <Notes> … </Notes> dans la diapositive, en quelques puces.',
      });
    }
    if (slide.id) {
      if (ids.has(slide.id)) {
        problems.push({
          file,
          field: where,
          message: `L’id « ${slide.id} » est utilisé par deux diapositives.`,
          fix: 'Donner un id différent à chaque diapositive.',
        });
      }
      ids.add(slide.id);
    }
  }
  if (outline.slides.length > 0 && !outline.endsWithHelp) {
    problems.push({
      file,
      field: 'dernière diapositive',
      message: 'La présentation ne se termine pas par la diapositive d’aide.',
      fix: 'Terminer le fichier par <HelpSlide />.',
    });
  }
  for (const text of outline.strayText) {
    problems.push({
      file,
      field: 'contenu',
      message: `Du texte est en dehors de toute diapositive : « ${text.slice(0, 60)}… ».`,
      fix: 'Le placer entre <Slide …> et </Slide>, ou le supprimer.',
    });
  }
  return problems;
}

export function checkDecks(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const deck of set.decks) {
    const file = entryFile(deck, BASES.decks);
    const locale = entryLocale(deck.id);
    if (!findBySlug(set.lessons, locale, deck.data.lesson)) {
      problems.push({
        file,
        field: 'lesson',
        message: `L’atelier « ${deck.data.lesson} » n’existe pas.`,
        fix: `Écrire le nom d’un fichier de workshops/${locale}/ateliers/ (sans .mdx).`,
      });
    }
    problems.push(...checkDeckBody(deck.body ?? '', file));
  }
  return problems;
}
