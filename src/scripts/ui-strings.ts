/** Reads the UI strings the page handed over (see UiStrings.astro) and fills `{name}` placeholders. */
export function uiStrings(): (key: string, params?: Record<string, string | number>) => string {
  const strings: Record<string, string> = {};
  document.querySelectorAll('script[data-ui-strings]').forEach((el) => {
    Object.assign(strings, JSON.parse(el.textContent || '{}'));
  });
  return (key, params = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
