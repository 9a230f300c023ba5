/**
 * A small, valid ContentSet built in code. Each test breaks one thing and
 * checks that the cross-checks name the file, the field and the fix.
 */
import type { ContentSet } from '../../src/lib/content-checks.ts';
import type { Lesson } from '../../src/schemas/lesson.ts';
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

export function contentSet(): ContentSet {
  const checked = new Date('2026-11-23');
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
    guides: [],
    resources: [
      {
        id: 'child-focus',
        data: {
          id: 'child-focus',
          country: 'BE',
          name: 'Child Focus',
          kind: 'ecoute',
          phone: '116 000',
          audiences: ['moins-18'],
          purpose: 'Aide',
          source: 'https://www.childfocus.be',
          checked,
        },
      },
    ],
    laws: [],
    figures: [],
  };
}
