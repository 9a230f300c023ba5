import { FLOW_AUDIENCES } from '../../schemas/help-flow.ts';
import { findMdxReferences } from '../deck-body.ts';
import { entryFile, entryLocale, findBySlug } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, FOLDERS, type ContentSet } from './context.ts';

/** Ids in a `help:` list that are not in resources.yaml. Pages must never drop one silently. */
export function checkHelpIds(
  set: ContentSet,
  file: string,
  help: readonly string[],
  key = 'help',
): ContentProblem[] {
  const known = new Set(set.resources.map((r) => r.data.id));
  return help.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            file,
            field: `${key}[${i}]`,
            message: `Le service d’aide « ${id} » n’existe pas.`,
            fix: 'Utiliser un id de workshops/data/resources.yaml, ou y ajouter le service avec sa source.',
          },
        ],
  );
}

/** `<HelpLine>`, `<LawRef>`, `<FigureRef>`, `<ScenarioEmbed>` and `<QuizEmbed>` pointing nowhere. */
export function checkBodyReferences(
  set: ContentSet,
  file: string,
  locale: string,
  body: string | undefined,
): ContentProblem[] {
  const dataIds = {
    resources: new Set(set.resources.map((r) => r.data.id)),
    laws: new Set(set.laws.map((l) => l.data.id)),
    figures: new Set(set.figures.map((f) => f.data.id)),
  };
  const problems: ContentProblem[] = [];
  // Stryker disable next-line StringLiteral: a text without any component gives no reference, like ''.
  for (const ref of findMdxReferences(body ?? '')) {
    let exists: boolean;
    if (ref.target === 'scenarios') exists = !!findBySlug(set.scenarios, locale, ref.value);
    else if (ref.target === 'quizzes') exists = !!findBySlug(set.quizzes, locale, ref.value);
    else exists = dataIds[ref.target].has(ref.value);
    if (exists) continue;
    const embed = ref.target === 'scenarios' || ref.target === 'quizzes';
    problems.push({
      file,
      field: `<${ref.component}> ligne ${ref.line}`,
      message: ref.value
        ? `« ${ref.value} » n’existe pas dans ${ref.target}.`
        : `L’attribut ${embed ? 'slug' : 'id'} manque.`,
      fix: embed
        ? `Écrire le nom d’un fichier de workshops/${locale}/${FOLDERS[ref.target as 'scenarios' | 'quizzes']}/ (sans .yaml).`
        : `Écrire un id de workshops/data/${ref.target}.yaml.`,
    });
  }
  return problems;
}

/**
 * Every id a page renders: `help:` lists, MDX references, a guide's flow,
 * a flow's services. An unknown id fails the build instead of vanishing.
 */
export function checkReferences(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of set.lessons) {
    const file = entryFile(lesson, BASES.lessons);
    problems.push(...checkHelpIds(set, file, lesson.data.help));
    problems.push(...checkBodyReferences(set, file, entryLocale(lesson.id), lesson.body));
  }
  for (const deck of set.decks) {
    problems.push(...checkBodyReferences(set, entryFile(deck, BASES.decks), entryLocale(deck.id), deck.body));
  }
  for (const scenario of set.scenarios) {
    problems.push(...checkHelpIds(set, entryFile(scenario, BASES.scenarios), scenario.data.help));
  }
  for (const quiz of set.quizzes) {
    problems.push(...checkHelpIds(set, entryFile(quiz, BASES.quizzes), quiz.data.help));
  }
  for (const guide of set.guides) {
    const file = entryFile(guide, BASES.guides);
    const locale = entryLocale(guide.id);
    problems.push(...checkHelpIds(set, file, guide.data.help));
    const flow = guide.data.flow;
    if (flow && set.helpflows && !findBySlug(set.helpflows, locale, flow)) {
      problems.push({
        file,
        field: 'flow',
        message: `La situation d’aide « ${flow} » n’existe pas.`,
        fix: `Écrire le nom d’un fichier de workshops/${locale}/aide/ (sans .yaml).`,
      });
    }
    problems.push(...checkBodyReferences(set, file, locale, guide.body));
  }
  for (const flow of set.helpflows ?? []) {
    const file = entryFile(flow, BASES.helpflows);
    for (const audience of FLOW_AUDIENCES) {
      problems.push(...checkHelpIds(set, file, flow.data[audience].services, `${audience}.services`));
    }
  }
  return problems;
}
