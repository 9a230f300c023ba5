import { describe, expect, it } from 'vitest';
import { findBlaming } from '../../../src/lib/blaming.ts';
import { checkBlaming } from '../../../src/lib/checks/blaming.ts';
import {
  asksCaptureWithoutRule,
  checkEvidence,
  deletesBeforeReport,
} from '../../../src/lib/checks/evidence.ts';
import {
  checkCountriesServed,
  checkHelpFlows,
  OFFERED_COUNTRIES,
} from '../../../src/lib/checks/help-flows.ts';
import { checkSlideWords, countWords, slideText } from '../../../src/lib/checks/slide-words.ts';
import { checkSuicideLines, namesSuicide } from '../../../src/lib/checks/suicide.ts';
import { checkContent } from '../../../src/lib/content-checks.ts';
import { contentSet } from '../../support/factory.ts';

type Set = ReturnType<typeof contentSet>;

/** Puts a text in one field of every kind of content; returns the file and field it should be reported at. */
const PLACES: [string, (s: Set, text: string) => void, string, string][] = [
  [
    'lesson field',
    (s, t) => (s.lessons[0]!.data.parentNote = t),
    'workshops/fr/ateliers/atelier.mdx',
    'parentNote',
  ],
  [
    'lesson body',
    (s, t) => (s.lessons[0]!.body = `Intro\n\n${t}`),
    'workshops/fr/ateliers/atelier.mdx',
    'ligne 3 du texte',
  ],
  [
    'scenario',
    (s, t) => (s.scenarios[0]!.data.endings['fin-ok']!.debrief = t),
    'workshops/fr/scenarios/histoire.yaml',
    'endings.fin-ok.debrief',
  ],
  [
    'quiz',
    (s, t) => (s.quizzes[0]!.data.questions[0]!.explanation = t),
    'workshops/fr/quiz/questions.yaml',
    'questions[0].explanation',
  ],
  [
    'guide body',
    (s, t) => (s.guides[0]!.body = `## Titre\n\n${t}\n`),
    'workshops/fr/guides/guide.mdx',
    'ligne 3 du texte',
  ],
  [
    'help flow',
    (s, t) => (s.helpflows![0]!.data.parents.reassurance = t),
    'workshops/fr/aide/chantage.yaml',
    'parents.reassurance',
  ],
];

describe('blaming lint on every kind of content', () => {
  const message = 'Phrase qui fait porter la faute à la victime : « Tant pis pour lui ».';
  for (const [kind, put, file, field] of PLACES) {
    it(`reports it once in a ${kind}`, () => {
      const set = contentSet();
      put(set, 'Tant pis pour lui.');
      expect(checkBlaming(set)).toEqual([expect.objectContaining({ file, field, message })]);
    });
  }
  it('reports it in a deck slide, with its line', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace('Bienvenue', 'Tant pis pour lui.');
    expect(checkBlaming(set)).toEqual([
      expect.objectContaining({ file: 'slides/fr/atelier.mdx', field: 'ligne 4 du texte', message }),
    ]);
  });
  it('reports overlapping patterns as one phrase', () => {
    expect(findBlaming('Elle n’aurait pas dû l’envoyer.')).toEqual(['Elle n’aurait pas dû']);
    expect(findBlaming('Il n’aurait pas dû. Tu n’aurais pas dû.')).toEqual([
      'Il n’aurait pas dû',
      'Tu n’aurais pas dû',
    ]);
    expect(findBlaming('C’est bien fait pour elle.')).toEqual(['C’est bien fait pour elle']);
  });
});

const CAPTURE = {
  message:
    'Ce texte demande de capturer ou de garder des preuves sans dire que l’image elle-même ne se capture jamais.',
  fix: 'Dire dans la même étape, le même paragraphe ou la même diapositive : les messages, le profil, le pseudo, l’URL, la date et l’heure, « jamais l’image » ; ou ajouter <EvidenceRule voice="tu" /> (ou "vous").',
};

describe('evidence rule', () => {
  it.each([
    'Fais une capture d’écran de la conversation.',
    'Garde des preuves.',
    'Gardez les messages et le profil.',
    'Prends un screenshot.',
    'Capture la conversation.',
  ])('flags « %s »', (text) => expect(asksCaptureWithoutRule(text)).toBe(true));
  it.each([
    'Fais des captures des messages, jamais l’image.',
    'Garde les preuves : les messages, pas l’image.',
    'Capture le profil sans capturer la photo.',
    'Une image reçue : ne la capture pas, ne la garde pas.',
    'Ni l’enfant ni vous ne devez la capturer, ni de capture.',
    'Garde des preuves. <EvidenceRule voice="tu" />',
    'Sauvegarder une photo de vacances.',
  ])('accepts « %s »', (text) => expect(asksCaptureWithoutRule(text)).toBe(false));
  it('accepts an <EvidenceRule> in the same section of a body', () => {
    expect(asksCaptureWithoutRule('Garde des preuves.', '## Que faire\n\n<EvidenceRule voice="tu" />')).toBe(
      false,
    );
  });

  for (const [kind, put, file, field] of PLACES) {
    it(`names file and field in a ${kind}`, () => {
      const set = contentSet();
      put(set, 'Fais une capture d’écran de la conversation.');
      expect(checkEvidence(set)).toEqual([{ file, field, ...CAPTURE }]);
    });
  }
  it('names the data file and field of a service whose description asks for a capture', () => {
    const set = contentSet();
    const service = set.resources.find((r) => r.data.id === 'child-focus')!.data;
    service.purpose = 'Une application qui envoie à l’école une capture de l’écran.';
    service.whatHappens = 'Garde les messages pour les montrer.';
    expect(checkEvidence(set)).toEqual([
      { file: 'workshops/data/resources.yaml', field: 'child-focus.purpose', ...CAPTURE },
      { file: 'workshops/data/resources.yaml', field: 'child-focus.whatHappens', ...CAPTURE },
    ]);
    service.purpose =
      'Une application qui envoie une capture de l’écran : pour des messages, jamais l’image.';
    delete service.whatHappens;
    expect(checkEvidence(set)).toEqual([]);
  });
  it('skips a wrong quiz option and a false true/false statement, which the quiz corrects, but not their feedback', () => {
    const set = contentSet();
    const [single, truefalse] = set.quizzes[0]!.data.questions as unknown as Record<string, unknown>[];
    const options = single!['options'] as { text: string; correct: boolean; feedback: string }[];
    options[1]!.text = 'Une capture de la photo intime, pour la montrer.';
    truefalse!['prompt'] = 'Faire une capture de la conversation, c’est une bonne idée.';
    expect(checkEvidence(set)).toEqual([]);
    options[0]!.text = 'Fais une capture d’écran de la conversation.';
    options[1]!.feedback = 'Fais plutôt une capture de la conversation.';
    expect(checkEvidence(set).map((p) => p.field)).toEqual([
      'questions[0].options[0].text',
      'questions[0].options[1].feedback',
    ]);
  });
  it('names the slide of a deck, and accepts the rule anywhere on the slide', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace('Bienvenue', 'Garde des preuves');
    expect(checkEvidence(set)).toEqual([
      { file: 'slides/fr/atelier.mdx', field: 'diapositive 2 (ligne 2)', ...CAPTURE },
    ]);
    set.decks[0]!.body = set.decks[0]!.body!.replace('- Se présenter', '- Les messages, jamais l’image');
    expect(checkEvidence(set)).toEqual([]);
  });
  it('treats a help step (do + why) as one unit', () => {
    const set = contentSet();
    set.helpflows![0]!.data['moins-18'].steps[0] = {
      do: 'Garde des preuves.',
      why: 'Les messages, jamais l’image.',
    };
    expect(checkEvidence(set)).toEqual([]);
    set.helpflows![0]!.data['moins-18'].steps[0] = { do: 'Garde des preuves.', why: 'Ça aide la police.' };
    expect(checkEvidence(set)).toEqual([
      { file: 'workshops/fr/aide/chantage.yaml', field: 'moins-18.steps[0]', ...CAPTURE },
    ]);
  });

  it('flags a step that deletes what was received before reporting it', () => {
    const set = contentSet();
    set.helpflows![0]!.data.parents.steps.unshift({
      do: 'Notez qui l’a envoyée, puis supprimez l’image.',
      why: 'Ces informations suffisent pour signaler.',
    });
    expect(checkEvidence(set)).toEqual([
      {
        file: 'workshops/fr/aide/chantage.yaml',
        field: 'parents.steps[0]',
        message: 'Ce texte fait supprimer ce qui a été reçu sans l’avoir d’abord signalé.',
        fix: 'Signaler d’abord (dans l’appli, à une ligne d’aide ou à la police), puis supprimer comme ils le conseillent ; pour sa propre image : ne pas l’effacer dans la panique.',
      },
    ]);
  });
  it('accepts deleting after a report, on advice, or not deleting', () => {
    expect(deletesBeforeReport('Supprime la photo.', ['Signale le compte.'])).toBe(false);
    expect(deletesBeforeReport('Signale-la, puis supprime la photo.')).toBe(false);
    expect(deletesBeforeReport('Supprime-la comme ils te le conseillent.')).toBe(false);
    expect(deletesBeforeReport('Ne supprime pas la conversation.')).toBe(false);
    expect(deletesBeforeReport('N’efface pas la photo dans la panique.')).toBe(false);
    expect(deletesBeforeReport('Supprime la photo.', ['Parles-en.'])).toBe(true);
    expect(deletesBeforeReport('Efface-la tout de suite.')).toBe(true);
  });
});

describe('suicide lines', () => {
  it.each([
    'des idées noires',
    'Suicide',
    'il est suicidaire',
    'envie d’en finir',
    'mettre fin à ses jours',
    'des pensées sombres',
  ])('sees « %s »', (text) => expect(namesSuicide(text)).toBe(true));
  it.each(['en finir avec les idées reçues', 'une nuit noire', 'sombre histoire'])('ignores « %s »', (text) =>
    expect(namesSuicide(text)).toBe(false),
  );

  const missingAll = 'prevention-suicide-be, urgence-be, prevention-suicide-fr, urgence-fr';
  const pages: [string, (s: Set) => void, string][] = [
    [
      'lesson',
      (s) => (s.lessons[0]!.data.parentNote = 'Des idées noires ?'),
      'workshops/fr/ateliers/atelier.mdx',
    ],
    [
      'scenario',
      (s) => (s.scenarios[0]!.data.endings['fin-ok']!.text = 'Il a des idées noires.'),
      'workshops/fr/scenarios/histoire.yaml',
    ],
    ['quiz', (s) => (s.quizzes[0]!.data.intro = 'On parle de suicide.'), 'workshops/fr/quiz/questions.yaml'],
    [
      'guide',
      (s) => (s.guides[0]!.body = 'Si votre enfant parle de suicide…'),
      'workshops/fr/guides/guide.mdx',
    ],
  ];
  for (const [kind, mutate, file] of pages) {
    it(`requires both countries' lines on a ${kind}`, () => {
      const set = contentSet();
      mutate(set);
      expect(checkSuicideLines(set)).toEqual([
        {
          file,
          field: 'help',
          message: `Le suicide ou les idées noires sont nommés, mais la page ne montre pas : ${missingAll}.`,
          fix: `Ajouter ${missingAll} à la liste help: (ou <HelpLine id="…" /> dans le texte).`,
        },
      ]);
    });
  }
  it('accepts the lines in help: or as <HelpLine> in the body', () => {
    const set = contentSet();
    set.lessons[0]!.data.parentNote = 'Des idées noires ?';
    set.lessons[0]!.data.help = ['prevention-suicide-be', 'urgence-be'];
    set.lessons[0]!.body = '<HelpLine id="prevention-suicide-fr" /> <HelpLine id="urgence-fr" />';
    expect(checkSuicideLines(set)).toEqual([]);
    set.lessons[0]!.data.help = ['prevention-suicide-be'];
    expect(checkSuicideLines(set).map((p) => p.message)).toEqual([
      'Le suicide ou les idées noires sont nommés, mais la page ne montre pas : urgence-be.',
    ]);
  });
  it('requires the lines on the same slide, not in its notes or elsewhere in the deck', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace(
      'Bienvenue',
      'Des idées noires ? <HelpLine id="prevention-suicide-be" />',
    );
    expect(checkSuicideLines(set)).toEqual([
      {
        file: 'slides/fr/atelier.mdx',
        field: 'diapositive 2 (ligne 2)',
        message:
          'Le suicide ou les idées noires sont nommés, mais la diapositive ne montre pas : urgence-be, prevention-suicide-fr, urgence-fr.',
        fix: 'Ajouter sur la même diapositive <HelpLine id="urgence-be" /> <HelpLine id="prevention-suicide-fr" /> <HelpLine id="urgence-fr" />.',
      },
    ]);
    const onlyNotes = contentSet();
    onlyNotes.decks[0]!.body = onlyNotes.decks[0]!.body!.replace('- Se présenter', '- Parler du suicide');
    expect(checkSuicideLines(onlyNotes)).toEqual([]);
  });
  it('requires every offered country’s crisis line in a help flow version that names suicide', () => {
    const set = contentSet();
    const version = set.helpflows![0]!.data.adultes;
    version.reassurance = 'Si tu as des idées noires, appelle.';
    expect(checkSuicideLines(set)).toEqual([]);
    version.services = version.services.filter(
      (id) => id !== 'crise-suicide-988' && id !== 'prevention-suicide-fr',
    );
    expect(checkSuicideLines(set)).toEqual([
      {
        file: 'workshops/fr/aide/chantage.yaml',
        field: 'adultes.services',
        message:
          'Le suicide ou les idées noires sont nommés, mais ce parcours ne montre pas : prevention-suicide-fr, crise-suicide-988.',
        fix: 'Ajouter prevention-suicide-fr, crise-suicide-988 à adultes.services.',
      },
    ]);
  });
});

describe('countries served by every help-flow version', () => {
  it('offers the five countries of the picker', () => {
    expect(OFFERED_COUNTRIES).toEqual(['BE', 'FR', 'CH', 'LU', 'CA-QC']);
  });
  it('requires a service for the reader in each country', () => {
    const set = contentSet();
    const v = set.helpflows![0]!.data['moins-18'];
    v.services = v.services.filter((id) => id !== 'pro-juventute-147');
    expect(checkHelpFlows(set)).toEqual([
      {
        file: 'workshops/fr/aide/chantage.yaml',
        field: 'moins-18.services',
        message: 'Aucun service de Suisse pour ce public (moins-18).',
        fix: 'Ajouter au moins un service de CH dont audiences contient moins-18 (par exemple pro-juventute-147).',
      },
    ]);
  });
  it('requires an emergency number in the data for each country, since every help page shows its own', () => {
    const set = contentSet();
    set.resources = set.resources.filter((r) => r.data.id !== 'urgence-lu');
    set.helpflows![0]!.data['moins-18'].services = set.helpflows![0]!.data['moins-18'].services.filter(
      (id) => id !== 'urgence-lu',
    );
    set.helpflows![0]!.data.adultes.services = set.helpflows![0]!.data.adultes.services.filter(
      (id) => id !== 'urgence-lu',
    );
    set.helpflows![0]!.data.parents.services = set.helpflows![0]!.data.parents.services.filter(
      (id) => id !== 'urgence-lu',
    );
    expect(checkHelpFlows(set)).toEqual([
      {
        file: 'workshops/data/resources.yaml',
        field: 'country: LU',
        message:
          'Aucun numéro d’urgence du Luxembourg : les pages d’aide de ce pays n’en montreraient aucun.',
        fix: 'Ajouter une entrée de LU avec emergency: true et son numéro (par exemple urgence-lu).',
      },
    ]);
  });
  it('does not count a service for another reader, nor an emergency number as the service', () => {
    const set = contentSet();
    const be = set.resources.filter((r) => r.data.country === 'BE').map((r) => r.data);
    const kidsOnly = be.filter((r) => r.id === 'child-focus' || r.id === 'urgence-be');
    expect(
      checkCountriesServed(kidsOnly, 'adultes', 'f').filter((p) => p.message.includes('Belgique')),
    ).toEqual([
      {
        file: 'f',
        field: 'adultes.services',
        message: 'Aucun service de Belgique pour ce public (adultes).',
        fix: 'Ajouter au moins un service de BE dont audiences contient adultes (par exemple child-focus).',
      },
    ]);
  });
  it('runs in checkContent', () => {
    const set = contentSet();
    set.helpflows![0]!.data.parents.services = ['child-focus', 'urgence-be'];
    expect(new Set(checkContent(set).map((p) => p.field))).toEqual(new Set(['parents.services']));
  });
});

describe('words per slide', () => {
  const data = {
    resource: (id: string) => (id === 'r' ? { name: 'Child Focus', phone: '116 000' } : undefined),
    figure: (id: string) => (id === 'f' ? 'Un jeune sur cinq.' : undefined),
    law: (id: string) => (id === 'l' ? 'Le chantage est puni.' : undefined),
  };
  it('counts words as a reader does', () => {
    expect(countWords('l’image d’un·e ami·e, 3114 !')).toBe(4);
    expect(countWords('')).toBe(0);
  });
  it('leaves out notes, embeds and the first heading; counts HelpLine, FigureRef and LawRef as what they show', () => {
    const inner =
      '## Titre long ici\n\nDeux mots\n<HelpLine id="r" /> <FigureRef id="f" /> <LawRef id="l" />\n<ScenarioEmbed slug="s" />\n<QuizEmbed slug="q" />\n<Notes>\n\n- beaucoup de mots dans les notes\n\n</Notes>';
    expect(countWords(slideText(inner, data))).toBe(2 + 4 + 4 + 4);
  });
  it('does not count what a class does not read: image alt text and address, a link address, imports, JSX props', () => {
    const inner =
      'import Foo from \'../x.astro\';\n\n![Une tablette montre un chat de jeu tout sourire ; une silhouette grise.](/images/deck/ecran.svg)\n\nJe vois un chat.\n\n[Le site](https://exemple.org/une/longue/adresse) aide.\n\n<Foo label="beaucoup de mots ici" count={3} />\n\n{/* un commentaire pour l’auteur */}';
    // « Je vois un chat. » (4) + « Le site aide. » (3)
    expect(countWords(slideText(inner, data))).toBe(7);
  });
  it('reports a slide over 30 words with deck, slide and count', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace(
      'Bienvenue',
      Array.from({ length: 31 }, () => 'mot').join(' '),
    );
    expect(checkSlideWords(set)).toEqual([
      {
        file: 'slides/fr/atelier.mdx',
        field: 'diapositive 2 (ligne 2) « accueil » Bonjour',
        message:
          '31 mots sur la diapositive (titre à part) : au plus 30, pour être lue du fond de la classe.',
        fix: 'Garder l’idée en quelques mots et passer le détail dans les <Notes>, ou couper en deux diapositives.',
      },
    ]);
    set.decks[0]!.body = set.decks[0]!.body!.replace('mot ', '');
    expect(checkSlideWords(set)).toEqual([]);
  });
  it('counts a help line by the data', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace(
      'Bienvenue',
      `${Array.from({ length: 28 }, () => 'mot').join(' ')} <HelpLine id="child-focus" />`,
    );
    expect(checkSlideWords(set).map((p) => p.message.split(' ')[0])).toEqual(['32']);
  });
});

describe('evidence rule, phrasings found in the content', () => {
  it.each([
    'Les messages, le profil, avec date et heure. Pas de capture de l’image, même pour la montrer.',
    'Garde les messages. La photo, on ne la garde jamais : pas de capture, pas de transfert.',
    'Fais une capture des messages (jamais des photos).',
    'Garde les preuves, sans aucune photo.',
    'Il fait une capture de la conversation. La photo elle-même, il ne l’a pas enregistrée.',
    'Il fait une capture des messages, mais aucune capture de la photo.',
  ])('accepts « %s »', (text) => expect(asksCaptureWithoutRule(text)).toBe(false));
  it.each(['Fais une capture des messages, avec des photos de la soirée.', 'Garde des preuves de tout.'])(
    'still refuses « %s »',
    (text) => expect(asksCaptureWithoutRule(text)).toBe(true),
  );
});
