import { describe, expect, it } from 'vitest';
import { checkPhones, handWrittenPhones, writtenNumbers } from '../../../src/lib/checks/phones.ts';
import { checkContent } from '../../../src/lib/content-checks.ts';
import { contentSet, resource } from '../../support/factory.ts';

type Set = ReturnType<typeof contentSet>;

/** The factory's services, with the short numbers of France and Belgium. */
function set(): Set {
  const s = contentSet();
  s.resources.push(
    resource('allo-119', 'FR', ['moins-18', 'parents'], { name: 'Allô Enfance en Danger', phone: '119' }),
    resource('police-fr', 'FR', ['moins-18', 'adultes', 'parents'], { name: 'Police-secours', phone: '17' }),
    resource('police-be', 'BE', ['moins-18', 'adultes', 'parents'], { name: 'Police', phone: '101' }),
    resource('sms-114', 'FR', ['moins-18', 'adultes', 'parents'], {
      name: 'Urgence par SMS',
      phone: '114',
      smsOnly: true,
    }),
    resource('pharos', 'FR', ['adultes'], {
      name: 'Pharos',
      phone: undefined,
      url: 'https://example.org/pharos',
    }),
  );
  return s;
}
const services = () => set().resources.map((r) => r.data);
const found = (text: string) => handWrittenPhones(text, services());

/** Puts a text in one field of every kind of content; the file and field it is reported at, and whether it is MDX text. */
const PLACES: [string, (s: Set, text: string) => void, string, string, boolean][] = [
  [
    'lesson field',
    (s, t) => (s.lessons[0]!.data.parentNote = t),
    'workshops/fr/ateliers/atelier.mdx',
    'parentNote',
    false,
  ],
  [
    'lesson step',
    (s, t) => (s.lessons[0]!.data.steps[1]!.facilitator = t),
    'workshops/fr/ateliers/atelier.mdx',
    'steps[1].facilitator',
    false,
  ],
  [
    'lesson body',
    (s, t) => (s.lessons[0]!.body = `Intro\n\n${t}`),
    'workshops/fr/ateliers/atelier.mdx',
    'ligne 3 du texte',
    true,
  ],
  [
    'deck slide',
    (s, t) => (s.decks[0]!.body = s.decks[0]!.body!.replace('Bienvenue', t)),
    'slides/fr/atelier.mdx',
    'diapositive 2 (ligne 2)',
    true,
  ],
  [
    'scenario',
    (s, t) => (s.scenarios[0]!.data.endings['fin-ok']!.debrief = t),
    'workshops/fr/scenarios/histoire.yaml',
    'endings.fin-ok.debrief',
    false,
  ],
  [
    'quiz',
    (s, t) => (s.quizzes[0]!.data.questions[0]!.explanation = t),
    'workshops/fr/quiz/questions.yaml',
    'questions[0].explanation',
    false,
  ],
  [
    'guide body',
    (s, t) => (s.guides[0]!.body = `## Titre\n\n${t}\n`),
    'workshops/fr/guides/guide.mdx',
    'ligne 3 du texte',
    true,
  ],
  [
    'help flow',
    (s, t) => (s.helpflows![0]!.data.parents.steps[0]!.do = t),
    'workshops/fr/aide/chantage.yaml',
    'parents.steps[0]',
    false,
  ],
];

describe('phone numbers typed by hand, on every kind of content', () => {
  it('accepts the factory set, and the set with every short line', () => {
    expect(checkPhones(contentSet())).toEqual([]);
    expect(checkPhones(set())).toEqual([]);
  });

  for (const [kind, put, file, field, mdx] of PLACES) {
    it(`reports a hand-typed 3018 in a ${kind}, once, with the fix`, () => {
      const s = set();
      put(s, 'Appelle le 3018, ou le 3018 (France), ou écris au 3018.');
      const fix = mdx ? '<Tel id="e-enfance-3018" />' : '{{tel:e-enfance-3018}}';
      expect(checkPhones(s)).toEqual([
        {
          file,
          field,
          message:
            "Le numéro 3018 est écrit à la main ; s'il change dans workshops/data/resources.yaml, ce texte restera faux.",
          fix: `Écrire ${fix} (le numéro de e-enfance-3018) à la place de « 3018 ».`,
        },
      ]);
    });

    it(`accepts the number from the data in a ${kind}`, () => {
      const s = set();
      put(
        s,
        mdx
          ? 'Appelle le <Tel id="e-enfance-3018" /> ou <HelpLine id="allo-119" />.'
          : 'Appelle le {{tel:e-enfance-3018}}.',
      );
      expect(checkPhones(s)).toEqual([]);
    });
  }

  it('is one of the content checks the build runs', () => {
    const s = set();
    s.lessons[0]!.data.parentNote = 'En cas de danger, appelez le 17.';
    expect(checkContent(s)).toEqual([
      expect.objectContaining({ field: 'parentNote', fix: expect.stringContaining('{{tel:police-fr}}') }),
    ]);
  });

  it('names every service whose phone it is, and reports the number once', () => {
    expect(found('Appelez le 112, oui, le 112.')).toEqual([
      { phone: '112', ids: ['urgence-be', 'urgence-fr', 'urgence-ch', 'urgence-lu'] },
    ]);
    const [p, ...rest] = (() => {
      const s = set();
      s.quizzes[0]!.data.questions[0]!.explanation = 'Appelez le 112.';
      return checkPhones(s);
    })();
    expect(rest).toEqual([]);
    expect(p!.fix).toBe(
      'Écrire {{tel:urgence-be}} ou {{tel:urgence-fr}} ou {{tel:urgence-ch}} ou {{tel:urgence-lu}} (le numéro de urgence-be, urgence-fr, urgence-ch, urgence-lu) à la place de « 112 ».',
    );
  });

  it('reports each different number of one text', () => {
    expect(found('Appelle le 112 (101 en Belgique, 17 en France).').map((f) => f.phone)).toEqual([
      '112',
      '101',
      '17',
    ]);
  });

  it('compares digits, whatever the spaces or dots', () => {
    expect(found('Appelez le 0800 32 123.')).toEqual([
      { phone: '0800 32 123', ids: ['prevention-suicide-be'] },
    ]);
    expect(found('Appelez le 080032123 ou le 0800.32.123.').map((f) => f.phone)).toEqual(['0800 32 123']);
    expect(found('au 1 866 658-9022')).toEqual([{ phone: '1 866 658 9022', ids: ['cyberaide'] }]);
    expect(found('le 116\u00a0000')).toEqual([{ phone: '116 000', ids: ['child-focus'] }]);
  });

  it('reports a long number wherever it is, a short one only where it is called', () => {
    expect(found('Le 3114 répond.').map((f) => f.phone)).toEqual(['3114']);
    expect(found('Service 3114 : écoute.').map((f) => f.phone)).toEqual(['3114']);
    for (const called of [
      'appelle le 17',
      'appeler 17',
      'compose 119',
      'composez 112',
      'au 119',
      'du 119',
      "l'119",
      'Police-secours (17)',
      '(information préoccupante, 119)',
      'le 101 en Belgique',
      '17 en France',
      '101 (Belgique)',
      'Allô Enfance en Danger 119',
      'Pro Juventute : 147',
      'numéro 988',
      'envoie un SMS au 114',
    ])
      expect(found(called), called).not.toEqual([]);
  });

  it('does not report numbers that are not phone numbers', () => {
    for (const other of [
      'article 17 du Code pénal',
      'articles 17 et 119',
      'art. 119',
      'Art. 112',
      'la loi 101',
      'alinéa 17',
      'article 417/9',
      '417/9 du Code pénal',
      'article 227-23',
      'le 17 novembre 2025',
      'du 17 novembre',
      'le 17/11',
      'à 17 h',
      'à 17 h 30',
      'à 17h30',
      'à 17:00',
      '17 ans',
      'élèves de 17-18 ans',
      'de 12 à 17 ans',
      'pendant 17 minutes',
      'le 17e jour',
      '119 jours',
      '17 €',
      '112 euros',
      '17 %',
      '17 élèves',
      'les 17 questions',
      '| 9–17 | consentement |',
      '17–27',
      'en 2017',
      'page 112',
      'il y en a 17',
      'Ils sont 17.',
      'https://3018.fr',
      'www.3018.fr',
      'https://exemple.de/fiche/3018',
      'http://exemple.de/fiche/3018',
      'sur 3018.fr',
      'e-enfance.org/3018-aide',
      'Ils viennent des trois classes, 17 au total.',
      "Pro Juventute l'a dit : dans cette école, il y a 147 inscrits",
      'il y en a 147 de plus cette année, dit Pro Juventute',
      'Pro Juventute compte dans la classe 147 inscrits',
      '[le site](https://example.org/3018)',
      '[la fiche](/aide/3018)',
      'article 3114 du code',
      "l'arrêté 3018",
      'n° 3018',
      'les 3018 signalements',
      'de 3114 appels',
      '2,3018',
      '<HelpLine id="e-enfance-3018" />',
      '<Tel id="allo-119" />',
      '{{tel:e-enfance-3018}}',
      '{{figure:cf-3018}}',
      '{{tel:3018}}',
      '<img src="/images/3018.png" alt="" />',
      '13018 ou 30180',
      '3,018',
      '1,17',
    ])
      expect(found(other), other).toEqual([]);
  });

  it('never glues two numbers together across what it does not read', () => {
    for (const between of ['{{figure:x}}', '<br/>', '](/x)'])
      expect(
        writtenNumbers(`le 30${between}18`).map((n) => n.digits),
        between,
      ).toEqual(['30', '18']);
  });

  it('finds the name of a service next to the number, for each service that has it', () => {
    const two = [
      { id: 'pharos', name: 'Pharos' },
      { id: 'secours-a', name: 'Secours A', phone: '112' },
      { id: 'secours-b', name: 'Secours B', phone: '112' },
    ];
    expect(handWrittenPhones('Secours B 112', two)).toEqual([
      { phone: '112', ids: ['secours-a', 'secours-b'] },
    ]);
    expect(handWrittenPhones('Secours A : 112', two)).toHaveLength(1);
    expect(handWrittenPhones('Il y en a 112', two)).toEqual([]);
  });

  it('reads a grouped number as one number', () => {
    expect(writtenNumbers('le 0800 32 123, pas 17-18').map((n) => n.digits)).toEqual(['080032123', '1718']);
  });

  it('reports a token in MDX text, which is not replaced there', () => {
    const s = set();
    s.guides[0]!.body = '## Titre\n\nAppelle le {{tel:e-enfance-3018}}.\n';
    expect(checkPhones(s)).toEqual([
      {
        file: 'workshops/fr/guides/guide.mdx',
        field: 'ligne 3 du texte',
        message:
          "{{tel:…}} n'est remplacé que dans les champs de l'en-tête ou du YAML, pas dans le texte MDX.",
        fix: 'Écrire <Tel id="…" /> à la place de {{tel:…}} dans le texte.',
      },
    ]);
  });

  it('reports a token or a <Tel> naming no service with a phone', () => {
    const s = set();
    s.scenarios[0]!.data.endings['fin-ok']!.debrief = 'Appelle le {{tel:inconnu}}.';
    s.lessons[0]!.body = 'Intro\n\nVoir <Tel id="pharos" />.';
    const problems = checkPhones(s);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['workshops/fr/ateliers/atelier.mdx', '<Tel> ligne 3'],
      ['workshops/fr/scenarios/histoire.yaml', 'endings.fin-ok.debrief'],
    ]);
    expect(problems[0]).toEqual({
      file: 'workshops/fr/ateliers/atelier.mdx',
      field: '<Tel> ligne 3',
      message: "Le service « pharos » n'a pas de numéro de téléphone dans workshops/data/resources.yaml.",
      fix: 'Écrire <HelpLine id="pharos" /> (qui montre son site), ou l\'id d\'un service qui a un phone:.',
    });
  });

  it('leaves a <HelpLine> without a phone, and a <Tel> to an unknown id, to the references check', () => {
    const s = set();
    s.lessons[0]!.body = 'Intro\n\nVoir <HelpLine id="pharos" /> et <Tel id="inconnu" />.';
    expect(checkPhones(s)).toEqual([]);
    expect(checkContent(s)).toEqual([expect.objectContaining({ field: '<Tel> ligne 3' })]);
  });
});
