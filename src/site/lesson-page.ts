import { outlineDeck } from '../lib/deck-body.ts';
import { timeline } from '../lib/session-plan.ts';
import { isYouthTier } from '../lib/tiers.ts';
import { deckOf, loadSite, resourcesByIds, slugOf, type LessonEntry } from './content.ts';

/**
 * What both pages of a lesson (the lesson page and its session sheet) load for it: one place,
 * so the two never disagree on the plan, the slide numbers or the help list.
 */

/** getStaticPaths for the pages of every lesson (the page, its session sheet). */
export async function lessonPaths() {
  const site = await loadSite();
  return site.lessons.map((lesson) => ({ params: { slug: slugOf(lesson) }, props: { lesson } }));
}

export async function loadLessonPage(lesson: LessonEntry) {
  const site = await loadSite();
  const deck = deckOf(site, lesson);
  if (!deck) throw new Error(`Présentation introuvable pour l’atelier ${lesson.id}`);
  /** Slide number by slide id, in the lesson's deck. */
  const slides = new Map(
    outlineDeck(deck.body ?? '').slides.flatMap((s) => (s.id ? [[s.id, s.number]] : [])),
  );
  return {
    site,
    deck,
    slides,
    /** The steps with their start and end minutes. */
    plan: timeline(lesson.data.steps),
    help: resourcesByIds(site, lesson.data.help),
    youth: isYouthTier(lesson.data.tier),
    /** The slide number of step `i`, when it has a slide. */
    slideOf: (i: number) => {
      const id = lesson.data.steps[i]?.slide;
      return id ? slides.get(id) : undefined;
    },
  };
}
