import { monthsBetween } from './format.ts';

/** A fact whose check date is older than the limit: the build warns, it does not fail. */
export interface StaleFact {
  file: string;
  id: string;
  checked: Date;
  months: number;
}

export function staleFacts(
  facts: readonly { file: string; id: string; checked: Date }[],
  today: Date,
  limitMonths = 12,
): StaleFact[] {
  return facts
    .map((f) => ({ ...f, months: monthsBetween(f.checked, today) }))
    .filter((f) => f.months > limitMonths);
}

export function formatStale(stale: readonly StaleFact[]): string {
  return stale
    .map(
      (s) =>
        `⚠ ${s.file} › ${s.id} : vérifié il y a ${s.months} mois ; revérifier à la source et mettre à jour checked.`,
    )
    .join('\n');
}
