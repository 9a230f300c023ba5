import type { Deck } from '../schemas/deck.ts';
import type { Guide } from '../schemas/guide.ts';
import { FLOW_AUDIENCES, type HelpFlow } from '../schemas/help-flow.ts';
import type { Figure, Law } from '../schemas/law.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Resource } from '../schemas/resource.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { outlineDeck, findMdxReferences } from './deck-body.ts';
import { entryFile, entryLocale, entrySlug, findBySlug, type EntryLike } from './entries.ts';
import type { ContentProblem } from './problems.ts';
import { lintBlaming } from './blaming.ts';
import { checkQuiz } from './quiz.ts';
import { checkScenarioGraph } from './scenario-graph.ts';

/** Everything the site is built from, as loaded by Astro or read from disk by the tests. */
export interface ContentSet {
  lessons: EntryLike<Lesson>[];
  decks: EntryLike<Deck>[];
  scenarios: EntryLike<Scenario>[];
  quizzes: EntryLike<Quiz>[];
  guides: EntryLike<Guide>[];
  helpflows?: EntryLike<HelpFlow>[];
  resources: EntryLike<Resource>[];
  laws: EntryLike<Law>[];
  figures: EntryLike<Figure>[];
}

const BASES = {
  lessons: 'workshops',
  decks: 'slides',
  scenarios: 'workshops',
  quizzes: 'workshops',
  guides: 'workshops',
} as const;

const FOLDERS = {
  scenarios: 'scenarios',
  quizzes: 'quiz',
} as const;

/**
 * Checks what Zod cannot see: references between entries, slugs, timings,
 * deck structure and scenario graphs. Returns every problem, so a writer can
 * fix them all in one pass.
 */
export function checkContent(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const resourceIds = new Set(set.resources.map((r) => r.data.id));
  const dataIds = {
    resources: resourceIds,
    laws: new Set(set.laws.map((l) => l.data.id)),
    figures: new Set(set.figures.map((f) => f.data.id)),
  };

  // Slugs unique per collection and locale (two files with one name in different folders).
  for (const key of ['lessons', 'decks', 'scenarios', 'quizzes', 'guides'] as const) {
    const seen = new Map<string, string>();
    for (const entry of set[key] as EntryLike<unknown>[]) {
      const file = entryFile(entry, BASES[key]);
      const k = `${entryLocale(entry.id)}/${entrySlug(entry.id)}`;
      const other = seen.get(k);
      if (other) {
        problems.push({
          file,
          field: 'nom du fichier',
          message: `L’identifiant « ${entrySlug(entry.id)} » est déjà pris par ${other}.`,
          fix: 'Renommer l’un des deux fichiers : le nom du fichier devient l’adresse de la page.',
        });
      } else {
        seen.set(k, file);
      }
    }
  }

  const checkHelp = (file: string, help: readonly string[]) =>
    help.forEach((id, i) => {
      if (!resourceIds.has(id)) {
        problems.push({
          file,
          field: `help[${i}]`,
          message: `Le service d’aide « ${id} » n’existe pas.`,
          fix: 'Utiliser un id de workshops/data/resources.yaml, ou y ajouter le service avec sa source.',
        });
      }
    });

  const checkBodyRefs = (file: string, locale: string, body: string | undefined) => {
    for (const ref of findMdxReferences(body ?? '')) {
      const field = `<${ref.component}> ligne ${ref.line}`;
      let exists: boolean;
      if (ref.target === 'scenarios') exists = !!findBySlug(set.scenarios, locale, ref.value);
      else if (ref.target === 'quizzes') exists = !!findBySlug(set.quizzes, locale, ref.value);
      else exists = dataIds[ref.target].has(ref.value);
      if (!exists) {
        problems.push({
          file,
          field,
          message: ref.value
            ? `« ${ref.value} » n’existe pas dans ${ref.target}.`
            : `L’attribut ${ref.component === 'ScenarioEmbed' || ref.component === 'QuizEmbed' ? 'slug' : 'id'} manque.`,
          fix:
            ref.target === 'scenarios' || ref.target === 'quizzes'
              ? `Écrire le nom d’un fichier de workshops/${locale}/${FOLDERS[ref.target]}/ (sans .yaml).`
              : `Écrire un id de workshops/data/${ref.target}.yaml.`,
        });
      }
    }
  };

  // Lessons.
  const numbers = new Map<string, string>();
  for (const lesson of set.lessons) {
    const file = entryFile(lesson, BASES.lessons);
    const locale = entryLocale(lesson.id);
    const slug = entrySlug(lesson.id);
    const { data } = lesson;

    const numberKey = `${locale}:${data.number}`;
    const other = numbers.get(numberKey);
    if (other) {
      problems.push({
        file,
        field: 'number',
        message: `Le numéro ${data.number} est déjà celui de ${other}.`,
        fix: 'Donner à chaque atelier le numéro de sa ligne dans le programme.',
      });
    }
    numbers.set(numberKey, file);

    const total = data.steps.reduce((sum, s) => sum + s.minutes, 0);
    if (total !== data.duration) {
      problems.push({
        file,
        field: 'steps[].minutes',
        message: `Les étapes durent ${total} minutes au total, mais duration vaut ${data.duration}.`,
        fix: `Ajuster les minutes des étapes ou écrire duration: ${total}.`,
      });
    }

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
    const slideIds = new Set(
      decks[0] ? outlineDeck(decks[0].body ?? '').slides.flatMap((s) => (s.id ? [s.id] : [])) : [],
    );

    data.steps.forEach((step, i) => {
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
      if (step.slide && decks[0] && !slideIds.has(step.slide)) {
        problems.push({
          file,
          field: `steps[${i}].slide`,
          message: `La diapositive « ${step.slide} » n’existe pas dans ${entryFile(decks[0], BASES.decks)}.`,
          fix: `Utiliser l’id d’un <Slide id="…"> de la présentation (${[...slideIds].join(', ') || 'aucun id'}).`,
        });
      }
    });
    if (!data.steps.some((s) => s.scenario)) {
      problems.push({
        file,
        field: 'steps[].scenario',
        message: 'Aucune étape ne propose de scénario « Et si… ».',
        fix: 'Ajouter scenario: <nom> à l’étape où la classe joue le scénario.',
      });
    }
    if (!data.steps.some((s) => s.quiz)) {
      problems.push({
        file,
        field: 'steps[].quiz',
        message: 'Aucune étape ne propose de quiz.',
        fix: 'Ajouter quiz: <nom> à l’étape où la classe fait le quiz.',
      });
    }
    checkHelp(file, data.help);
    checkBodyRefs(file, locale, lesson.body);
  }

  // Decks.
  for (const deck of set.decks) {
    const file = entryFile(deck, BASES.decks);
    const locale = entryLocale(deck.id);
    if (!findBySlug(set.lessons, locale, deck.data.lesson)) {
      problems.push({
        file,
        field: 'lesson',
        message: `L’atelier « ${deck.data.lesson} » n’existe pas.`,
        fix: `Écrire le nom d’un fichier de workshops/${locale}/ateliers/ (sans .mdx).`,
      });
    }
    const outline = outlineDeck(deck.body ?? '');
    if (outline.slides.length === 0) {
      problems.push({
        file,
        field: 'contenu',
        message: 'La présentation ne contient aucune diapositive.',
        fix: 'Écrire les diapositives entre <Slide title="…"> et </Slide>.',
      });
    }
    const ids = new Set<string>();
    for (const slide of outline.slides) {
      const where = `diapositive ${slide.number} (ligne ${slide.line})`;
      if (!slide.hasNotes) {
        problems.push({
          file,
          field: where,
          message: 'Cette diapositive n’a pas de notes pour l’intervenant.',
          fix: 'Ajouter <Notes> … </Notes> dans la diapositive, en quelques puces.',
        });
      }
      if (slide.id) {
        if (ids.has(slide.id)) {
          problems.push({
            file,
            field: where,
            message: `L’id « ${slide.id} » est utilisé par deux diapositives.`,
            fix: 'Donner un id différent à chaque diapositive.',
          });
        }
        ids.add(slide.id);
      }
    }
    if (outline.slides.length > 0 && !outline.endsWithHelp) {
      problems.push({
        file,
        field: 'dernière diapositive',
        message: 'La présentation ne se termine pas par la diapositive d’aide.',
        fix: 'Terminer le fichier par <HelpSlide />.',
      });
    }
    for (const text of outline.strayText) {
      problems.push({
        file,
        field: 'contenu',
        message: `Du texte est en dehors de toute diapositive : « ${text.slice(0, 60)}… ».`,
        fix: 'Le placer entre <Slide …> et </Slide>, ou le supprimer.',
      });
    }
    checkBodyRefs(file, locale, deck.body);
  }

  for (const scenario of set.scenarios) {
    const file = entryFile(scenario, BASES.scenarios);
    problems.push(...checkScenarioGraph(scenario.data, file));
    checkHelp(file, scenario.data.help);
  }
  for (const quiz of set.quizzes) {
    const file = entryFile(quiz, BASES.quizzes);
    problems.push(...checkQuiz(quiz.data, file));
    checkHelp(file, quiz.data.help);
  }
  for (const guide of set.guides) {
    const file = entryFile(guide, BASES.guides);
    checkHelp(file, guide.data.help);
    const flow = guide.data.flow;
    if (flow && set.helpflows && !findBySlug(set.helpflows, entryLocale(guide.id), flow)) {
      problems.push({
        file,
        field: 'flow',
        message: `La situation d’aide « ${flow} » n’existe pas.`,
        fix: `Écrire le nom d’un fichier de workshops/${entryLocale(guide.id)}/aide/ (sans .yaml).`,
      });
    }
    checkBodyRefs(file, entryLocale(guide.id), guide.body);
  }

  // Help flows: every service exists, and each version offers help in Belgium and in France.
  for (const flow of set.helpflows ?? []) {
    const file = entryFile(flow, 'workshops');
    for (const audience of FLOW_AUDIENCES) {
      const ids = flow.data[audience].services;
      ids.forEach((id, i) => {
        if (!resourceIds.has(id)) {
          problems.push({
            file,
            field: `${audience}.services[${i}]`,
            message: `Le service d’aide « ${id} » n’existe pas.`,
            fix: 'Utiliser un id de workshops/data/resources.yaml.',
          });
        }
      });
      for (const country of ['BE', 'FR']) {
        if (!ids.some((id) => set.resources.find((r) => r.data.id === id)?.data.country === country)) {
          problems.push({
            file,
            field: `${audience}.services`,
            message: `Aucun service de ${country === 'BE' ? 'Belgique' : 'France'} pour ce public.`,
            fix: `Ajouter au moins un service de ${country} (par exemple ${country === 'BE' ? 'child-focus ou police-be' : 'e-enfance-3018 ou police-fr'}).`,
          });
        }
      }
    }
    problems.push(...lintBlaming(flow.data, undefined, file));
  }

  // Words that blame victims, wherever they are written.
  for (const key of ['lessons', 'decks', 'scenarios', 'quizzes', 'guides'] as const) {
    for (const entry of set[key] as EntryLike<unknown>[]) {
      problems.push(...lintBlaming(entry.data, entry.body, entryFile(entry, BASES[key])));
    }
  }
  return problems;
}
