import type { ContentProblem } from '../problems.ts';
import { writtenEntries, type ContentSet } from './context.ts';
import { entryUnits, type TextUnit } from './texts.ts';

const L = String.raw`(?<!\p{L})`;
const R = String.raw`(?!\p{L})`;
const re = (source: string) => new RegExp(`${L}(?:${source})${R}`, 'iu');
const reAll = (source: string) => new RegExp(`${L}(?:${source})${R}`, 'giu');

/** Telling someone to capture or keep evidence. */
const CAPTURE = reAll(
  [
    String.raw`captur\p{L}*`,
    String.raw`screenshot\p{L}*`,
    String.raw`copies?\s+d['’]écran`,
    String.raw`(?:garde|gardez|garder|conserve|conservez|conserver|sauvegarde|sauvegardez|sauvegarder)\s+(?:des|les|la|une|toutes?\s+les|tous\s+les)?\s*(?:preuves?|messages?|conversations?|traces?)`,
  ].join('|'),
);

/** Negated forms ("ne la capture pas", "sans capturer") are the rule itself, not an instruction. */
const NEGATED_CAPTURE = re(
  [
    String.raw`ne\s+(?:(?:la|le|les|l['’])\s*)?(?:jamais\s+)?captur\p{L}*\s+(?:pas|jamais|rien)`,
    String.raw`ne\s+(?:pas|jamais)\s+(?:la\s+|le\s+|les\s+|l['’])?captur\p{L}*`,
    String.raw`sans\s+(?:la\s+|le\s+|les\s+|l['’])?captur\p{L}*`,
    String.raw`ni\s+(?:la\s+|le\s+|les\s+|l['’])?captur\p{L}*`,
    String.raw`ne\s+se\s+captur\p{L}*`,
    String.raw`(?:ni|pas)\s+de\s+captur\p{L}*`,
    String.raw`ne\s+(?:doi\p{L}*|dev\p{L}*|faut)\s+(?:pas\s+|jamais\s+)?(?:la\s+|le\s+|les\s+|l['’])?captur\p{L}*`,
    String.raw`captur[ée]e?s?\s+par`,
    String.raw`n['’]en\s+\p{L}+\s+(?:pas|jamais)\s+de\s+captur\p{L}*`,
  ].join('|'),
);

/** The "not the image" rule, stated next to the instruction. */
const IMAGE_RULE = re(
  [
    String.raw`(?:pas|jamais|sauf|ni|sans)\s+(?:de\s+|d['’]\s*|à\s+voir\s+|une\s+copie\s+de\s+|un\s+|une\s+|aucune?\s+|des\s+)?(?:l['’]\s*|la\s+|les\s+|leurs?\s+|tes\s+|ses\s+|vos\s+)?(?:image|photo|vidéo|nude)s?`,
    String.raw`(?:l['’]image|la\s+photo|la\s+vidéo)\s+elle-même`,
    String.raw`(?:aucune|ni\s+de)\s+(?:capture|copie)\s+d[e']\s*(?:l['’]\s*|la\s+)?(?:image|photo|vidéo)`,
    String.raw`(?:pas|jamais|ni|sans)\s+de\s+capture\s+d[e']\s*(?:l['’]\s*|la\s+)?(?:image|photo|vidéo)`,
    String.raw`(?:image|photo|vidéo)s?,?\s+(?:on\s+)?ne\s+(?:la|les|l['’])\s*\p{L}+\s+jamais`,
    String.raw`sans\s+(?:capturer|garder|copier|enregistrer|montrer)\s+(?:l['’]\s*|la\s+|les\s+)?(?:image|photo|vidéo)s?`,
    String.raw`(?:image|photo|vidéo)s?\s+(?:elle-même|elles-mêmes|intimes?)?\s*(?:jamais|exclue?s?)`,
  ].join('|'),
);

const EVIDENCE_COMPONENT = /<EvidenceRule\b/;

/** Deleting a received image, photo, video or message. */
const DELETE = re(
  [
    String.raw`(?:supprime|supprimez|supprimer|efface|effacez|effacer)\s+(?:tout\s+|toutes?\s+)?(?:la|le|les|l['’]|ce|cette|ces|ton|ta|tes)\s*(?:image|photo|vidéo|message|conversation|discussion|fichier)s?`,
    String.raw`(?:supprime|supprimez|efface|effacez)-(?:la|le|les)`,
  ].join('|'),
);
const NEGATED_DELETE = re(
  String.raw`(?:ne|n['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:supprime|supprimez|efface|effacez)\p{L}*\s+(?:pas|rien|jamais)|ne\s+(?:(?:faut|dois|doit|devez)\s+)?(?:pas|jamais|rien)\s+(?:la\s+|le\s+|les\s+|l['’])?(?:supprimer|effacer)|sans\s+(?:la\s+|le\s+|les\s+)?(?:supprimer|effacer)|avant\s+de\s+(?:la\s+|le\s+|les\s+|l['’])?(?:supprimer|effacer)`,
);
/** Reporting or taking advice first makes deleting safe. */
const REPORT = re(String.raw`signal\p{L}*|plainte|police|ligne\s+d['’]aide`);
/** "…comme ils te le conseillent", "après l'avoir signalée": deleting on advice, after reporting. */
const ON_ADVICE = re(
  String.raw`comme\s+(?:ils|elles|on)\s+(?:te|vous)\s+(?:le\s+)?conseill\p{L}*|après\s+(?:l['’]avoir|avoir)\s+signal\p{L}*`,
);

/** True when a text asks to capture or keep evidence without saying the image itself is never captured. */
// Stryker disable next-line StringLiteral: a default context without <EvidenceRule gives the same answer as ''.
export function asksCaptureWithoutRule(text: string, context = ''): boolean {
  const asks = [...text.matchAll(CAPTURE)].some((m) => {
    const around = text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 12);
    return !NEGATED_CAPTURE.test(around);
  });
  return (
    asks && !IMAGE_RULE.test(text) && !EVIDENCE_COMPONENT.test(text) && !EVIDENCE_COMPONENT.test(context)
  );
}

/** True when a step deletes an image or message, and neither it nor an earlier step reports first. */
// Stryker disable next-line ArrayDeclaration: a default earlier step that reports nothing gives the same answer as none.
export function deletesBeforeReport(step: string, earlierSteps: readonly string[] = []): boolean {
  const match = DELETE.exec(step);
  if (!match) return false;
  const around = step.slice(Math.max(0, match.index - 20), match.index + match[0].length + 12);
  if (NEGATED_DELETE.test(around)) return false;
  if (ON_ADVICE.test(step) || REPORT.test(step.slice(0, match.index))) return false;
  return !earlierSteps.some((text) => REPORT.test(text));
}

const FIXES = {
  capture: {
    message:
      'Ce texte demande de capturer ou de garder des preuves sans dire que l’image elle-même ne se capture jamais.',
    fix: 'Dire dans la même étape, le même paragraphe ou la même diapositive : les messages, le profil, le pseudo, l’URL, la date et l’heure, « jamais l’image » ; ou ajouter <EvidenceRule voice="tu" /> (ou "vous").',
  },
  delete: {
    message: 'Ce texte fait supprimer ce qui a été reçu sans l’avoir d’abord signalé.',
    fix: 'Signaler d’abord (dans l’appli, à une ligne d’aide ou à la police), puis supprimer comme ils le conseillent ; pour sa propre image : ne pas l’effacer dans la panique.',
  },
} as const;

/** Evidence problems in a list of text units of one file. */
export function lintEvidence(units: readonly TextUnit[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const unit of units) {
    // A wrong answer shown to be corrected by its feedback, which is checked on its own.
    if (!unit.corrected && asksCaptureWithoutRule(unit.text, unit.context))
      problems.push({ file, field: unit.field, ...FIXES.capture });
    const step = unit.step;
    if (step) {
      const earlier = units
        .filter((u) => u.step?.list === step.list && u.step.index < step.index)
        .map((u) => u.text);
      if (deletesBeforeReport(unit.text, earlier))
        problems.push({ file, field: unit.field, ...FIXES.delete });
    }
  }
  return problems;
}

const RESOURCES_FILE = 'workshops/data/resources.yaml';

/** What a reader is told a service does: a reader may act on it too. */
function serviceProblems(set: ContentSet): ContentProblem[] {
  return set.resources.flatMap((r) => {
    const texts = { purpose: r.data.purpose, whatHappens: r.data.whatHappens };
    const units = Object.entries(texts)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([field, text]) => ({ field: `${r.data.id}.${field}`, text }));
    return lintEvidence(units, r.filePath ?? RESOURCES_FILE);
  });
}

/** The evidence rule, over every lesson, deck slide, scenario, quiz, guide, help-flow step and service. */
export function checkEvidence(set: ContentSet): ContentProblem[] {
  return [
    ...writtenEntries(set).flatMap((entry) => lintEvidence(entryUnits(entry), entry.file)),
    ...serviceProblems(set),
  ];
}
