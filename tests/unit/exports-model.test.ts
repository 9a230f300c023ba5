/**
 * The deck and lesson model of the editable exports (src/lib/deck-export.ts),
 * checked exactly: every block, run, bullet and note of a small deck, the
 * data components resolved to their exact text, and the exact message of
 * each error that stops the build. tests/unit/exports.test.ts reads the
 * written files back.
 */
import { describe, expect, it } from 'vitest';
import {
  DeckExportError,
  exportDeck,
  exportProse,
  type ExportData,
  type ScenarioData,
} from '../../src/lib/deck-export.ts';
import { data, deckBody, source, t } from '../support/export-fixtures.ts';

const FOOTER = '\n  → Corriger le fichier de la présentation (slides/…), puis relancer la construction.';

/** The exact message of the error exportDeck throws on `body`. */
function deckError(body: string, d: ExportData = data): string {
  try {
    exportDeck(source(body), d, t);
  } catch (e) {
    expect(e).toBeInstanceOf(DeckExportError);
    expect((e as Error).name).toBe('DeckExportError');
    return (e as Error).message;
  }
  throw new Error('exportDeck did not throw');
}
const problems = (...lines: string[]) =>
  'Export de la présentation « slides/fr/essai.mdx » impossible :\n' +
  lines.map((l) => `  • ${l}`).join('\n') +
  FOOTER;

/** A deck of one content slide, then the help slide. */
const oneSlide = (inner: string, open = '<Slide id="s" title="Titre">') =>
  `${open}\n${inner}\n<Notes>\n\nUne note\n\n</Notes>\n</Slide>\n\n<HelpSlide />\n`;
const bodyOf = (inner: string, d: ExportData = data) => exportDeck(source(oneSlide(inner)), d, t)[1]!.body;

const rich: ExportData = {
  ...data,
  resources: {
    ...data.resources,
    site: { name: 'Pharos', url: 'https://www.internet-signalement.gouv.fr/x', source: 's', checked: 'c' },
    nothing: { name: 'Sans contact', source: 's', checked: 'c' },
    hours: { name: 'Écoute', phone: '103', cost: 'gratuit', hours: '24 h/24', source: 's', checked: 'c' },
    bare: { name: 'Ligne', phone: '0800 1', source: 's', checked: 'c' },
  },
  figures: {
    sourced: { text: '1 jeune sur 3', publisher: 'Étude', sourceUrl: 'https://etude.example/' },
    unsourced: { text: 'La moitié', publisher: 'Sondage' },
  },
  laws: {
    article: {
      plain: 'La loi punit',
      article: 'art. 371/1',
      confirmed: true,
      source: 'Code pénal',
      checked: 'c',
    },
    unsure: { plain: 'Une loi dit', article: 'art. 9', confirmed: false, source: 'Projet', checked: 'c' },
  },
};

describe('exportDeck, the exact model', () => {
  it('gives the title slide its site name in bold, the tier, the licence and the presenter’s notes', () => {
    const [title] = exportDeck(source(deckBody), data, t);
    const licence = source(deckBody).licence;
    expect(title).toEqual({
      number: 1,
      id: 'titre',
      kind: 'title',
      title: 'Essai',
      body: [
        { kind: 'text', runs: [{ text: 'Parlons-en', bold: true }], bullet: false },
        { kind: 'text', runs: [{ text: '12 à 15 ans' }], bullet: false },
        { kind: 'text', runs: [{ text: licence }], bullet: false },
      ],
      notes: [
        'Présentez-vous et dites combien de temps dure l’atelier.',
        'Rappelez que personne ne doit parler de soi : on parle de personnages.',
        licence,
      ],
    });
  });

  it('gives a content slide its text, bullets and notes, the evidence rule resolved in the notes', () => {
    const [, regles, , , aide] = exportDeck(source(deckBody), data, t);
    expect(regles).toEqual({
      number: 2,
      id: 'regles',
      kind: 'content',
      title: 'Nos règles',
      body: [
        {
          kind: 'text',
          runs: [{ text: 'On ne se moque de ' }, { text: 'personne', bold: true }],
          bullet: false,
        },
        { kind: 'text', runs: [{ text: 'Tu as le droit de passer' }], bullet: true },
      ],
      notes: ['• Dire où trouver la personne de référence'],
    });
    expect(aide).toEqual({
      number: 5,
      id: 'aide-ligne',
      kind: 'content',
      title: 'Qui appeler',
      body: [{ kind: 'text', runs: [{ text: 'Appelle Child Focus (116 000, gratuit)' }], bullet: false }],
      notes: [
        '• Les captures des messages, jamais l’image',
        'Les preuves : les messages, jamais l’image',
        '• Capture les messages, pas l’image',
      ],
    });
  });

  it('puts a scenario’s situation, messages and choices on the slide and walks every branch in the notes', () => {
    const scenario = exportDeck(source(deckBody), data, t)[2]!;
    expect(scenario).toEqual({
      number: 3,
      id: 'scenario',
      kind: 'scenario',
      title: 'Et si…',
      body: [
        { kind: 'text', runs: [{ text: 'Inès reçoit un message.' }], bullet: false },
        { kind: 'text', runs: [{ text: 'Inès : ', bold: true }, { text: 'Tu es là ?' }], bullet: false },
        { kind: 'text', runs: [{ text: 'Que fait-on ?', bold: true }], bullet: false },
        { kind: 'text', runs: [{ text: 'Elle en parle' }], bullet: true },
        { kind: 'text', runs: [{ text: 'Elle attend' }], bullet: true },
      ],
      notes: [
        '• Personnages inventés',
        'Scénario « Et si… un message arrivait ? » : la situation et ses choix sont sur la diapositive ; la suite de chaque choix est ci-dessous.',
        'Si la classe choisit « Elle en parle » :',
        '  Fin « Inès est aidée » (protectrice) : Sa tante l’écoute.',
        '  Pour en parler : Parler ouvre des portes.',
        '  Questions : À qui parler ?',
        'Si la classe choisit « Elle attend » :',
        '  Le lendemain, un autre message.',
        '  Si la classe choisit « Elle bloque » :',
        '    Fin « Inès est aidée » (protectrice) : Sa tante l’écoute.',
        '    Pour en parler : Parler ouvre des portes.',
        '    Questions : À qui parler ?',
      ],
    });
  });

  it('puts a quiz’s questions on the slide and each answer with its explanation in the notes', () => {
    const quiz = exportDeck(source(deckBody), data, t)[3]!;
    expect(quiz).toEqual({
      number: 4,
      id: 'quiz',
      kind: 'quiz',
      title: 'Le quiz',
      body: [
        { kind: 'text', runs: [{ text: 'Quiz « Vrai ou faux » : 1 questions', bold: true }], bullet: false },
        { kind: 'text', runs: [{ text: 'Une photo peut circuler.' }], bullet: true },
      ],
      notes: [
        '• Cartes vertes et rouges',
        'Les questions, les réponses et leurs explications suivent ; le quiz interactif est sur le site.',
        'On se lance.',
        'Question 1 : Une photo peut circuler.',
        '  Réponse : Vrai. Oui, même éphémère.',
      ],
    });
  });

  it('keeps the text written above a scenario or a quiz on its slide, before the situation or questions', () => {
    const deck = oneSlide('Avant le quiz\n\n<QuizEmbed slug="vrai-faux" />');
    const quiz = exportDeck(source(deck), data, t)[1]!;
    expect(quiz.kind).toBe('quiz');
    expect(quiz.body.map((b) => (b.kind === 'text' ? b.runs[0]!.text : ''))).toEqual([
      'Avant le quiz',
      'Quiz « Vrai ou faux » : 1 questions',
      'Une photo peut circuler.',
    ]);
    expect(quiz.notes.slice(0, 2)).toEqual([
      'Une note',
      'Les questions, les réponses et leurs explications suivent ; le quiz interactif est sur le site.',
    ]);
  });

  it('ends with the help slide: each country in bold, each service with its number in bold, then the adult', () => {
    const deck = source(deckBody);
    deck.help = [
      { country: 'BE', ids: ['child-focus', 'nothing', 'unknown-id'] },
      { country: 'CH', ids: ['nothing'] },
      { country: 'FR', ids: ['site', 'e-enfance-3018'] },
    ];
    const help = exportDeck(deck, rich, t).at(-1)!;
    expect(help).toEqual({
      number: 6,
      id: 'aide',
      kind: 'help',
      title: 'Où trouver de l’aide',
      body: [
        { kind: 'text', runs: [{ text: 'Belgique', bold: true }], bullet: false },
        { kind: 'text', runs: [{ text: 'Child Focus ' }, { text: '116 000', bold: true }], bullet: true },
        { kind: 'text', runs: [{ text: 'France', bold: true }], bullet: false },
        {
          kind: 'text',
          runs: [{ text: 'Pharos ' }, { text: 'www.internet-signalement.gouv.fr', bold: true }],
          bullet: true,
        },
        { kind: 'text', runs: [{ text: '3018 ' }, { text: '3018', bold: true }], bullet: true },
        {
          kind: 'text',
          runs: [
            { text: 'Tu peux aussi parler à un adulte de confiance : à la maison, à l’école, au club.' },
          ],
          bullet: false,
        },
      ],
      notes: [
        'Laissez cette diapositive affichée pendant que la classe range ses affaires.',
        'Dites où trouver ces numéros plus tard (le site, l’affiche de la classe).',
        'Rappelez que vous restez disponible après la séance.',
        'Sources des numéros et des lois',
        'Child Focus : https://childfocus.be/fr-be/ (vérifié le 2026-11-01)',
        'Pharos : s (vérifié le c)',
        '3018 : https://e-enfance.org/ (vérifié le 2026-11-02)',
        deck.licence,
      ],
    });
  });

  it('gives a help slide with no service for the country only the trusted-adult line', () => {
    const deck = source(deckBody);
    deck.help = [];
    expect(exportDeck(deck, data, t).at(-1)!.body).toEqual([
      {
        kind: 'text',
        runs: [{ text: 'Tu peux aussi parler à un adulte de confiance : à la maison, à l’école, au club.' }],
        bullet: false,
      },
    ]);
  });

  it('reads a slide’s id and title by name, in any order, and makes apostrophes typographic', () => {
    const [, slide] = exportDeck(
      source(oneSlide('Texte', `<Slide title="L'essentiel" id="essentiel">`)),
      data,
      t,
    );
    expect(slide).toMatchObject({ id: 'essentiel', title: 'L’essentiel' });
    const [, noId] = exportDeck(source(oneSlide('Texte', '<Slide title="Sans id">')), data, t);
    expect(noId).toMatchObject({ id: undefined, title: 'Sans id' });
  });

  it('reads notes written with an attribute on <Notes>', () => {
    const deck = oneSlide('Texte').replace('<Notes>', '<Notes class="orateur">');
    expect(exportDeck(source(deck), data, t)[1]!.notes).toEqual(['Une note']);
  });
});

describe('exportDeck, inline text', () => {
  it('resolves help lines: number with cost and hours, number alone, or the site’s host', () => {
    expect(
      bodyOf(
        'Appelle <HelpLine id="hours" />\n\nOu <HelpLine id="bare" />\n\nOu <HelpLine id="site" />\n\n<HelpLine id="nothing" />',
        rich,
      ),
    ).toEqual([
      { kind: 'text', runs: [{ text: 'Appelle Écoute (103, gratuit, 24 h/24)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Ou Ligne (0800 1)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Ou Pharos (www.internet-signalement.gouv.fr)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Sans contact' }], bullet: false },
    ]);
  });

  it('resolves figures with their publisher and source, and laws with their article only when confirmed', () => {
    expect(
      bodyOf(
        '<FigureRef id="sourced" />\n\n<FigureRef id="unsourced" />\n\n<LawRef id="article" />\n\n<LawRef id="unsure" />',
        rich,
      ),
    ).toEqual([
      { kind: 'text', runs: [{ text: '1 jeune sur 3 (Étude, https://etude.example/)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'La moitié (Sondage)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'La loi punit (art. 371/1, Code pénal)' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Une loi dit (Projet)' }], bullet: false },
    ]);
  });

  it('reads a component’s id by its name even after another attribute', () => {
    expect(bodyOf('<HelpLine class="x" id="bare" />', rich)).toEqual([
      { kind: 'text', runs: [{ text: 'Ligne (0800 1)' }], bullet: false },
    ]);
  });

  it('keeps bold, drops the italic stars and the backslash escapes, and makes apostrophes typographic', () => {
    expect(
      bodyOf(
        "*Tout* est **permis** ici, ou *presque* et *x*\n\n\\*pas une liste\\* l'été \\[lien\\]\n\n**Gras** au début",
      ),
    ).toEqual([
      {
        kind: 'text',
        runs: [{ text: 'Tout est ' }, { text: 'permis', bold: true }, { text: ' ici, ou presque et x' }],
        bullet: false,
      },
      { kind: 'text', runs: [{ text: '*pas une liste* l’été [lien]' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Gras', bold: true }, { text: ' au début' }], bullet: false },
    ]);
  });

  it('writes a picture in the notes as its description', () => {
    const deck = oneSlide('Texte').replace('Une note', '![Le schéma du parcours](/images/p.svg)');
    expect(exportDeck(source(deck), data, t)[1]!.notes).toEqual(['Le schéma du parcours']);
  });

  it('joins bold and plain runs into one note line', () => {
    const deck = oneSlide('Texte').replace('Une note', '- Dire **non** et partir');
    expect(exportDeck(source(deck), data, t)[1]!.notes).toEqual(['• Dire non et partir']);
  });
});

describe('exportDeck and exportProse, blocks', () => {
  it('reads bullets, numbered steps, headings and images only at the start of a line', () => {
    expect(
      bodyOf(
        [
          '  - Une puce indentée',
          '* Une puce étoile',
          'Oui - non',
          '12. Douze',
          'Page 3. Suite',
          '### Un titre',
          'Étape # 2',
          '![Un plan](/images/plan.svg)',
          'Voir ![Un plan](/images/plan.svg)',
          '![Un plan](/images/plan.svg) ici',
          '** **',
        ].join('\n'),
      ),
    ).toEqual([
      { kind: 'text', runs: [{ text: 'Une puce indentée' }], bullet: true },
      { kind: 'text', runs: [{ text: 'Une puce étoile' }], bullet: true },
      { kind: 'text', runs: [{ text: 'Oui - non' }], bullet: false },
      { kind: 'text', runs: [{ text: '12. ' }, { text: 'Douze' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Page 3. Suite' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Un titre', bold: true }], bullet: false, heading: 3 },
      { kind: 'text', runs: [{ text: 'Étape # 2' }], bullet: false },
      { kind: 'image', alt: 'Un plan', src: '/images/plan.svg' },
      { kind: 'text', runs: [{ text: 'Voir ![Un plan](/images/plan.svg)' }], bullet: false },
      { kind: 'text', runs: [{ text: '![Un plan](/images/plan.svg) ici' }], bullet: false },
    ]);
  });

  it('gives the evidence rule its title in bold, then one bullet per point, in the chosen voice', () => {
    expect(exportProse('x.mdx', '<EvidenceRule voice="vous" />', data)).toEqual([
      { kind: 'text', runs: [{ text: 'Les preuves', bold: true }], bullet: false },
      { kind: 'text', runs: [{ text: 'Capturez les messages, pas l’image' }], bullet: true },
    ]);
  });

  it('reads the evidence rule’s voice by its name', () => {
    expect(exportProse('x.mdx', '<EvidenceRule class="x" voice="vous" />', data)).toHaveLength(2);
  });

  it('drops only the import and export lines of a lesson’s text', () => {
    expect(
      exportProse(
        'x.mdx',
        "import A from 'a';\nexport const b = 1;\nOn ne fait pas d’export de photos",
        data,
      ),
    ).toEqual([{ kind: 'text', runs: [{ text: 'On ne fait pas d’export de photos' }], bullet: false }]);
  });
});

describe('exportDeck, scenarios', () => {
  const story: ScenarioData = {
    title: 'Et si… l’histoire',
    start: 'a',
    facilitatorNotes: '  Lire lentement.  \n',
    characters: [{ id: 'sam', name: 'Sam' }],
    nodes: {
      a: {
        text: "Sam n'ose pas.",
        choices: [
          { label: 'Parler', to: 'b' },
          { label: 'Revenir', to: 'a' },
          { label: 'Ailleurs', to: 'nulle-part' },
        ],
        notes: '  Laisser voter.  ',
      },
      b: {
        text: '  Sam écrit.  ',
        messages: [
          { from: 'sam', text: 'Tu peux venir ?' },
          { from: 'lou', text: "J'arrive" },
        ],
        choices: [
          { label: 'Attendre', to: 'fin' },
          { label: 'Recommencer', to: 'a' },
          { label: 'Encore', to: 'b' },
        ],
        notes: '  Relancer.  ',
      },
    },
    endings: {
      fin: {
        outcome: 'mixed',
        title: 'Un pas',
        text: '  Sam respire.  ',
        debrief: '  Demander de l’aide compte.  ',
        questions: ['Qui ?', 'Quand ?'],
        notes: '  Conclure.  ',
      },
    },
  };
  it('walks each node once, indents each level, names the characters and trims every text', () => {
    const d = { ...data, scenarios: { story } };
    const slide = exportDeck(source(oneSlide('<ScenarioEmbed slug="story" />')), d, t)[1]!;
    expect(slide.body).toEqual([
      { kind: 'text', runs: [{ text: 'Sam n’ose pas.' }], bullet: false },
      { kind: 'text', runs: [{ text: 'Que fait-on ?', bold: true }], bullet: false },
      { kind: 'text', runs: [{ text: 'Parler' }], bullet: true },
      { kind: 'text', runs: [{ text: 'Revenir' }], bullet: true },
      { kind: 'text', runs: [{ text: 'Ailleurs' }], bullet: true },
    ]);
    expect(slide.notes).toEqual([
      'Une note',
      'Scénario « Et si… l’histoire » : la situation et ses choix sont sur la diapositive ; la suite de chaque choix est ci-dessous.',
      'Lire lentement.',
      'Laisser voter.',
      'Si la classe choisit « Parler » :',
      '  Sam écrit.',
      '  Sam : Tu peux venir ?',
      '  lou : J’arrive',
      '  Relancer.',
      '  Si la classe choisit « Attendre » :',
      '    Fin « Un pas » (mitigée) : Sam respire.',
      '    Pour en parler : Demander de l’aide compte.',
      '    Questions : Qui ? / Quand ?',
      '    Conclure.',
      '  Si la classe choisit « Recommencer » :',
      '  Si la classe choisit « Encore » :',
      'Si la classe choisit « Revenir » :',
      'Si la classe choisit « Ailleurs » :',
    ]);
  });
  it('shows the messages of the first situation on the slide, naming an unknown character by its id', () => {
    const first = { ...story.nodes.a!, messages: [{ from: 'lou', text: 'Salut' }] };
    const d = { ...data, scenarios: { story: { ...story, nodes: { ...story.nodes, a: first } } } };
    const slide = exportDeck(source(oneSlide('<ScenarioEmbed slug="story" />')), d, t)[1]!;
    expect(slide.body[1]).toEqual({
      kind: 'text',
      runs: [{ text: 'lou : ', bold: true }, { text: 'Salut' }],
      bullet: false,
    });
  });
  it('finds a scenario or quiz however its tag is spaced', () => {
    const kinds = [
      '<ScenarioEmbed slug="le-message"/>',
      '<ScenarioEmbed  slug="le-message" />',
      '<QuizEmbed slug="vrai-faux"/>',
      '<QuizEmbed  slug="vrai-faux" />',
    ].map((tag) => exportDeck(source(oneSlide(tag)), data, t)[1]!.kind);
    expect(kinds).toEqual(['scenario', 'scenario', 'quiz', 'quiz']);
  });
  it('numbers the quiz questions from 1 and trims their explanations', () => {
    const d = {
      ...data,
      quizzes: {
        q: {
          title: 'Q',
          intro: 'Intro',
          questions: [
            { prompt: "L'une", explanation: ' Parce que.\n', answer: 'Vrai' },
            { prompt: 'L’autre', explanation: 'Ainsi.', answer: 'Faux' },
          ],
        },
      },
    };
    const slide = exportDeck(source(oneSlide('<QuizEmbed slug="q" />')), d, t)[1]!;
    expect(slide.notes.slice(3)).toEqual([
      'Question 1 : L’une',
      '  Réponse : Vrai. Parce que.',
      'Question 2 : L’autre',
      '  Réponse : Faux. Ainsi.',
    ]);
    expect(slide.body[0]).toEqual({
      kind: 'text',
      runs: [{ text: 'Quiz « Q » : 2 questions', bold: true }],
      bullet: false,
    });
  });
});

describe('exportDeck, errors name the deck, the line and the fix', () => {
  it('names an unknown help line, figure, law or missing id, with its line', () => {
    expect(
      deckError(oneSlide('<HelpLine id="x" />\n\n<FigureRef id="y" />\n<LawRef id="z" />\n\n<HelpLine />')),
    ).toBe(
      problems(
        'slides/fr/essai.mdx:2 : <HelpLine id="x"> : service inconnu',
        'slides/fr/essai.mdx:4 : <FigureRef id="y"> : chiffre inconnu',
        'slides/fr/essai.mdx:5 : <LawRef id="z"> : loi inconnue',
        'slides/fr/essai.mdx:7 : <HelpLine id=""> : service inconnu',
      ),
    );
  });
  it('counts the lines of the notes and of the text after them', () => {
    const deck = `\n\n<Slide id="s" title="T">\nTexte\n<Notes>\n\nUne note\n<HelpLine id="n" />\n</Notes>\n\n<HelpLine id="b" />\n</Slide>\n<HelpSlide />`;
    expect(deckError(deck)).toBe(
      problems(
        'slides/fr/essai.mdx:8 : <HelpLine id="n"> : service inconnu',
        'slides/fr/essai.mdx:11 : <HelpLine id="b"> : service inconnu',
      ),
    );
  });
  it('names a known component in the wrong place, and an evidence rule without a valid voice', () => {
    expect(
      deckError(
        oneSlide(
          'Voir <EvidenceRule voice="tu" />\n<EvidenceRule voice="tu" /> après\n<EvidenceRule voice="il" />\n<EvidenceRule />\n<LawRef id="article">texte</LawRef>',
        ),
        rich,
      ),
    ).toBe(
      problems(
        'slides/fr/essai.mdx:2 : <EvidenceRule> mal placé ou mal fermé',
        'slides/fr/essai.mdx:3 : <EvidenceRule> mal placé ou mal fermé',
        'slides/fr/essai.mdx:4 : <EvidenceRule voice="il"> : voice doit être "tu" ou "vous"',
        'slides/fr/essai.mdx:5 : <EvidenceRule voice=""> : voice doit être "tu" ou "vous"',
        'slides/fr/essai.mdx:6 : <LawRef> mal placé ou mal fermé',
      ),
    );
  });
  it('names a slide without a title, an empty slide, a slide without notes or without </Notes>', () => {
    const deck = [
      '<Slide id="a">\nTexte\n<Notes>\nN\n</Notes>\n</Slide>',
      '<Slide id="b" title="Vide" />',
      '<Slide id="c" title="C">\nTexte\n<Notes>  \n </Notes>\n</Slide>',
      '<Slide title="D">\nTexte\n<Notes>\nN\n</Slide>',
      '<Slide title="E">\nTexte\n</Slide>',
      '<HelpSlide />',
    ].join('\n');
    expect(deckError(deck)).toBe(
      problems(
        'slides/fr/essai.mdx:1 : diapositive 2 sans titre (title="…")',
        'slides/fr/essai.mdx:7 : diapositive 3 vide (<Slide />) : elle doit avoir un contenu et des <Notes>',
        'slides/fr/essai.mdx:8 : diapositive 4 (c) sans <Notes> : l’export a besoin des notes de l’orateur',
        'slides/fr/essai.mdx:13 : diapositive 5 sans <Notes> : l’export a besoin des notes de l’orateur',
        'slides/fr/essai.mdx:13 : <Notes> sans </Notes>',
        'slides/fr/essai.mdx:15 : <Notes> mal placé ou mal fermé',
        'slides/fr/essai.mdx:18 : diapositive 6 sans <Notes> : l’export a besoin des notes de l’orateur',
      ),
    );
  });
  it('names a slide left open, with or without an id, even at the end of the deck', () => {
    expect(
      deckError('<Slide id="a" title="A">\nTexte\n<Slide title="B">\nTexte\n<Notes>\nN\n</Notes>\n'),
    ).toBe(
      problems(
        'slides/fr/essai.mdx:1 : diapositive 2 (a) sans </Slide>',
        'slides/fr/essai.mdx:3 : diapositive 3 sans </Slide>',
      ),
    );
  });
  it('names an unknown scenario or quiz', () => {
    expect(deckError(oneSlide('<QuizEmbed slug="absent" />'))).toBe(
      problems('slides/fr/essai.mdx:1 : <QuizEmbed slug="absent"> : quiz inconnu'),
    );
  });
  it('quotes the first 60 characters of text outside any slide', () => {
    const stray = 'Un texte perdu entre deux diapositives, bien plus long que soixante caractères.';
    expect(deckError(`${stray}\n${oneSlide('Texte')}`)).toBe(
      problems(`texte hors de toute <Slide> : « ${stray.slice(0, 60)} »`),
    );
  });
  it('says when the help slide is not last', () => {
    expect(deckError(oneSlide('Texte').replace('<HelpSlide />', ''))).toBe(
      problems('la présentation ne finit pas par <HelpSlide />'),
    );
  });
});
