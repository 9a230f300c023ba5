import { findMdxReferences } from '../deck-body.ts';
import { checkPhoneTokens, hasPhoneToken } from '../phone-tokens.ts';
import type { ContentProblem } from '../problems.ts';
import { type ContentSet, writtenEntries } from './context.ts';
import { bodyUnits, dataUnits, slideUnits, type TextUnit } from './texts.ts';

/** A number written in a text, with what comes before and after it on the page. */
export interface WrittenNumber {
  digits: string;
  before: string;
  after: string;
}

/** Separators readers put inside a phone number: "0800 32 123", "1 866 658-9022", "01.23". */
const SEP = String.raw`[ \u00a0.\-]`;
const NUMBER = new RegExp(String.raw`(?<![\d\p{L}])\d+(?:${SEP}\d+)*(?![\d\p{L}])`, 'gu');

/** What a text shows but never says as running text: tokens, MDX tags, link targets, web addresses. */
const UNREAD = new RegExp(
  [
    String.raw`\{\{[^}]*\}\}`,
    String.raw`<\/?[A-Za-z][^>]*>`,
    String.raw`\]\([^)]*\)`,
    String.raw`\b(?:https?:\/\/|www\.)\S+`,
    String.raw`\b[\w.-]+\.(?:fr|be|ch|lu|ca|eu|org|com|net)\b\S*`,
  ].join('|'),
  'g',
);

/** The text with what is not read replaced by a line break (never a separator inside a number, so it glues none). */
function readable(text: string): string {
  return text.replace(UNREAD, '\n');
}

/** Every number a text writes, with its neighbours (a grouping like "0800 32 123" is one number). */
export function writtenNumbers(text: string): WrittenNumber[] {
  const clean = readable(text);
  return [...clean.matchAll(NUMBER)].map((m) => {
    const end = m.index + m[0].length;
    return {
      digits: m[0].replace(/\D/g, ''),
      before: clean.slice(Math.max(0, m.index - 40), m.index),
      after: clean.slice(end, end + 40),
    };
  });
}

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const UNITS =
  'ans?|années?|mois|semaines?|jours?|heures?|h|min|minutes?|secondes?|s|€|euros?|\\$|dollars?|%|pour\\s?cent|e|ème|er|es?|élèves?|personnes?|questions?|diapositives?|pages?|cartes?|fois';

/** Not a phone: law articles and numbers, dates, times, ages, durations, money, percentages, counts. */
const NOT_AFTER = new RegExp(
  String.raw`^(?:\s*(?:${UNITS})(?!\p{L})|\s*(?:${MONTHS})(?!\p{L})|\s*[:/]\s*\d|\s*h\s*\d|\s*[-–]\s*\d|\s*(?:à|et|ou)\s+\d+\s*(?:ans?|h|heures?|minutes?|%)(?!\p{L}))`,
  'iu',
);
const NOT_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:articles?|art\.|alinéa|loi|lois|décret|arrêté|§|n°|no\.|page|p\.|chapitre|numéro\s+d['’]article)\s*|\d\s*[/,.]\s*|(?<!\p{L})(?:de|à|entre|les|des|ces|nos|vos)\s+|[-–]\s*)$`,
  'iu',
);

/** Words before a short number that make it a number one calls: "le 17", "au 119", "appeler le 112", "(". */
const CALLED_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:le|au|du|l['’]|appel\p{L}*|compos\p{L}*|numéro|ligne|tél\.?|téléphone|police|urgences?|allô|allo|sms|texto|envoie|envoyer|joindre|contacter)|\()\s*$`,
  'iu',
);

/** After a short number: the country it is for, « 17 en France », « 101 (Belgique) ». */
const CALLED_AFTER = new RegExp(
  String.raw`^\s*(?:(?:en|au)\s+|\(\s*)(?:France|Belgique|Suisse|Luxembourg|Québec|Canada)(?!\p{L})`,
  'u',
);

/** The last item of a list in brackets: « (information préoccupante, 119) ». */
const LAST_IN_BRACKETS = { before: /,\s*$/, after: /^\s*\)/ };

/** The numbers short enough to be ordinary numbers too (17, 101, 112, 119…): reported only in a calling context. */
const isShort = (digits: string) => digits.length <= 3;

/**
 * Is this written number, which is a phone of the data, used as a phone number? Long
 * numbers (3018, 0800 32 123) are, unless they are a law, a date, money…;
 * short ones only after « le », « au », « appeler », « composer », « (», or
 * next to the service's name.
 */
export function writesPhone(n: WrittenNumber, names: readonly string[]): boolean {
  if (NOT_AFTER.test(n.after) || NOT_BEFORE.test(n.before)) return false;
  if (!isShort(n.digits)) return true;
  if (CALLED_BEFORE.test(n.before) || CALLED_AFTER.test(n.after)) return true;
  if (LAST_IN_BRACKETS.before.test(n.before) && LAST_IN_BRACKETS.after.test(n.after)) return true;
  const near = `${n.before.slice(-25)} ${n.after.slice(0, 25)}`.toLowerCase();
  return names.some((name) => near.includes(name.toLowerCase()));
}

interface Service {
  id: string;
  name: string;
  phone?: string | undefined;
}

/** Digits of each phone in the data, with the ids of the services that have it and their names. */
function phoneBook(services: readonly Service[]) {
  const book = new Map<string, { ids: string[]; names: string[] }>();
  for (const s of services) {
    if (!s.phone) continue;
    const digits = s.phone.replace(/\D/g, '');
    // Stryker disable next-line ArrayDeclaration: a first name that is in no text ("Stryker was here") changes no proximity match
    const page = book.get(digits) ?? { ids: [], names: [] };
    page.ids.push(s.id);
    page.names.push(s.name);
    book.set(digits, page);
  }
  return book;
}

/** Each phone of the data that a text writes by hand (reported once per text, with every id that has it). */
export function handWrittenPhones(
  text: string,
  services: readonly Service[],
): { phone: string; ids: string[] }[] {
  const book = phoneBook(services);
  const found = new Map<string, string[]>();
  for (const n of writtenNumbers(text)) {
    const page = book.get(n.digits);
    if (page && writesPhone(n, page.names)) found.set(n.digits, page.ids);
  }
  return [...found].map(([digits, ids]) => ({
    phone: services.find((s) => s.phone?.replace(/\D/g, '') === digits)!.phone!,
    ids,
  }));
}

/**
 * No phone number typed by hand: a text that writes a number of
 * resources.yaml (compared on digits) stays wrong the day the number changes.
 * Data fields write {{tel:id}}, MDX bodies and slides <Tel id="…" /> (or
 * <HelpLine id="…" /> with the service's name). Also: {{tel:id}} naming no
 * service with a phone, <Tel id> of a service without one, and {{tel:…}}
 * in an MDX body, where it is not replaced.
 */
export function checkPhones(set: ContentSet): ContentProblem[] {
  const services = set.resources.map((r) => r.data);
  const problems: ContentProblem[] = [];
  for (const entry of writtenEntries(set)) {
    // Stryker disable next-line StringLiteral: a body with no number in it gives no problem, like an empty one
    const body = entry.body ?? '';
    const units: (TextUnit & { inBody: boolean })[] = [
      ...dataUnits(entry.data).map((u) => ({ ...u, inBody: false })),
      ...(entry.kind === 'decks' ? slideUnits(body) : bodyUnits(body)).map((u) => ({ ...u, inBody: true })),
    ];
    for (const unit of units) {
      if (unit.inBody && hasPhoneToken(unit.text))
        problems.push({
          file: entry.file,
          field: unit.field,
          message: `{{tel:…}} n'est remplacé que dans les champs de l'en-tête ou du YAML, pas dans le texte MDX.`,
          fix: `Écrire <Tel id="…" /> à la place de {{tel:…}} dans le texte.`,
        });
      for (const { phone, ids } of handWrittenPhones(unit.text, services)) {
        const ways = ids.map((id) => (unit.inBody ? `<Tel id="${id}" />` : `{{tel:${id}}}`));
        problems.push({
          file: entry.file,
          field: unit.field,
          message: `Le numéro ${phone} est écrit à la main ; s'il change dans workshops/data/resources.yaml, ce texte restera faux.`,
          fix: `Écrire ${ways.join(' ou ')} (le numéro de ${ids.join(', ')}) à la place de « ${phone} ».`,
        });
      }
    }
    problems.push(...checkPhoneTokens([{ file: entry.file, data: entry.data }], services));
    for (const ref of findMdxReferences(body)) {
      const service = services.find((s) => s.id === ref.value);
      if (ref.component !== 'Tel' || !service || service.phone) continue;
      problems.push({
        file: entry.file,
        field: `<Tel> ligne ${ref.line}`,
        message: `Le service « ${ref.value} » n'a pas de numéro de téléphone dans workshops/data/resources.yaml.`,
        fix: `Écrire <HelpLine id="${ref.value}" /> (qui montre son site), ou l'id d'un service qui a un phone:.`,
      });
    }
  }
  return problems;
}
