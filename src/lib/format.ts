/** `"116 000"` → `"tel:116000"`: what a phone dials when the number is tapped. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** A check date as readers see it: "23 novembre 2026" (a BCP 47 locale, Belgian French by default). */
export function formatDate(date: Date, locale = 'fr-BE'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Splits plain text written in YAML into paragraphs (blank line between them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** The host of a URL, for link labels ("www.childfocus.be"). */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/** Months between two dates, for "checked more than 12 months ago" warnings. */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}
