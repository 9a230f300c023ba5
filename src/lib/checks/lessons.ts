import type { Lesson } from '../../schemas/lesson.ts';
import { outlineDeck } from '../deck-body.ts';
import { entryFile, entryLocale, entrySlug, findBySlug, type EntryLike } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, type ContentSet } from './context.ts';

/** Two lessons of one locale with the same programme number. */
export function checkLessonNumbers(lessons: readonly EntryLike<Lesson>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const numbers = new Map<string, string>();
  for (const lesson of lessons) {
    const file = entryFile(lesson, BASES.lessons);
    const key = `${entryLocale(lesson.id)}:${lesson.data.number}`;
    const other = numbers.get(key);
    if (other) {
      problems.push({
        file,
        field: 'number',
        message: `Le numéro ${lesson.data.number} est déjà celui de ${other}.`,
        fix: 'Donner à chaque atelier le numéro de sa ligne dans le programme.',
      });
    }
    numbers.set(key, file);
  }
  return problems;
}

/** The step minutes make the lesson's duration. */
export function checkLessonMinutes(lesson: Lesson, file: string): ContentProblem[] {
  const total = lesson.steps.reduce((sum, s) => sum + s.minutes, 0);
  if (total === lesson.duration) return [];
  return [
    {
      file,
      field: 'steps[].minutes',
      message: `Les étapes durent ${total} minutes au total, mais duration vaut ${lesson.duration}.`,
      fix: `Ajuster les minutes des étapes ou écrire duration: ${total}.`,
    },
  ];
}

/** One deck per lesson, steps pointing to existing scenarios, quizzes and slides, a scenario and a quiz step. */
export function checkLessonSteps(set: ContentSet, lesson: EntryLike<Lesson>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = entryFile(lesson, BASES.lessons);
  const locale = entryLocale(lesson.id);
  const slug = entrySlug(lesson.id);
  const { steps } = lesson.data;

  const decks = set.decks.filter((d) => entryLocale(d.id) === locale && d.data.lesson === slug);
  if (decks.length === 0) {
    problems.push({
      file,
      field: 'présentation',
      message: 'Cet atelier n’a pas de présentation.',
      fix: `Créer slides/${locale}/${slug}.mdx avec lesson: ${slug} dans son en-tête.`,
    });
  } else if (decks.length > 1) {
    problems.push({
      file,
      field: 'présentation',
      message: `Plusieurs présentations pointent vers cet atelier : ${decks.map((d) => entryFile(d, BASES.decks)).join(', ')}.`,
      fix: 'Garder une seule présentation par atelier.',
    });
  }
  const deck = decks[0];
  // Stryker disable next-line StringLiteral: a text without any <Slide> tag gives no slide id, like ''.
  const slideIds = new Set(outlineDeck(deck?.body ?? '').slides.flatMap((s) => (s.id ? [s.id] : [])));

  steps.forEach((step, i) => {
    if (step.scenario && !findBySlug(set.scenarios, locale, step.scenario)) {
      problems.push({
        file,
        field: `steps[${i}].scenario`,
        message: `Le scénario « ${step.scenario} » n’existe pas.`,
        fix: `Créer workshops/${locale}/scenarios/${step.scenario}.yaml ou corriger le nom.`,
      });
    }
    if (step.quiz && !findBySlug(set.quizzes, locale, step.quiz)) {
      problems.push({
        file,
        field: `steps[${i}].quiz`,
        message: `Le quiz « ${step.quiz} » n’existe pas.`,
        fix: `Créer workshops/${locale}/quiz/${step.quiz}.yaml ou corriger le nom.`,
      });
    }
    if (step.slide && deck && !slideIds.has(step.slide)) {
      problems.push({
        file,
        field: `steps[${i}].slide`,
        message: `La diapositive « ${step.slide} » n’existe pas dans ${entryFile(deck, BASES.decks)}.`,
        fix: `Utiliser l’id d’un <Slide id="…"> de la présentation (${[...slideIds].join(', ') || 'aucun id'}).`,
      });
    }
  });
  if (!steps.some((s) => s.scenario)) {
    problems.push({
      file,
      field: 'steps[].scenario',
      message: 'Aucune étape ne propose de scénario « Et si… ».',
      fix: 'Ajouter scenario: <nom> à l’étape où la classe joue le scénario.',
    });
  }
  if (!steps.some((s) => s.quiz)) {
    problems.push({
      file,
      field: 'steps[].quiz',
      message: 'Aucune étape ne propose de quiz.',
      fix: 'Ajouter quiz: <nom> à l’étape où la classe fait le quiz.',
    });
  }
  return problems;
}

export function checkLessons(set: ContentSet): ContentProblem[] {
  return [
    ...checkLessonNumbers(set.lessons),
    ...set.lessons.flatMap((lesson) => [
      ...checkLessonMinutes(lesson.data, entryFile(lesson, BASES.lessons)),
      ...checkLessonSteps(set, lesson),
    ]),
  ];
}
