/**
 * Countries whose help services the site lists, in the order pages show them.
 * `intl` holds services that work from anywhere (Take It Down, StopNCII).
 */
export const COUNTRY_IDS = ['BE', 'FR', 'CH', 'LU', 'CA-QC', 'intl'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

/** The countries a reader can pick first; the others are listed after. */
export const PRIMARY_COUNTRIES: readonly CountryId[] = ['BE', 'FR'];

/**
 * Guesses the reader's country from the browser's languages (fr-BE → BE),
 * on the device only, to show that country's help first. Undefined when the
 * languages say nothing (plain "fr"): pages then show Belgium and France.
 */
export function guessCountry(languages: readonly string[]): CountryId | undefined {
  for (const language of languages) {
    const region = language.split('-')[1]?.toUpperCase();
    if (region === 'BE' || region === 'FR' || region === 'CH' || region === 'LU') return region;
    if (region === 'CA') return 'CA-QC';
  }
  return undefined;
}
