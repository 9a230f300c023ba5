// Tests written for mutants that survived the first Stryker run (docs/mutation.md).
import { describe, expect, it } from 'vitest';
import {
  asksCaptureWithoutRule,
  checkEvidence,
  deletesBeforeReport,
} from '../../../src/lib/checks/evidence.ts';
import { checkSlideWords, countWords, slideText } from '../../../src/lib/checks/slide-words.ts';
import { checkSuicideLines, requiredLines } from '../../../src/lib/checks/suicide.ts';
import { contentSet } from '../../support/factory.ts';

const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');
const deckWith = (inner: string, attrs = 'id="accueil" title="Bonjour"') => {
  const set = contentSet();
  set.decks[0]!.body = `<Slide ${attrs}>\n\n${inner}\n\n<Notes>\n\n- n\n\n</Notes>\n</Slide>\n\n<HelpSlide />\n`;
  return set;
};
const count = (set: ReturnType<typeof contentSet>) =>
  checkSlideWords(set).map((p) => Number(p.message.split(' ')[0]));

describe('words per slide, by the data', () => {
  it('counts a figure and a law by their own text, and an unknown id as nothing', () => {
    expect(count(deckWith(`${words(23)} <FigureRef id="un-sur-cinq" />`))).toEqual([31]);
    expect(count(deckWith(`${words(27)} <LawRef id="fr-chantage" />`))).toEqual([31]);
    expect(
      count(deckWith(`${words(31)} <FigureRef id="x" /> <LawRef id="y" /> <HelpLine id="z" />`)),
    ).toEqual([31]);
    expect(count(deckWith(`${words(27)} <HelpLine id="child-focus" />`))).toEqual([31]);
  });
  it('adds the article of a confirmed law, not of an unconfirmed one', () => {
    const set = deckWith(`${words(26)} <LawRef id="fr-chantage" />`);
    expect(count(set)).toEqual([]);
    set.laws[0]!.data = { ...set.laws[0]!.data, confirmed: true, article: 'art. 312-10' };
    expect(count(set)).toEqual([32]);
  });
  it('names a slide without id or title by its number only', () => {
    const set = deckWith(words(31), '');
    expect(checkSlideWords(set)[0]!.field).toBe('diapositive 2 (ligne 1)');
    const titled = deckWith(words(31), 'title="Bonjour"');
    expect(checkSlideWords(titled)[0]!.field).toBe('diapositive 2 (ligne 1) Bonjour');
  });
  it('keeps words apart around tags, and removes only a real heading', () => {
    expect(
      countWords(
        slideText('un<b>deux</b>trois', {
          resource: () => undefined,
          figure: () => undefined,
          law: () => undefined,
        }),
      ),
    ).toBe(3);
    const data = { resource: () => undefined, figure: () => undefined, law: () => undefined };
    expect(countWords(slideText('  ## Titre ici\nDeux mots', data))).toBe(2);
    expect(countWords(slideText('#hashtag un deux', data))).toBe(3);
    expect(countWords(slideText('Un deux\ntrois', data))).toBe(3);
    expect(countWords(slideText('<QuizEmbed slug="q" data-x="a b" /> un', data))).toBe(1);
    expect(
      countWords(slideText('<HelpLine id="r">\n un', { ...data, resource: () => ({ name: 'A B' }) })),
    ).toBe(3);
    expect(countWords(slideText('<FigureRef id="f">', { ...data, figure: () => 'Un deux' }))).toBe(2);
  });
});

describe('evidence, edges', () => {
  it('looks for the negation next to each instruction, not anywhere in the text', () => {
    expect(
      asksCaptureWithoutRule('Ne la capture pas. Plus tard, des jours après, garde des preuves du profil.'),
    ).toBe(true);
    expect(asksCaptureWithoutRule('Garde des preuves.', '')).toBe(true);
  });
  it('looks for the negation right before the deletion', () => {
    expect(deletesBeforeReport('Ne la supprime pas tout de suite. Ensuite, supprime la photo.')).toBe(true);
    expect(deletesBeforeReport('Il ne faut pas supprimer la photo.')).toBe(false);
    expect(deletesBeforeReport('Supprime la photo, et le lendemain ne supprime pas le reste.')).toBe(true);
    expect(deletesBeforeReport('Supprime la photo.')).toBe(true);
  });
});

describe('suicide lines, edges', () => {
  it('requires BE and FR lines even before the data has them; other countries only when it does', () => {
    expect(requiredLines(['BE', 'FR'], new Set())).toEqual([
      'prevention-suicide-be',
      'urgence-be',
      'prevention-suicide-fr',
      'urgence-fr',
    ]);
    expect(requiredLines(['CH', 'CA-QC'], new Set(['urgence-ch', 'crise-suicide-988']))).toEqual([
      'urgence-ch',
      'crise-suicide-988',
    ]);
    expect(requiredLines(['LU'], new Set())).toEqual([]);
  });
  it('reads the slide title and ignores only the notes', () => {
    const title = contentSet();
    title.decks[0]!.body = title.decks[0]!.body!.replace('title="Bonjour"', 'title="Idées noires"');
    expect(checkSuicideLines(title).map((p) => p.file)).toEqual(['slides/fr/atelier.mdx']);
    const lines = contentSet();
    lines.decks[0]!.body = lines.decks[0]!.body!.replace(
      'Bienvenue',
      'Idées noires ? <HelpLine id="prevention-suicide-be" /> <HelpLine id="urgence-be" /> <HelpLine id="prevention-suicide-fr" /> <HelpLine id="urgence-fr" />',
    );
    expect(checkSuicideLines(lines)).toEqual([]);
  });
  it('does not count a LawRef or FigureRef as a help line', () => {
    const set = contentSet();
    set.lessons[0]!.data.parentNote = 'Des idées noires ?';
    set.lessons[0]!.data.help = ['prevention-suicide-be', 'urgence-be', 'prevention-suicide-fr'];
    set.lessons[0]!.body = '<LawRef id="urgence-fr" />';
    expect(checkSuicideLines(set).map((p) => p.message)).toEqual([
      'Le suicide ou les idées noires sont nommés, mais la page ne montre pas : urgence-fr.',
    ]);
  });
  it('finds the words in a lesson body', () => {
    const set = contentSet();
    set.lessons[0]!.body = 'On parle de suicide.';
    expect(checkSuicideLines(set)).toHaveLength(1);
  });
});

describe('evidence, step order in a help flow', () => {
  it('accepts deleting in a later step once an earlier step has reported', () => {
    const set = contentSet();
    set.helpflows![0]!.data['moins-18'].steps.push({ do: 'Supprime la photo.' });
    expect(checkEvidence(set)).toEqual([]);
    set.helpflows![0]!.data['moins-18'].steps = [
      { do: 'Supprime la photo.' },
      ...set.helpflows![0]!.data['moins-18'].steps,
    ];
    expect(checkEvidence(set).map((p) => p.field)).toEqual(['moins-18.steps[0]']);
  });
});

describe('suicide lines in help flows', () => {
  const SUICIDE_LINES = ['prevention-suicide-be', 'prevention-suicide-fr', 'crise-suicide-988'];
  it('asks a flow naming suicide for the suicide lines only, not the emergency numbers its pages show', () => {
    const set = contentSet();
    set.helpflows![0]!.data['moins-18'].reassurance = 'Tu as des idées noires ? On t’écoute.';
    set.helpflows![0]!.data['moins-18'].services = [...SUICIDE_LINES];
    expect(checkSuicideLines(set)).toEqual([]);
    set.helpflows![0]!.data['moins-18'].services = ['prevention-suicide-be', 'crise-suicide-988'];
    expect(checkSuicideLines(set)).toEqual([
      {
        file: 'workshops/fr/aide/chantage.yaml',
        field: 'moins-18.services',
        message:
          'Le suicide ou les idées noires sont nommés, mais ce parcours ne montre pas : prevention-suicide-fr.',
        fix: 'Ajouter prevention-suicide-fr à moins-18.services.',
      },
    ]);
  });
  it('asks nothing of a flow version that does not name suicide', () => {
    const set = contentSet();
    set.helpflows![0]!.data.adultes.services = ['tele-accueil'];
    expect(checkSuicideLines(set)).toEqual([]);
  });
  it('works on a set without help flows', () => {
    const set = contentSet();
    delete set.helpflows;
    expect(checkSuicideLines(set)).toEqual([]);
  });
});
