/**
 * Which help a reader of a help flow sees: for a country and a reader (under 18, adult,
 * parent), the emergency numbers of that country and the flow's services that fit them.
 * Pure functions over the data, so the pages and the tests choose the same way.
 */
import type { CountryId } from './countries.ts';

/** The countries a help flow's picker offers, in the order shown. */
export const PICKER_COUNTRIES = ['BE', 'FR', 'CH', 'LU', 'CA-QC'] as const satisfies readonly CountryId[];
export type PickerCountry = (typeof PICKER_COUNTRIES)[number];

/** The country in an address: /aide/chantage/qc/. */
export const COUNTRY_PATHS: Record<PickerCountry, string> = {
  BE: 'be',
  FR: 'fr',
  CH: 'ch',
  LU: 'lu',
  'CA-QC': 'qc',
};

export type Reader = 'moins-18' | 'adultes' | 'parents';

/**
 * The line /aide/ shows first for young people in each country (ids only: the names and
 * numbers are read from resources.yaml).
 */
export const MAIN_YOUTH_LINES: readonly string[] = [
  'child-focus',
  'e-enfance-3018',
  'pro-juventute-147',
  'kanner-jugendtelefon',
  'tel-jeunes',
];

/** The fields of a resource these choices read. */
export interface HelpResource {
  id: string;
  country: string;
  audiences: readonly string[];
  phone?: string;
  hours?: string;
  emergency?: boolean;
  smsOnly?: boolean;
  url?: string;
}

/** Emergency numbers of a country, in the data's order. */
export function emergencyNumbers<R extends HelpResource>(resources: readonly R[], country: string): R[] {
  return resources.filter((r) => r.country === country && r.emergency && r.phone);
}

/** True when a service answers day and night, as its confirmed hours say. */
// Stryker disable next-line StringLiteral: no hours and any text without "24 h/24" both give false.
export const isAllDayAllNight = (r: HelpResource) => /24\s?h\s?\/\s?24/.test(r.hours ?? '');

/**
 * The services of a flow version for one country and reader, in the flow's order:
 * only those of that country, meant for that reader, and not the emergency numbers
 * (shown on their own). Services that work from anywhere (`intl`) come last.
 */
export function servicesFor<R extends HelpResource>(
  resources: readonly R[],
  ids: readonly string[],
  country: string,
  reader: Reader,
): R[] {
  const listed = ids.flatMap((id) => resources.filter((r) => r.id === id));
  const fits = (r: R) => !r.emergency && r.audiences.includes(reader);
  return [
    ...listed.filter((r) => r.country === country && fits(r)),
    ...listed.filter((r) => r.country === 'intl' && fits(r)),
  ];
}

/**
 * The lines to contact first: the country's services for that reader that have a phone
 * number; when none has one, those reached online, so no reader is left with nothing.
 */
export function firstLines<R extends HelpResource>(
  resources: readonly R[],
  ids: readonly string[],
  country: string,
  reader: Reader,
  options: { allDayAllNight?: boolean } = {},
): R[] {
  const inCountry = servicesFor(resources, ids, country, reader).filter((r) => r.country === country);
  if (options.allDayAllNight) return inCountry.filter((r) => r.phone && isAllDayAllNight(r));
  const byPhone = inCountry.filter((r) => r.phone);
  return byPhone.length > 0 ? byPhone : inCountry.filter((r) => r.url);
}

/** Address of a flow page: /aide/<slug>/[adultes/|parents/][<country>/]. */
export function flowPath(slug: string, reader: Reader, country?: PickerCountry): string {
  const who = reader === 'moins-18' ? '' : `${reader}/`;
  return `/aide/${slug}/${who}${country ? `${COUNTRY_PATHS[country]}/` : ''}`;
}

/** Every page of a flow: three readers, without a country and with each picker country. */
export function flowPages(slug: string): { path: string; reader: Reader; country?: PickerCountry }[] {
  const readers: Reader[] = ['moins-18', 'adultes', 'parents'];
  return readers.flatMap((reader) => [
    { path: flowPath(slug, reader), reader },
    ...PICKER_COUNTRIES.map((country) => ({ path: flowPath(slug, reader, country), reader, country })),
  ]);
}
