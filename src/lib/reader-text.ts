/**
 * Working notes that must never reach a reader ("à vérifier", "nos données ne contiennent pas
 * encore"…). Data shown to the public is checked against them at build time.
 */
const INTERNAL_NOTES: readonly RegExp[] = [
  /à vérifier/i,
  /vérifier avant/i,
  /non confirmée?s?/i,
  /nos données/i,
  /\bTODO\b/,
  /\bTBD\b/,
];

/** The first working note found in `text`, or undefined when the text is fit for readers. */
export function findInternalNote(text: string): string | undefined {
  for (const pattern of INTERNAL_NOTES) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
