/**
 * The editable downloads of each lesson, made at build time by the endpoints
 * in src/pages (never loaded by any page): the deck as .pptx, one per
 * country (its help numbers), and the lesson plan as .docx. This file turns
 * the loaded site into the plain data the pure exporters read.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { useTranslations } from '../i18n';
import type { CountryId } from '../lib/countries.ts';
import { outlineDeck } from '../lib/deck-body.ts';
import { buildDocx } from '../lib/docx.ts';
import { exportDeck, exportProse, type ExportData, type QuizData } from '../lib/deck-export.ts';
import { attribution, pageAddress } from '../lib/licence.ts';
import { buildPptx } from '../lib/pptx.ts';
import { svgToPng } from '../lib/raster.ts';
import { urls } from '../lib/urls.ts';
import type { Question } from '../schemas/quiz.ts';
import {
  deckOf,
  findQuiz,
  findScenario,
  groupByCountry,
  lessonOfDeck,
  resourcesByIds,
  slugOf,
  type DeckEntry,
  type LessonEntry,
  type Site,
} from './content.ts';

/** The countries a deck is exported for: one .pptx each, with that country's help slide. */
export const EXPORT_COUNTRIES = ['BE', 'FR'] as const satisfies readonly CountryId[];
export type ExportCountry = (typeof EXPORT_COUNTRIES)[number];

export const exportUrls = {
  pptx: (deckId: string, country: ExportCountry) =>
    `${urls.deck(deckId)}${slugOf({ id: deckId })}-${country.toLowerCase()}.pptx`,
  docx: (lessonId: string) => `${urls.lesson(lessonId)}${slugOf({ id: lessonId })}.docx`,
};

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

function quizAnswer(q: Question, t: ReturnType<typeof useTranslations>): string {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join(' ; ');
    case 'truefalse':
      return t(q.answer ? 'export.quiz.true' : 'export.quiz.false');
    case 'consent':
      return `${t(`export.quiz.${q.answer}`)} (${q.reason})`;
  }
}

let cached: Promise<ExportData> | undefined;
export function exportData(site: Site, locale?: string): Promise<ExportData> {
  cached ??= (async () => {
    const t = useTranslations(locale);
    const advice = await getEntry('advice', 'preuves');
    if (!advice) throw new Error('Export : l’entrée « preuves » manque dans workshops/data/advice.yaml.');
    return {
      resources: Object.fromEntries(
        site.resources.map((r) => [
          r.data.id,
          {
            name: r.data.name,
            phone: r.data.phone,
            url: r.data.url,
            cost: r.data.cost,
            hours: r.data.hours,
            source: r.data.source,
            checked: iso(r.data.checked),
          },
        ]),
      ),
      laws: Object.fromEntries(
        site.laws.map((l) => [
          l.data.id,
          {
            plain: l.data.plain,
            article: l.data.article,
            confirmed: l.data.confirmed,
            source: l.data.source,
            checked: iso(l.data.checked),
          },
        ]),
      ),
      figures: Object.fromEntries(
        site.figures.map((f) => [
          f.data.id,
          {
            text: f.data.text,
            publisher: f.data.publisher,
            sourceUrl: 'url' in f.data.source ? f.data.source.url : undefined,
          },
        ]),
      ),
      evidence: { title: advice.data.title, points: advice.data.points },
      scenarios: Object.fromEntries(
        site.scenarios.map((s) => [
          slugOf(s),
          {
            title: s.data.title,
            start: s.data.start,
            facilitatorNotes: s.data.facilitatorNotes,
            characters: s.data.characters,
            nodes: s.data.nodes,
            endings: s.data.endings,
          },
        ]),
      ),
      quizzes: Object.fromEntries(
        site.quizzes.map((q): [string, QuizData] => [
          slugOf(q),
          {
            title: q.data.title,
            intro: q.data.intro,
            questions: q.data.questions.map((x) => ({
              prompt: x.prompt,
              explanation: x.explanation,
              answer: quizAnswer(x, t),
            })),
          },
        ]),
      ),
    };
  })();
  return cached;
}

/** The help services of a lesson for one country: that country's, then those that work everywhere. */
export function helpFor(site: Site, ids: readonly string[], country: ExportCountry) {
  return groupByCountry(resourcesByIds(site, ids))
    .filter(([c]) => c === country || c === 'intl')
    .map(([c, items]) => ({ country: c, ids: items.map((r) => r.data.id) }));
}

/** Reads an image of the site (public/…) as a data URL; SVG becomes PNG (see src/lib/raster.ts). */
async function imageData(src: string) {
  const file = join(process.cwd(), 'public', decodeURI(src));
  if (!src.startsWith('/') || !existsSync(file) || !/\.(svg|png)$/.test(src)) return undefined;
  const png = src.endsWith('.svg')
    ? await svgToPng(readFileSync(file, 'utf8'))
    : new Uint8Array(readFileSync(file));
  // PNG header: width and height, big-endian, at bytes 16 and 20.
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return {
    data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
    width: view.getUint32(16),
    height: view.getUint32(20),
  };
}

export async function deckPptx(
  site: Site,
  deck: DeckEntry,
  country: ExportCountry,
  siteUrl: URL | undefined,
): Promise<Uint8Array> {
  const t = useTranslations(site.locale);
  const lesson = lessonOfDeck(site, deck);
  const licence = attribution(t('site.name'), pageAddress(urls.deck(deck.id), siteUrl));
  const slides = exportDeck(
    {
      file: deck.filePath ?? `slides/${deck.id}`,
      title: deck.data.title,
      body: deck.body ?? '',
      tierLabel: t(`tier.${lesson.data.tier}.label`),
      licence,
      help: helpFor(site, lesson.data.help, country),
    },
    await exportData(site, site.locale),
    t,
  );
  return buildPptx(slides, {
    title: deck.data.title,
    tier: lesson.data.tier,
    licence,
    siteName: t('site.name'),
    image: imageData,
    file: deck.filePath ?? deck.id,
  });
}

const sourceText = (
  t: ReturnType<typeof useTranslations>,
  s: { seed: string; about?: string } | { title: string; url: string; about?: string },
) =>
  'url' in s
    ? `${s.title} : ${s.url}${s.about ? ` (${s.about})` : ''}`
    : `${t('export.seed', { seed: s.seed })}${s.about ? ` (${s.about})` : ''}`;

/** The lesson plan as .docx, with the help numbers of every country it lists and their sources. */
export async function lessonDocx(
  site: Site,
  lesson: LessonEntry,
  siteUrl: URL | undefined,
): Promise<Uint8Array> {
  const t = useTranslations(site.locale);
  const { data } = lesson;
  const deck = deckOf(site, lesson);
  const slideNumbers = new Map(
    outlineDeck(deck?.body ?? '').slides.flatMap((s) => (s.id ? [[s.id, s.number] as const] : [])),
  );
  return buildDocx(
    {
      title: data.title,
      summary: data.summary,
      background: exportProse(
        lesson.filePath ?? lesson.id,
        lesson.body ?? '',
        await exportData(site, site.locale),
      ),
      tierLabel: t(`tier.${data.tier}.label`),
      duration: data.duration,
      licence: attribution(t('site.name'), pageAddress(urls.lesson(lesson.id), siteUrl)),
      siteName: t('site.name'),
      objectives: data.objectives,
      materials: data.materials,
      preparation: data.preparation,
      groundRules: data.groundRules,
      steps: data.steps.map((s) => ({
        title: s.title,
        minutes: s.minutes,
        facilitator: s.facilitator,
        pupils: s.pupils,
        uses: [
          ...(s.slide && slideNumbers.has(s.slide)
            ? [t('lesson.step.slide', { number: slideNumbers.get(s.slide)! })]
            : []),
          ...(s.scenario
            ? [`${t('lesson.step.scenario')} ${findScenario(site, s.scenario)?.data.title ?? s.scenario}`]
            : []),
          ...(s.quiz ? [`${t('lesson.step.quiz')} ${findQuiz(site, s.quiz)?.data.title ?? s.quiz}`] : []),
        ],
      })),
      discussion: data.discussion,
      differentiation: data.differentiation,
      shortVariant: data.shortVariant,
      safeguarding: data.safeguarding,
      protocol: {
        title: t('protocol.title'),
        steps: [1, 2, 3, 4, 5, 6, 7].map((n) => t(`protocol.step${n}`)),
        police: t('protocol.police'),
      },
      help: groupByCountry(resourcesByIds(site, data.help)).map(([country, items]) => ({
        country: t(`country.${country}`),
        items: items.map((r) => ({
          name: r.data.name,
          contact: [r.data.phone, r.data.url, r.data.email].filter(Boolean).join(' · '),
          purpose: r.data.purpose,
          source: r.data.source,
          checked: iso(r.data.checked),
        })),
      })),
      parentNote: data.parentNote,
      sources: data.sources.map((s) => sourceText(t, s)),
    },
    t,
  );
}
