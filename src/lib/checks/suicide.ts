import { FLOW_AUDIENCES } from '../../schemas/help-flow.ts';
import { findMdxReferences, outlineDeck } from '../deck-body.ts';
import type { CountryId } from '../countries.ts';
import { entryFile } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, type ContentSet } from './context.ts';
import { OFFERED_COUNTRIES } from './help-flows.ts';
import { dataUnits } from './texts.ts';

/** Words that name suicide or dark thoughts. */
const SUICIDE = new RegExp(
  String.raw`(?<!\p{L})(?:suicid\p{L}*|idées?\s+noires?|pensées?\s+sombres?|envie\s+de\s+mourir|en\s+finir(?!\s+avec)|mettre\s+fin\s+à\s+(?:ses|tes|mes|leurs|vos|nos)\s+jours|se\s+tuer|te\s+tuer|me\s+tuer)(?!\p{L})`,
  'iu',
);

/** Does this text name suicide or dark thoughts? */
export function namesSuicide(text: string): boolean {
  return SUICIDE.test(text);
}

/** Each country's suicide-prevention line and emergency number, as ids of resources.yaml. */
export const CRISIS_LINES: Record<Exclude<CountryId, 'intl'>, { suicide?: string; emergency: string }> = {
  BE: { suicide: 'prevention-suicide-be', emergency: 'urgence-be' },
  FR: { suicide: 'prevention-suicide-fr', emergency: 'urgence-fr' },
  CH: { emergency: 'urgence-ch' },
  LU: { emergency: 'urgence-lu' },
  'CA-QC': { suicide: 'crise-suicide-988', emergency: 'urgence-ca' },
};

/** Pages, slides and quizzes serve Belgium and France. */
const PAGE_COUNTRIES = ['BE', 'FR'] as const;

/** The ids required where suicide is named, for these countries; lines the data lacks are skipped for other countries than BE/FR. */
export function requiredLines(
  countries: readonly (keyof typeof CRISIS_LINES)[],
  known: ReadonlySet<string>,
): string[] {
  return countries.flatMap((c) => {
    const { suicide, emergency } = CRISIS_LINES[c];
    // Stryker disable next-line MethodExpression: only CH and LU lack a suicide line, and for them the known-ids filter below drops undefined too.
    const ids = [suicide, emergency].filter((id): id is string => !!id);
    return c === 'BE' || c === 'FR' ? ids : ids.filter((id) => known.has(id));
  });
}

function problem(file: string, field: string, missing: readonly string[], where: string): ContentProblem {
  return {
    file,
    field,
    message: `Le suicide ou les idées noires sont nommés, mais ${where} ne montre pas : ${missing.join(', ')}.`,
    fix:
      where === 'la diapositive'
        ? `Ajouter sur la même diapositive ${missing.map((id) => `<HelpLine id="${id}" />`).join(' ')}.`
        : `Ajouter ${missing.join(', ')} à la liste help: (ou <HelpLine id="…" /> dans le texte).`,
  };
}

const helpLinesIn = (body: string) =>
  new Set(
    findMdxReferences(body)
      .filter((r) => r.component === 'HelpLine')
      .map((r) => r.value),
  );

/**
 * Where suicide or dark thoughts are named, the suicide-prevention lines and
 * emergency numbers of the countries served are shown: lessons, scenarios,
 * quizzes and guides in help: or the body; a deck on the same slide; a help
 * flow version in its services, for every country its picker offers (its
 * pages add their country's emergency numbers themselves).
 */
export function checkSuicideLines(set: ContentSet): ContentProblem[] {
  const known = new Set(set.resources.map((r) => r.data.id));
  const pageLines = requiredLines(PAGE_COUNTRIES, known);
  const problems: ContentProblem[] = [];
  const pages = [
    ...set.lessons.map((e) => ({ e, base: BASES.lessons })),
    ...set.scenarios.map((e) => ({ e, base: BASES.scenarios })),
    ...set.quizzes.map((e) => ({ e, base: BASES.quizzes })),
    ...set.guides.map((e) => ({ e, base: BASES.guides })),
  ];
  for (const { e, base } of pages) {
    const data = e.data as { help: readonly string[] };
    // Stryker disable next-line StringLiteral: for an entry without body, any text that names no suicide and no help line gives the same result as ''.
    const texts = [...dataUnits(e.data).map((u) => u.text), e.body ?? ''];
    if (!texts.some(namesSuicide)) continue;
    // Stryker disable next-line StringLiteral: for an entry without body, any text that names no suicide and no help line gives the same result as ''.
    const shown = new Set([...data.help, ...helpLinesIn(e.body ?? '')]);
    const missing = pageLines.filter((id) => !shown.has(id));
    if (missing.length > 0) problems.push(problem(entryFile(e, base), 'help', missing, 'la page'));
  }
  for (const deck of set.decks) {
    // Stryker disable next-line StringLiteral: a text without any <Slide> tag gives no slide, like ''.
    for (const slide of outlineDeck(deck.body ?? '').slides) {
      // Stryker disable next-line StringLiteral: a missing title read as any text that names no suicide gives the same answer as ''.
      const title = slide.title ?? '';
      // Stryker disable next-line StringLiteral: the notes replaced by any text that names no suicide give the same answer as ''.
      const shownText = slide.inner.replace(/<Notes\b[\s\S]*?<\/Notes>/g, '');
      if (!namesSuicide(`${title}\n${shownText}`)) continue;
      const shown = helpLinesIn(slide.inner);
      const missing = pageLines.filter((id) => !shown.has(id));
      if (missing.length > 0) {
        problems.push(
          problem(
            entryFile(deck, BASES.decks),
            `diapositive ${slide.number} (ligne ${slide.line})`,
            missing,
            'la diapositive',
          ),
        );
      }
    }
  }
  // A help page always shows its country's emergency numbers, read from the data
  // (see help-services.ts): a flow lists only the suicide-prevention lines.
  const emergencies = new Set(Object.values(CRISIS_LINES).map((l) => l.emergency));
  const flowLines = requiredLines(OFFERED_COUNTRIES, known).filter((id) => !emergencies.has(id));
  for (const flow of set.helpflows ?? []) {
    for (const audience of FLOW_AUDIENCES) {
      const version = flow.data[audience];
      if (!dataUnits(version).some((u) => namesSuicide(u.text))) continue;
      const missing = flowLines.filter((id) => !version.services.includes(id));
      if (missing.length > 0) {
        problems.push({
          ...problem(entryFile(flow, BASES.helpflows), `${audience}.services`, missing, 'ce parcours'),
          fix: `Ajouter ${missing.join(', ')} à ${audience}.services.`,
        });
      }
    }
  }
  return problems;
}
