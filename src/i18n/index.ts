import fr from './fr.json';

/**
 * UI strings, one flat dictionary per locale (`"search.label": "…"`).
 * Components never hold French literals: they call t('key').
 */
export const dictionaries = { fr } as const;
export type Locale = keyof typeof dictionaries;
export type UiKey = keyof typeof fr;
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * Looks up a string and fills `{name}` placeholders. An unknown key is a
 * programming error: it throws in the build rather than showing a key to readers.
 */
export function translate(
  locale: Locale,
  key: UiKey | (string & {}),
  params: Record<string, string | number> = {},
): string {
  const dict: Record<string, string> = dictionaries[locale];
  const template = dict[key];
  if (template === undefined) throw new Error(`Texte d’interface manquant : « ${key} » (${locale}).`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Paramètre « ${name} » manquant pour « ${key} ».`);
    return String(value);
  });
}

export function useTranslations(locale: string | undefined) {
  const l: Locale = locale && locale in dictionaries ? (locale as Locale) : DEFAULT_LOCALE;
  return (key: UiKey | (string & {}), params?: Record<string, string | number>) => translate(l, key, params);
}

/** Formats a count with the singular or plural key (`key.one` / `key.other`). */
export function plural(t: ReturnType<typeof useTranslations>, key: string, count: number): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, { count });
}

/** The raw template of a string, placeholders kept, for scripts that fill them in the browser. */
export function uiTemplate(locale: string | undefined, key: UiKey | (string & {})): string {
  const l: Locale = locale && locale in dictionaries ? (locale as Locale) : DEFAULT_LOCALE;
  const template = (dictionaries[l] as Record<string, string>)[key];
  if (template === undefined) throw new Error(`Texte d’interface manquant : « ${key} » (${l}).`);
  return template;
}
