/**
 * French typography on built HTML: a non-breaking space before « : ; ! ? »
 * and inside guillemets, so "Est-ce du consentement ?" never breaks before
 * its question mark. Only text between tags changes; scripts, styles, code
 * and attribute values are left alone.
 */
const SKIP = /<(script|style|pre|code|textarea)\b[\s\S]*?<\/\1>/gi;
const NNBSP = '\u202f';
const NBSP = '\u00a0';

function fixText(text: string): string {
  return text
    .replace(/ ([!?;])/g, `${NNBSP}$1`)
    .replace(/ :(?=\s|$|<|&)/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

export function frenchSpacing(html: string): string {
  // Stryker disable next-line ArrayDeclaration: each placeholder holds the index its block was pushed at, so a leading element only shifts the numbers
  const kept: string[] = [];
  const masked = html.replace(SKIP, (block) => {
    kept.push(block);
    return `\u0000${kept.length - 1}\u0000`;
  });
  const fixed = masked.replace(/>([^<]+)</g, (_, text: string) => `>${fixText(text)}<`);
  return fixed.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
}
