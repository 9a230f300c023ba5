/**
 * Reads the structure of a deck's MDX body without compiling it: the slides
 * in order, their ids, whether each has speaker notes, and whether the deck
 * ends with the help slide. Used by the build checks and the lesson page.
 */
export interface SlideOutline {
  /** Position in the deck, counting the automatic title slide as 1. */
  number: number;
  id?: string;
  title?: string;
  hasNotes: boolean;
  /** Line of the `<Slide` tag in the file, for error messages. */
  line: number;
  /** Slugs of scenarios and quizzes embedded in the slide. */
  scenario?: string;
  quiz?: string;
  /** What is written between `<Slide …>` and `</Slide>` (empty for the help slide). */
  inner: string;
}

export interface DeckOutline {
  slides: SlideOutline[];
  endsWithHelp: boolean;
  /** Text outside any `<Slide>` (other than imports), which would be lost. */
  strayText: string[];
}

const SLIDE = /<(Slide|HelpSlide)\b([^>]*?)(\/?)>/g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m?.[1];
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function outlineDeck(body: string): DeckOutline {
  const slides: SlideOutline[] = [];
  const strayText: string[] = [];
  let endsWithHelp = false;
  let cursor = 0;
  let number = 1; // the title slide
  for (const match of body.matchAll(SLIDE)) {
    // Stryker disable next-line StringLiteral: the attributes group always takes part in a match (at worst ""), so the default is never used.
    const [tag, name, attrs = '', selfClosing] = match;
    const start = match.index;
    const between = body.slice(cursor, start).trim();
    if (between) strayText.push(between);
    number += 1;
    if (name === 'HelpSlide') {
      slides.push({ number, id: 'aide', hasNotes: true, line: lineAt(body, start), inner: '' });
      endsWithHelp = true;
      cursor = start + tag.length;
      if (!selfClosing) {
        const close = body.indexOf('</HelpSlide>', cursor);
        cursor = close === -1 ? body.length : close + '</HelpSlide>'.length;
      }
      continue;
    }
    endsWithHelp = false;
    let inner = '';
    cursor = start + tag.length;
    if (!selfClosing) {
      const close = body.indexOf('</Slide>', cursor);
      inner = body.slice(cursor, close === -1 ? body.length : close);
      cursor = close === -1 ? body.length : close + '</Slide>'.length;
    }
    slides.push({
      number,
      id: attr(attrs, 'id'),
      title: attr(attrs, 'title'),
      hasNotes: /<Notes\b[^>]*>\s*\S[\s\S]*?<\/Notes>/.test(inner),
      line: lineAt(body, start),
      scenario: /<ScenarioEmbed\b[^>]*\bslug="([^"]+)"/.exec(inner)?.[1],
      quiz: /<QuizEmbed\b[^>]*\bslug="([^"]+)"/.exec(inner)?.[1],
      inner,
    });
  }
  const rest = body.slice(cursor).trim();
  if (rest) strayText.push(rest);
  return {
    slides,
    endsWithHelp,
    strayText: strayText.filter((t) => !/^(import|export)\s/.test(t)),
  };
}

/** Components that content can use in MDX, with the attribute naming what they point to. */
export const MDX_REFERENCES = {
  HelpLine: { attr: 'id', target: 'resources' },
  Tel: { attr: 'id', target: 'resources' },
  LawRef: { attr: 'id', target: 'laws' },
  FigureRef: { attr: 'id', target: 'figures' },
  ScenarioEmbed: { attr: 'slug', target: 'scenarios' },
  QuizEmbed: { attr: 'slug', target: 'quizzes' },
} as const;
export type ReferenceTarget = (typeof MDX_REFERENCES)[keyof typeof MDX_REFERENCES]['target'];

export interface MdxReference {
  component: keyof typeof MDX_REFERENCES;
  target: ReferenceTarget;
  value: string;
  line: number;
}

/** Lists every reference an MDX body makes to data (help lines, laws, scenarios…). */
export function findMdxReferences(body: string): MdxReference[] {
  const refs: (MdxReference & { at: number })[] = [];
  for (const [component, { attr: name, target }] of Object.entries(MDX_REFERENCES)) {
    const re = new RegExp(`<${component}\\b([^>]*)>`, 'g');
    for (const m of body.matchAll(re)) {
      // Stryker disable next-line StringLiteral: the attributes group always takes part in a match (at worst ""), so the default is never used.
      const value = attr(m[1] ?? '', name);
      refs.push({
        component: component as keyof typeof MDX_REFERENCES,
        target,
        value: value ?? '',
        line: lineAt(body, m.index),
        at: m.index,
      });
    }
  }
  return refs.sort((a, b) => a.at - b.at).map(({ at: _at, ...ref }) => ref);
}
