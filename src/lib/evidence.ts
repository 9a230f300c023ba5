/** True when a text speaks of evidence (preuves, captures): the evidence rule then goes with it. */
export function mentionsEvidence(texts: readonly string[]): boolean {
  return texts.some((text) => /preuve|captur|capture d.écran/i.test(text));
}
