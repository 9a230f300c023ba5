/**
 * Re-ranking of Pagefind's results by what a page is for. Pagefind ranks by
 * words only, so a quiz that repeats "photo" and "fille" beat the help page a
 * parent needs. Here the kind of page (from its address) and what the query
 * says about the reader (a parent, someone in trouble, a topic) adjust the
 * score, before any result's fragment is fetched.
 */

export type PageKind =
  'help' | 'parent-guide' | 'officer-guide' | 'lesson' | 'deck' | 'scenario' | 'quiz' | 'page';
export type HelpAudience = 'moins-18' | 'adultes' | 'parents';

export interface PageInfo {
  kind: PageKind;
  /** Pages of one help flow share a group: only the best one is shown. */
  group: string;
  /** For help pages: whom the version speaks to. */
  audience?: HelpAudience;
  /** lesson/deck/scenario/quiz: the slug, so a lesson and its deck can be paired. */
  slug?: string;
}

export function pageInfo(url: string): PageInfo {
  const parts = url.split('/').filter(Boolean);
  const [first, slug, sub] = parts;
  if (first === 'aide' && slug && slug !== 'ressources') {
    const audience: HelpAudience = sub === 'parents' ? 'parents' : sub === 'adultes' ? 'adultes' : 'moins-18';
    return { kind: 'help', group: `/aide/${slug}/`, audience };
  }
  if (parts.length === 2) {
    const kinds: Record<string, PageKind> = {
      ateliers: 'lesson',
      presentations: 'deck',
      scenarios: 'scenario',
      quiz: 'quiz',
      parents: 'parent-guide',
      intervenants: 'officer-guide',
    };
    const kind = kinds[first!];
    if (kind) return { kind, group: url, slug };
  }
  return { kind: 'page', group: url };
}

export type Intent = 'parent' | 'self' | 'situation' | 'topic';

const PARENT =
  /\b(ma fille|mon fils|mon enfant|mon ado|ma petite|mon petit|nos enfants|notre (?:fille|fils|enfant)|mes enfants|parents?)\b/iu;
const SELF =
  /(?:^|\s)(?:on me|me menace|m[’']a |m[’']ont |de moi|ma photo|mes photos|j[’']ai|je |moi\b|aidez)/iu;
const SITUATION =
  /\b(menac\p{L}*|chantage|circul\p{L}*|tourne|partag\p{L}*|publi\p{L}*|diffus\p{L}*|plainte|porter|aide|harc[eè]l\p{L}*|victime|urgence|signal\p{L}*|arnaque|supprim\p{L}*|retir\p{L}*|bloqu\p{L}*|payer|argent|peur|que faire|quoi faire|confi\p{L}*)\b/iu;

/** What the query says about who searches: a parent, the person concerned, a situation, or a topic. */
export function queryIntent(query: string): Intent {
  if (PARENT.test(query)) return 'parent';
  if (SELF.test(query)) return 'self';
  if (SITUATION.test(query)) return 'situation';
  return 'topic';
}

/**
 * How much a kind of page counts for an intent. A situation brings the help
 * flow and the parents' guide before lessons; a topic brings the lesson
 * before its deck, its scenarios and its quizzes.
 */
const BOOST: Record<Intent, Record<PageKind, number>> = {
  parent: {
    help: 5,
    'parent-guide': 4,
    'officer-guide': 1,
    lesson: 1,
    deck: 0.4,
    scenario: 0.5,
    quiz: 0.3,
    page: 1.5,
  },
  self: {
    help: 5,
    'parent-guide': 1.5,
    'officer-guide': 0.8,
    lesson: 1,
    deck: 0.4,
    scenario: 0.6,
    quiz: 0.3,
    page: 1.5,
  },
  situation: {
    help: 4,
    'parent-guide': 3,
    'officer-guide': 1.5,
    lesson: 1,
    deck: 0.4,
    scenario: 0.6,
    quiz: 0.3,
    page: 1.5,
  },
  topic: {
    help: 1.5,
    'parent-guide': 1.2,
    'officer-guide': 1.2,
    lesson: 2,
    deck: 0.8,
    scenario: 0.8,
    quiz: 0.6,
    page: 1,
  },
};

/** A help version that speaks to the reader the query describes. */
function audienceBoost(intent: Intent, audience: HelpAudience | undefined): number {
  if (!audience) return 1;
  if (intent === 'parent') return audience === 'parents' ? 1.5 : 0.7;
  if (intent === 'self') return audience === 'parents' ? 0.5 : 1;
  return 1;
}

export interface Ranked<T> {
  result: T;
  url: string;
  info: PageInfo;
  score: number;
}

/**
 * Orders results by score × kind × audience, keeps one page per help flow
 * and per address, and puts a lesson before its own deck. Results whose
 * address is unknown keep their place at the end.
 */
export function rankResults<T extends { id: string; score: number }>(
  results: readonly T[],
  urlOf: (id: string) => string | undefined,
  query: string,
): Ranked<T>[] {
  const intent = queryIntent(query);
  const scored = results.map((result) => {
    const url = urlOf(result.id) ?? '';
    const info = pageInfo(url);
    const score = url ? result.score * BOOST[intent][info.kind] * audienceBoost(intent, info.audience) : 0;
    return { result, url, info, score };
  });
  // Array.prototype.sort is stable (ES2019): results of equal score keep Pagefind's order.
  scored.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const ranked: Ranked<T>[] = [];
  for (const { result, url, info, score } of scored) {
    const key = url ? info.group : `#${result.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push({ result, url, info, score });
  }
  return lessonBeforeItsDeck(ranked);
}

function lessonBeforeItsDeck<T>(ranked: Ranked<T>[]): Ranked<T>[] {
  const out = [...ranked];
  for (let i = 0; i < out.length; i++) {
    const deck = out[i]!;
    if (deck.info.kind !== 'deck') continue;
    const lesson = out.slice(i + 1).find((r) => r.info.kind === 'lesson' && r.info.slug === deck.info.slug);
    if (!lesson) continue;
    out.splice(out.indexOf(lesson), 1);
    out.splice(i, 0, lesson);
  }
  return out;
}
