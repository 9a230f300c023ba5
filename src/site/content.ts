import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../lib/content-checks.ts';
import { COUNTRY_IDS, type CountryId } from '../lib/countries.ts';
import { entryLocale, entrySlug, pickByIds } from '../lib/entries.ts';
import { checkFigureTokens, resolveFigureTokens } from '../lib/figure-tokens.ts';
import { gateContent } from '../lib/checks/facts.ts';
import { resolvePhoneTokens } from '../lib/phone-tokens.ts';

export type LessonEntry = CollectionEntry<'lessons'>;
export type DeckEntry = CollectionEntry<'decks'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type QuizEntry = CollectionEntry<'quizzes'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type ResourceEntry = CollectionEntry<'resources'>;
export type HelpFlowEntry = CollectionEntry<'helpflows'>;

export interface Site {
  locale: string;
  lessons: LessonEntry[];
  decks: DeckEntry[];
  scenarios: ScenarioEntry[];
  quizzes: QuizEntry[];
  guides: GuideEntry[];
  helpflows: HelpFlowEntry[];
  resources: ResourceEntry[];
  laws: CollectionEntry<'laws'>[];
  figures: CollectionEntry<'figures'>[];
}

const cache = new Map<string, Promise<Site>>();

/**
 * Loads every collection once per build, runs the cross-checks and stops the
 * build with all problems listed (file, field, fix) if any. Pages call this
 * instead of getCollection so no page is ever built from broken content.
 */
export function loadSite(locale = 'fr'): Promise<Site> {
  let site = cache.get(locale);
  if (!site) {
    site = load(locale);
    cache.set(locale, site);
  }
  return site;
}

async function load(locale: string): Promise<Site> {
  const [lessons, decks, rawScenarios, rawQuizzes, guides, helpflows, resources, laws, figures] =
    await Promise.all([
      getCollection('lessons'),
      getCollection('decks'),
      getCollection('scenarios'),
      getCollection('quizzes'),
      getCollection('guides'),
      getCollection('helpflows'),
      getCollection('resources'),
      getCollection('laws'),
      getCollection('figures'),
    ]);
  // Quiz and scenario text may quote a figure as {{figure:id}}: resolved here, from the data.
  const figureTexts = figures.map((f) => f.data);
  const withFigures = <T extends { data: unknown }>(e: T): T => ({
    ...e,
    data: resolveFigureTokens(e.data, figureTexts),
  });
  const scenarios = rawScenarios.map(withFigures);
  const quizzes = rawQuizzes.map(withFigures);
  const figureProblems = checkFigureTokens(
    [...rawQuizzes, ...rawScenarios].map((e) => ({ file: e.filePath ?? e.id, data: e.data })),
    figureTexts,
  );
  gateContent(
    { lessons, decks, scenarios, quizzes, guides, helpflows, resources, laws, figures },
    (set) => checkContent(set).concat(figureProblems),
    new Date(),
    console.warn,
  );
  // Any text field may write a phone as {{tel:id}}: checked above on the raw text (a number
  // typed by hand is a problem there), then replaced by the number from resources.yaml.
  const services = resources.map((r) => r.data);
  const inLocale = <T extends { id: string; data: unknown }>(list: T[]) =>
    list
      .filter((e) => entryLocale(e.id) === locale)
      .map((e) => ({ ...e, data: resolvePhoneTokens(e.data, services) }));
  return {
    locale,
    lessons: inLocale(lessons).sort((a, b) => a.data.number - b.data.number),
    decks: inLocale(decks),
    scenarios: inLocale(scenarios).sort((a, b) => a.data.title.localeCompare(b.data.title, locale)),
    quizzes: inLocale(quizzes).sort((a, b) => a.data.title.localeCompare(b.data.title, locale)),
    guides: inLocale(guides).sort((a, b) => a.data.order - b.data.order),
    helpflows: inLocale(helpflows).sort((a, b) => a.data.order - b.data.order),
    resources,
    laws,
    figures,
  };
}

export const slugOf = (entry: { id: string }) => entrySlug(entry.id);

export function deckOf(site: Site, lesson: LessonEntry): DeckEntry | undefined {
  return site.decks.find((d) => d.data.lesson === slugOf(lesson));
}

export function lessonOfDeck(site: Site, deck: DeckEntry): LessonEntry {
  const lesson = site.lessons.find((l) => slugOf(l) === deck.data.lesson);
  if (!lesson) throw new Error(`Atelier introuvable pour ${deck.id}`);
  return lesson;
}

export function scenariosOf(site: Site, lesson: LessonEntry): ScenarioEntry[] {
  const slugs = lesson.data.steps.flatMap((s) => (s.scenario ? [s.scenario] : []));
  return [...new Set(slugs)].map((slug) => site.scenarios.find((s) => slugOf(s) === slug)!);
}

export function quizzesOf(site: Site, lesson: LessonEntry): QuizEntry[] {
  const slugs = lesson.data.steps.flatMap((s) => (s.quiz ? [s.quiz] : []));
  return [...new Set(slugs)].map((slug) => site.quizzes.find((q) => slugOf(q) === slug)!);
}

/** getStaticPaths for the pages of every scenario (the page, its printable cards). */
export async function scenarioPaths() {
  const site = await loadSite();
  return site.scenarios.map((scenario) => ({ params: { slug: slugOf(scenario) }, props: { scenario } }));
}

/** getStaticPaths for the pages of every quiz (the page, its sheet, its answer key). */
export async function quizPaths() {
  const site = await loadSite();
  return site.quizzes.map((quiz) => ({ params: { slug: slugOf(quiz) }, props: { quiz } }));
}

/** Lessons whose steps use a scenario or quiz (shown as "Utilisé dans…"). */
export function lessonsUsing(site: Site, kind: 'scenario' | 'quiz', slug: string): LessonEntry[] {
  return site.lessons.filter((l) => l.data.steps.some((s) => s[kind] === slug));
}

export function findScenario(site: Site, slug: string): ScenarioEntry | undefined {
  return site.scenarios.find((s) => slugOf(s) === slug);
}

export function findQuiz(site: Site, slug: string): QuizEntry | undefined {
  return site.quizzes.find((q) => slugOf(q) === slug);
}

/** Resources in the order the ids were given; an unknown id stops the build (never dropped silently). */
export function resourcesByIds(site: Site, ids: readonly string[]): ResourceEntry[] {
  return pickByIds(site.resources, ids, (r) => r.data.id);
}

/** Groups resources by country in the site's country order. */
export function groupByCountry<T extends { data: { country: CountryId } }>(
  list: readonly T[],
): [CountryId, T[]][] {
  return COUNTRY_IDS.map((c) => [c, list.filter((r) => r.data.country === c)] as [CountryId, T[]]).filter(
    ([, items]) => items.length > 0,
  );
}
