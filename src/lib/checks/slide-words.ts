import { outlineDeck } from '../deck-body.ts';
import { entryFile } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, type ContentSet } from './context.ts';

/** Most words a slide body may hold and stay readable from the back of a classroom. */
export const MAX_SLIDE_WORDS = 30;

/** Words as a reader counts them: "l'image" and "ami·e" are one word, "3114" too. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’·-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** What a component shows on a slide, in words, looked up in the data. */
export interface SlideData {
  resource: (id: string) => { name: string; phone?: string } | undefined;
  figure: (id: string) => string | undefined;
  law: (id: string) => string | undefined;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/**
 * The text a slide shows below its title: notes, embeds and the help slide
 * left out, `<HelpLine>` as the service's name and number, `<FigureRef>` as
 * the figure's sentence, `<LawRef>` as the law in plain words.
 */
export function slideText(inner: string, data: SlideData): string {
  let text = inner
    .replace(/<Notes\b[\s\S]*?<\/Notes>/g, ' ')
    .replace(/<(ScenarioEmbed|QuizEmbed|HelpSlide)\b[^>]*\/>/g, ' ')
    .replace(/<(ScenarioEmbed|QuizEmbed|HelpSlide)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  text = text.replace(/<HelpLine\b([^>]*)\/?>/g, (_, attrs: string) => {
    const r = data.resource(attr(attrs, 'id'));
    return r ? ` ${r.name} ${r.phone ?? ''} ` : ' ';
  });
  text = text.replace(
    /<FigureRef\b([^>]*)\/?>/g,
    (_, attrs: string) => ` ${data.figure(attr(attrs, 'id')) ?? ''} `,
  );
  text = text.replace(
    /<LawRef\b([^>]*)\/?>/g,
    (_, attrs: string) => ` ${data.law(attr(attrs, 'id')) ?? ''} `,
  );
  // What a class does not read: import lines, MDX comments and expressions, an
  // image's alt text and address (the picture is read, not its description), a link's address.
  // (The greedy ".*" runs to the end of the line: "." stops at a line break.)
  text = text
    .replace(/^\s*(?:import|export)\b.*/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, ' $1 ');
  // Other tags and their attributes (JSX props included) are not shown as words; the first heading is the title.
  text = text.replace(/<[^>]*>/g, ' ');
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => /^#{1,6}\s/.test(l.trim()));
  if (heading !== -1) lines.splice(heading, 1);
  return lines.join('\n');
}

/** Every slide over the word limit, naming the deck, the slide and the count. */
export function checkSlideWords(set: ContentSet): ContentProblem[] {
  const data: SlideData = {
    resource: (id) => set.resources.find((r) => r.data.id === id)?.data,
    figure: (id) => set.figures.find((f) => f.data.id === id)?.data.text,
    law: (id) => {
      const law = set.laws.find((l) => l.data.id === id)?.data;
      return law ? `${law.plain} ${law.confirmed && law.article ? law.article : ''}` : undefined;
    },
  };
  const problems: ContentProblem[] = [];
  for (const deck of set.decks) {
    // Stryker disable next-line StringLiteral: a text without any <Slide> tag gives no slide, like ''.
    for (const slide of outlineDeck(deck.body ?? '').slides) {
      const words = countWords(slideText(slide.inner, data));
      if (words <= MAX_SLIDE_WORDS) continue;
      const name = [slide.id ? `« ${slide.id} »` : '', slide.title ?? ''].filter((s) => s).join(' ');
      problems.push({
        file: entryFile(deck, BASES.decks),
        field: `diapositive ${slide.number} (ligne ${slide.line})${name ? ` ${name}` : ''}`,
        message: `${words} mots sur la diapositive (titre à part) : au plus ${MAX_SLIDE_WORDS}, pour être lue du fond de la classe.`,
        fix: 'Garder l’idée en quelques mots et passer le détail dans les <Notes>, ou couper en deux diapositives.',
      });
    }
  }
  return problems;
}
