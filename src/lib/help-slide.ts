/**
 * What the help slide of a deck lists, as pure data: services grouped by
 * country, a service's name and how to reach it shown once, and a number
 * that several countries share (112) listed once for all of them.
 */
import { COUNTRY_IDS, type CountryId } from './countries.ts';

export interface HelpService {
  id: string;
  name: string;
  country: CountryId;
  phone?: string | undefined;
  url?: string | undefined;
  email?: string | undefined;
}

export interface HelpEntry {
  id: string;
  name: string;
  /** The number (with no-break spaces), else the site's host, else the email; '' when the name already says the number. */
  contact: string;
}

export interface HelpGroup {
  /** One country, or several that share every entry of the group; 'intl' works everywhere. */
  countries: CountryId[];
  entries: HelpEntry[];
}

const digits = (s: string) => s.replace(/\D/g, '');

/** A service as the slide shows it; throws when it has no way to be reached. */
export function helpEntry(s: HelpService): HelpEntry {
  if (s.phone) {
    // "119 Allô Enfance en danger" already says 119: the number is not shown twice.
    const said = (s.name.match(/\d[\d\s]*\d|\d/g) ?? []).some((n) => digits(n) === digits(s.phone!));
    return { id: s.id, name: s.name, contact: said ? '' : s.phone.replaceAll(' ', '\u00a0') };
  }
  if (s.url) return { id: s.id, name: s.name, contact: new URL(s.url).host };
  if (s.email) return { id: s.id, name: s.name, contact: s.email };
  throw new Error(`le service ${s.id} n’a ni numéro, ni site, ni adresse e-mail`);
}

/**
 * Groups in the site's country order; a number found in several countries
 * (the same phone, e.g. 112 in Belgium and France) leaves their groups and
 * is listed once, in a group of those countries placed before 'intl'.
 */
export function helpGroups(services: readonly HelpService[]): HelpGroup[] {
  const national = services.filter((s) => s.country !== 'intl');
  const shared = new Map<string, HelpService[]>();
  for (const s of national) {
    if (!s.phone) continue;
    const key = digits(s.phone);
    shared.set(key, [...(shared.get(key) ?? []), s]);
  }
  const merged = [...shared.values()].filter((list) => new Set(list.map((s) => s.country)).size > 1);
  const mergedIds = new Set(merged.flat().map((s) => s.id));
  const groups: HelpGroup[] = [];
  for (const c of COUNTRY_IDS) {
    // 'intl' has no national service: it gives no group here.
    const entries = national.filter((s) => s.country === c && !mergedIds.has(s.id)).map(helpEntry);
    if (entries.length) groups.push({ countries: [c], entries });
  }
  for (const list of merged) {
    const countries = COUNTRY_IDS.filter((c) => list.some((s) => s.country === c));
    const first = list[0]!;
    const last = groups.find((g) => g.countries.join() === countries.join());
    if (last) last.entries.push(helpEntry(first));
    else groups.push({ countries, entries: [helpEntry(first)] });
  }
  const everywhere = services.filter((s) => s.country === 'intl').map(helpEntry);
  if (everywhere.length) groups.push({ countries: ['intl'], entries: everywhere });
  return groups;
}
