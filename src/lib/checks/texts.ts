import { outlineDeck } from '../deck-body.ts';
import type { WrittenEntry } from './context.ts';

/** A piece of text a reader sees as one unit (a field, a help step, a paragraph, a slide), with where it is. */
export interface TextUnit {
  field: string;
  text: string;
  /** For body paragraphs: the text of the whole section (heading to heading), for rules stated once per section. */
  context?: string;
  /** For a help step (`do` + `why`): the list it belongs to and its place in it. */
  step?: { list: string; index: number };
  /**
   * A text the quiz shows in order to correct it: a wrong option (its feedback
   * corrects it) or the statement of a true/false question whose answer is "faux".
   */
  corrected?: boolean;
}

/** Fields that are ids, links or source notes, not text a reader acts on. */
const NOT_READER_TEXT = new Set([
  'id',
  'slug',
  'sources',
  'to',
  'from',
  'lesson',
  'scenario',
  'quiz',
  'slide',
  'flow',
  'help',
  'services',
]);

/**
 * The texts of an entry's data, one unit per string field, except a help
 * step (`do` + `why`) which is one unit, and a chat line marked
 * `quoted: true`, which a character says to be corrected and is skipped.
 */
export function dataUnits(data: unknown): TextUnit[] {
  const units: TextUnit[] = [];
  const walk = (value: unknown, path: string, step?: TextUnit['step']) => {
    if (typeof value === 'string') {
      units.push({ field: path, text: value });
      return;
    }
    if (Array.isArray(value)) {
      return value.forEach((v, i) => walk(v, `${path}[${i}]`, { list: path, index: i }));
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record['quoted'] === true && typeof record['text'] === 'string') return;
      if (typeof record['do'] === 'string') {
        const why = typeof record['why'] === 'string' ? ` ${record['why']}` : '';
        units.push({ field: path, text: `${record['do']}${why}`, ...(step ? { step } : {}) });
        return;
      }
      const isWrongOption = typeof record['feedback'] === 'string' && record['correct'] !== true;
      const isFalseStatement = record['kind'] === 'truefalse' && record['answer'] === false;
      for (const [key, v] of Object.entries(record)) {
        if (NOT_READER_TEXT.has(key)) continue;
        const field = path ? `${path}.${key}` : key;
        if (
          typeof v === 'string' &&
          ((isWrongOption && key === 'text') || (isFalseStatement && key === 'prompt'))
        ) {
          units.push({ field, text: v, corrected: true });
          continue;
        }
        walk(v, field);
      }
    }
  };
  walk(data, '');
  return units;
}

/** Paragraphs of an MDX body (separated by blank lines), each with its section (from heading to heading). */
export function bodyUnits(body: string): TextUnit[] {
  const lines = body.split('\n');
  const sections: { start: number; lines: string[] }[] = [{ start: 0, lines: [] }];
  lines.forEach((line, i) => {
    if (/^#{1,6}\s/.test(line)) sections.push({ start: i, lines: [] });
    sections[sections.length - 1]!.lines.push(line);
  });
  const units: TextUnit[] = [];
  for (const section of sections) {
    const context = section.lines.join('\n');
    let paragraph: string[] = [];
    // Line where the current paragraph starts, set by its first line.
    let first = section.start;
    const flush = () => {
      const heading = paragraph.length === 1 && /^#{1,6}\s/.test(paragraph[0]!);
      if (!heading && paragraph.length > 0) {
        units.push({ field: `ligne ${first + 1} du texte`, text: paragraph.join('\n'), context });
      }
      paragraph = [];
    };
    section.lines.forEach((line, j) => {
      if (!line.trim()) {
        flush();
      } else {
        if (paragraph.length === 0) first = section.start + j;
        paragraph.push(line);
      }
    });
    flush();
  }
  return units;
}

/** How error messages name a slide: number, line, id and title. */
export function slideName(slide: { number: number; line: number; id?: string; title?: string }): string {
  const label = [slide.id ? `« ${slide.id} »` : '', slide.title ? `${slide.title}` : '']
    .filter((s) => s)
    .join(' ');
  return `diapositive ${slide.number} (ligne ${slide.line})${label ? ` ${label}` : ''}`;
}

/** Each slide of a deck body as one unit. */
export function slideUnits(body: string): TextUnit[] {
  return outlineDeck(body).slides.map((slide) => ({
    field: `diapositive ${slide.number} (ligne ${slide.line})`,
    text: `${slide.title ?? ''}\n${slide.inner}`,
  }));
}

/** Every text unit of an entry: slides for decks, data fields and body paragraphs otherwise. */
export function entryUnits(entry: WrittenEntry): TextUnit[] {
  if (entry.kind === 'decks') {
    // Stryker disable next-line StringLiteral: a text without any <Slide> tag gives no slide, like ''.
    return [...dataUnits(entry.data), ...slideUnits(entry.body ?? '')];
  }
  return [...dataUnits(entry.data), ...bodyUnits(entry.body ?? '')];
}
