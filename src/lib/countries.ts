/**
 * Countries whose help services the site lists, in the order pages show them.
 * `intl` holds services that work from anywhere (Take It Down, StopNCII).
 */
export const COUNTRY_IDS = ['BE', 'FR', 'CH', 'LU', 'CA-QC', 'intl'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

/** The countries a reader can pick first; the others are listed after. */
export const PRIMARY_COUNTRIES: readonly CountryId[] = ['BE', 'FR'];
