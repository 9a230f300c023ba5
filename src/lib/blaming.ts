import type { ContentProblem } from './problems.ts';

/**
 * Phrases that put the blame on a victim. Content may quote one only to
 * correct it: inside French guillemets « … » (or "…", “…”), or as a chat
 * message said by a character and marked `quoted: true`. A true/false quiz
 * statement whose answer is "false" is quoted by nature: the quiz corrects it.
 */
/** Word boundaries that understand accented letters (\\b does not: "dû" ends in a non-ASCII letter). */
const word = (source: string) => new RegExp(`(?<!\\p{L})${source}(?!\\p{L})`, 'giu');

export const BLAMING_PATTERNS: readonly RegExp[] = [
  word(String.raw`(?:tu\s+)?n['’]aurai[st]\s+(?:jamais\s+)?pas\s+d[uû]`),
  word(String.raw`t['’]aurais\s+(?:pas\s+)?d[uû]`),
  word(String.raw`(?:tu|il|elle|iel)\s+aurai[st]\s+d[uû]`),
  word(String.raw`(?:il|elle|iel)\s+n['’]aurait\s+pas\s+d[uû]`),
  word(
    String.raw`c['’]est\s+(?:un\s+peu\s+|en\s+partie\s+|quand\s+m[êe]me\s+|aussi\s+)?(?:de\s+)?(?:ta|sa|votre|leur)\s+faute`,
  ),
  word(String.raw`(?:il|elle|iel|tu)\s+l['’]as?\s+(?:bien\s+)?cherch[ée]e?`),
  word(String.raw`fallait\s+(?:pas|r[ée]fl[ée]chir|faire\s+gaffe)`),
  word(String.raw`(?:il|elle|iel|t['’])\s*avai[st]\s+qu['’][àa]`),
  word(String.raw`c['’]est\s+bien\s+fait\s+pour\s+(?:toi|elle|lui|eux)`),
  word(String.raw`tant\s+pis\s+pour\s+(?:toi|elle|lui)`),
  word(String.raw`pourquoi\s+(?:tu\s+as|as-tu)\s+envoy[ée]`),
];

const QUOTES: readonly [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

/** Spans of text between opening and closing quotation marks. */
function quotedSpans(text: string): [number, number][] {
  // Stryker disable next-line ArrayDeclaration: a string in the list reads as the span of its first two letters, and a number compared with a letter is always false: it holds nothing, like no span.
  const spans: [number, number][] = [];
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      spans.push([start, end]);
      from = end + 1;
    }
  }
  return spans;
}

/**
 * Phrases matched by the patterns that are not inside quotation marks, in text
 * order. Where two patterns match overlapping text ("Elle n’aurait pas dû" and
 * "n’aurait pas dû"), the longer match is kept: one phrase, one problem.
 */
export function findPhrases(text: string, patterns: readonly RegExp[]): string[] {
  const spans = quotedSpans(text);
  const found: { at: number; end: number; phrase: string }[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      if (spans.some(([a, b]) => at > a && at < b)) continue;
      const i = found.findIndex((f) => at < f.end && end > f.at);
      if (i === -1) found.push({ at, end, phrase: m[0] });
      else if (end - at > found[i]!.end - found[i]!.at) found[i] = { at, end, phrase: m[0] };
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.phrase);
}

/** Victim-blaming phrases in a text that are not inside quotation marks. */
export function findBlaming(text: string): string[] {
  return findPhrases(text, BLAMING_PATTERNS);
}

/**
 * Walks every text of an entry (data and MDX body) and reports unquoted
 * victim-blaming phrases, naming the field they are in.
 */
export function lintBlaming(data: unknown, body: string | undefined, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, text: string) => {
    for (const phrase of findBlaming(text)) {
      problems.push({
        file,
        field,
        message: `Phrase qui fait porter la faute à la victime : « ${phrase} ».`,
        fix: 'La reformuler. Si un personnage la dit pour que le débriefing la corrige : la mettre entre « » ou, dans une conversation, ajouter quoted: true au message.',
      });
    }
  };
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') return report(path, value);
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A character's line marked as quoted, to be corrected in the debrief.
      if (record['quoted'] === true && typeof record['text'] === 'string') return;
      for (const [key, v] of Object.entries(record)) {
        // A false statement in a true/false quiz is there to be corrected.
        if (key === 'prompt' && record['kind'] === 'truefalse' && record['answer'] === false) continue;
        walk(v, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, '');
  if (body) {
    body.split('\n').forEach((line, i) => report(`ligne ${i + 1} du texte`, line));
  }
  return problems;
}
