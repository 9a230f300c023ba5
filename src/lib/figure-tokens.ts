/**
 * Figures in quiz and scenario text come from workshops/data/figures.yaml, never typed by hand:
 * a writer puts `{{figure:id}}` in any text field and the build replaces it with the figure's
 * sentence and who published it. An unknown id is a content problem naming file and field.
 */
import type { ContentProblem } from './problems.ts';

export interface FigureText {
  id: string;
  text: string;
  publisher: string;
}

const TOKEN = /\{\{\s*figure:([^}\s]*)\s*\}\}/g;

/** Every `{{figure:id}}` in a value (deep), with the field path where it was found. */
export function findFigureTokens(value: unknown, path = ''): { field: string; id: string }[] {
  if (typeof value === 'string')
    // Stryker disable next-line StringLiteral: the id group always takes part in a match (at worst ""), so the default is never used.
    return [...value.matchAll(TOKEN)].map((m) => ({ field: path, id: m[1] ?? '' }));
  if (Array.isArray(value)) return value.flatMap((v, i) => findFigureTokens(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => findFigureTokens(v, path ? `${path}.${k}` : k));
  return [];
}

/** One problem per token whose id is not in figures.yaml. */
export function checkFigureTokens(
  entries: readonly { file: string; data: unknown }[],
  figures: readonly FigureText[],
): ContentProblem[] {
  const known = new Set(figures.map((f) => f.id));
  return entries.flatMap(({ file, data }) =>
    findFigureTokens(data)
      .filter((t) => !known.has(t.id))
      .map((t) => ({
        file,
        field: t.field,
        message: `Le chiffre « ${t.id} » n'existe pas dans workshops/data/figures.yaml.`,
        fix: `Écrire {{figure:<id>}} avec un id de figures.yaml (${[...known].join(', ')}), ou y ajouter le chiffre avec sa source.`,
      })),
  );
}

/** The figure as readers see it: its sentence, then who published it. */
export function figureSentence(figure: FigureText): string {
  return `${figure.text} (${figure.publisher})`;
}

/** A copy of `value` with every token replaced by its figure; unknown ids are left for the check. */
export function resolveFigureTokens<T>(value: T, figures: readonly FigureText[]): T {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.replace(TOKEN, (token, id: string) => {
        const figure = byId.get(id);
        return figure ? figureSentence(figure) : token;
      });
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && !(v instanceof Date))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
