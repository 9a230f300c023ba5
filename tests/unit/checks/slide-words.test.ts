import { describe, expect, it } from 'vitest';
import { checkSlideWords, slideText, type SlideData } from '../../../src/lib/checks/slide-words.ts';
import { contentSet } from '../../support/factory.ts';

/** Data that knows one id of each kind and records every id asked for. */
function recordingData() {
  const asked: string[] = [];
  const data: SlideData = {
    resource: (id) => (
      asked.push(`resource:${id}`),
      id === 'ligne' ? { name: 'Ligne', phone: '116' } : undefined
    ),
    figure: (id) => (asked.push(`figure:${id}`), id === 'chiffre' ? 'Un sur cinq' : undefined),
    law: (id) => (asked.push(`law:${id}`), id === 'loi' ? 'La loi punit' : undefined),
  };
  return { data, asked };
}
const text = (inner: string) => slideText(inner, recordingData().data);

describe('the text a slide shows', () => {
  it('leaves notes out, with a space where they were', () => {
    expect(text('a<Notes>des notes</Notes>b')).toBe('a b');
  });
  it('leaves embeds out in both forms, a closed one not swallowing the text up to another', () => {
    expect(text('a<QuizEmbed slug="q" />b')).toBe('a b');
    expect(text('a<ScenarioEmbed slug="s">texte caché</ScenarioEmbed>b')).toBe('a b');
    expect(text('a<HelpSlide>x y</HelpSlide>b<HelpSlide />c')).toBe('a b c');
    expect(text('a <QuizEmbed slug="q" /> b <QuizEmbed slug="r">x</QuizEmbed> c')).toBe('a   b   c');
  });
  it('shows a help line by its name and number, and an unknown one as nothing', () => {
    expect(text('a<HelpLine id="ligne" />b')).toBe('a Ligne 116 b');
    expect(text('a<HelpLine id="inconnue" />b')).toBe('a b');
  });
  it('shows a figure by its sentence and a law in plain words, in either tag form', () => {
    expect(text('a<FigureRef id="chiffre" />b')).toBe('a Un sur cinq b');
    expect(text('a<FigureRef id="x" />b')).toBe('a  b');
    expect(text('a<LawRef id="loi" />b')).toBe('a La loi punit b');
    expect(text('a<LawRef id="loi">b')).toBe('a La loi punit b');
    expect(text('a<LawRef id="x" />b')).toBe('a  b');
  });
  it('looks up the id attribute, wherever it is among the attributes, and nothing when there is none', () => {
    const { data, asked } = recordingData();
    expect(
      slideText(
        '<HelpLine kind="court" id="ligne" /><FigureRef size="l" id="chiffre" /><LawRef short="o" id="loi" />',
        data,
      ),
    ).toBe(' Ligne 116  Un sur cinq  La loi punit ');
    slideText('<HelpLine /><FigureRef /><LawRef />', data);
    expect(asked).toEqual(['resource:ligne', 'figure:chiffre', 'law:loi', 'resource:', 'figure:', 'law:']);
  });
  it('leaves out import lines, indented or not, but not the word import in a sentence', () => {
    expect(text('a\nimport X from "y";\nb')).toBe('a\n \nb');
    expect(text('a\n  export const x = 1;\nb')).toBe('a\n \nb');
    expect(text('les import du jour\nreimport x')).toBe('les import du jour\nreimport x');
  });
  it('leaves out comments and images, keeps a link’s words', () => {
    expect(text('a{/* pour l’auteur */}b')).toBe('a b');
    expect(text('a![alt](/i.png)b')).toBe('a b');
    expect(text('a[le site](https://x.org)b')).toBe('a le site b');
  });
  it('takes the first heading as the title, not a line with a # inside', () => {
    expect(text('Voir # pas titre\n## Titre\nun')).toBe('Voir # pas titre\nun');
  });
});

describe('words of a slide with a law', () => {
  const deck = (inner: string) => {
    const set = contentSet();
    set.decks[0]!.body = `<Slide id="a">\n\n${inner}\n\n<Notes>\n\n- n\n\n</Notes>\n</Slide>\n\n<HelpSlide />\n`;
    return set;
  };
  const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');
  it('does not count the article of a law that is not confirmed', () => {
    const set = deck(`${words(26)} <LawRef id="fr-chantage" />`);
    set.laws[0]!.data = { ...set.laws[0]!.data, confirmed: false, article: 'art. 312-10 du code' };
    expect(checkSlideWords(set)).toEqual([]);
  });
  it('checks nothing in a deck without body', () => {
    const set = contentSet();
    delete set.decks[0]!.body;
    expect(checkSlideWords(set)).toEqual([]);
  });
});
