/**
 * A small, valid ContentSet built in code. Each test breaks one thing and
 * checks that the cross-checks name the file, the field and the fix.
 */
import type { ContentSet } from '../../src/lib/content-checks.ts';
import type { CountryId } from '../../src/lib/countries.ts';
import type { Guide } from '../../src/schemas/guide.ts';
import type { HelpFlow, HelpFlowVersion } from '../../src/schemas/help-flow.ts';
import type { Lesson } from '../../src/schemas/lesson.ts';
import type { Audience, Resource } from '../../src/schemas/resource.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';

export function lesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    title: 'Atelier',
    summary: 'Résumé',
    tier: '12-15',
    duration: 50,
    number: 8,
    topics: ['sextorsion'],
    objectives: ['Savoir'],
    curriculum: ['evras'],
    materials: ['Projecteur'],
    preparation: ['Lire'],
    groundRules: ['Pas de noms'],
    steps: [
      { title: 'Accueil', minutes: 10, facilitator: 'Dire', pupils: 'Écouter', slide: 'accueil' },
      { title: 'Scénario', minutes: 30, facilitator: 'Lire', pupils: 'Voter', scenario: 'histoire' },
      { title: 'Quiz', minutes: 10, facilitator: 'Poser', pupils: 'Répondre', quiz: 'questions' },
    ],
    discussion: [{ question: 'Pourquoi ?', expected: ['Parce que'] }],
    differentiation: { younger: 'a', older: 'b', specialNeeds: 'c' },
    safeguarding: { signs: ['Silence'], disclosure: 'Écouter' },
    help: ['child-focus'],
    parentNote: 'Bonjour',
    sources: [{ seed: '003' }],
    ...overrides,
  };
}

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    title: 'Et si…',
    summary: 'Résumé',
    tier: '12-15',
    topics: ['sextorsion'],
    view: 'story',
    characters: [{ id: 'sam', name: 'Sam', side: 'me' }],
    start: 'debut',
    nodes: {
      debut: {
        text: 'Sam reçoit un message.',
        messages: [{ from: 'sam', text: 'Salut' }],
        choices: [
          { label: 'Répondre', to: 'suite' },
          { label: 'En parler', to: 'fin-ok' },
        ],
      },
      suite: {
        text: 'Ça insiste.',
        choices: [
          { label: 'Payer', to: 'fin-risque' },
          { label: 'Bloquer', to: 'fin-ok' },
        ],
      },
    },
    endings: {
      'fin-ok': {
        outcome: 'protective',
        title: 'Ok',
        text: 'Ça va.',
        debrief: 'Bien.',
        questions: ['Et toi ?'],
      },
      'fin-risque': {
        outcome: 'risky',
        title: 'Aïe',
        text: 'Ça empire.',
        debrief: 'Pas ta faute.',
        questions: ['Que faire ?'],
      },
    },
    help: ['child-focus'],
    sources: [{ seed: '003' }],
    ...overrides,
  };
}

export function quiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    title: 'Quiz',
    summary: 'Résumé',
    tier: '12-15',
    topics: ['consentement'],
    intro: 'On y va.',
    questions: [
      {
        id: 'un',
        kind: 'single',
        prompt: 'Que faire ?',
        options: [
          { text: 'Parler', correct: true, feedback: 'Oui.' },
          { text: 'Payer', correct: false, feedback: 'Non.' },
        ],
        explanation: 'Parler aide.',
      },
      {
        id: 'deux',
        kind: 'truefalse',
        prompt: 'C’est ta faute.',
        answer: false,
        feedback: { true: 'Non.', false: 'Exact.' },
        explanation: 'Jamais.',
      },
      {
        id: 'trois',
        kind: 'consent',
        prompt: 'Il insiste.',
        answer: 'non',
        reason: 'Pas de pression.',
        feedback: { oui: 'Non.', non: 'Exact.', depend: 'Non.' },
        explanation: 'Volonté.',
      },
    ],
    remember: ['Parler'],
    help: ['child-focus'],
    sources: [{ seed: '001' }],
    ...overrides,
  };
}

export const DECK_BODY = `
<Slide id="accueil" title="Bonjour">

Bienvenue

<Notes>

- Se présenter

</Notes>
</Slide>

<HelpSlide />
`;

const checked = new Date('2026-11-23');

export function resource(
  id: string,
  country: CountryId,
  audiences: Audience[],
  extra: Partial<Resource> = {},
): { id: string; data: Resource } {
  return {
    id,
    data: {
      id,
      country,
      name: `Service ${id}`,
      kind: 'ecoute',
      phone: '116 000',
      audiences,
      purpose: 'Aide',
      source: `https://example.org/services/${id}`,
      checked,
      ...extra,
    },
  };
}

const ALL: Audience[] = ['moins-18', 'adultes', 'parents'];

/** Every country a help flow offers, with an emergency number and a service for everyone. */
export function resources() {
  return [
    resource('child-focus', 'BE', ['moins-18'], { name: 'Child Focus', phone: '116 000' }),
    resource('tele-accueil', 'BE', ['adultes', 'parents'], { name: 'Télé-Accueil', phone: '107' }),
    resource('prevention-suicide-be', 'BE', ALL, {
      name: 'Centre de Prévention du Suicide',
      phone: '0800 32 123',
    }),
    resource('urgence-be', 'BE', ALL, { name: 'Urgences', phone: '112', emergency: true, kind: 'police' }),
    resource('e-enfance-3018', 'FR', ALL, { name: '3018', phone: '3018' }),
    resource('prevention-suicide-fr', 'FR', ALL, { name: 'Prévention du suicide', phone: '3114' }),
    resource('urgence-fr', 'FR', ALL, { name: 'Urgences', phone: '112', emergency: true, kind: 'police' }),
    resource('pro-juventute-147', 'CH', ALL, { name: 'Pro Juventute', phone: '147' }),
    resource('urgence-ch', 'CH', ALL, { name: 'Urgences', phone: '112', emergency: true, kind: 'police' }),
    resource('bee-secure-helpline', 'LU', ALL, { name: 'BEE SECURE Helpline', phone: '8002 1234' }),
    resource('urgence-lu', 'LU', ALL, { name: 'Urgences', phone: '112', emergency: true, kind: 'police' }),
    resource('cyberaide', 'CA-QC', ALL, { name: 'Cyberaide', phone: '1 866 658 9022' }),
    resource('crise-suicide-988', 'CA-QC', ALL, { name: '988', phone: '988' }),
    resource('urgence-ca', 'CA-QC', ALL, { name: 'Urgences', phone: '911', emergency: true, kind: 'police' }),
  ];
}

/** All ids of resources(): a flow version that serves every country, and names the suicide lines. */
export const ALL_SERVICES = resources().map((r) => r.id);

export function flowVersion(overrides: Partial<HelpFlowVersion> = {}): HelpFlowVersion {
  return {
    title: 'Quelqu’un me menace',
    reassurance: 'Ce n’est pas ta faute.',
    steps: [
      { do: 'Ne paie pas.' },
      { do: 'Signale le compte dans l’appli.' },
      { do: 'Parles-en à un adulte.', why: 'Tu n’es pas seul·e.' },
    ],
    services: [...ALL_SERVICES],
    ...overrides,
  };
}

export function helpFlow(overrides: Partial<HelpFlow> = {}): HelpFlow {
  return {
    order: 1,
    label: 'Chantage',
    'moins-18': flowVersion(),
    adultes: flowVersion(),
    parents: flowVersion(),
    sources: [{ seed: '003' }],
    ...overrides,
  };
}

export function guide(overrides: Partial<Guide> = {}): Guide {
  return {
    title: 'Guide',
    summary: 'Résumé',
    audience: 'parents',
    topics: ['sextorsion'],
    order: 1,
    template: false,
    help: ['child-focus'],
    flow: 'chantage',
    sources: [{ seed: '003' }],
    ...overrides,
  };
}

export function contentSet(): ContentSet {
  return {
    lessons: [
      {
        id: 'fr/ateliers/atelier.mdx',
        filePath: 'workshops/fr/ateliers/atelier.mdx',
        data: lesson(),
        body: 'Texte <HelpLine id="child-focus" />',
      },
    ],
    decks: [
      {
        id: 'fr/atelier.mdx',
        filePath: 'slides/fr/atelier.mdx',
        data: { title: 'Atelier', lesson: 'atelier' },
        body: DECK_BODY,
      },
    ],
    scenarios: [
      {
        id: 'fr/scenarios/histoire.yaml',
        filePath: 'workshops/fr/scenarios/histoire.yaml',
        data: scenario(),
      },
    ],
    quizzes: [{ id: 'fr/quiz/questions.yaml', filePath: 'workshops/fr/quiz/questions.yaml', data: quiz() }],
    guides: [
      {
        id: 'fr/guides/guide.mdx',
        filePath: 'workshops/fr/guides/guide.mdx',
        data: guide(),
        body: '## Que faire ?\n\nParlez-en. <HelpLine id="child-focus" />\n',
      },
    ],
    helpflows: [
      { id: 'fr/aide/chantage.yaml', filePath: 'workshops/fr/aide/chantage.yaml', data: helpFlow() },
    ],
    resources: resources(),
    laws: [
      {
        id: 'fr-chantage',
        data: {
          id: 'fr-chantage',
          country: 'FR',
          plain: 'Le chantage est puni.',
          confirmed: false,
          source: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418179',
          checked,
        },
      },
    ],
    figures: [
      {
        id: 'un-sur-cinq',
        data: {
          id: 'un-sur-cinq',
          text: 'Un jeune sur cinq a reçu une demande.',
          publisher: 'Child Focus',
          source: { seed: '003' },
          checked,
        },
      },
    ],
  };
}
