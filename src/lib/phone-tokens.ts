/**
 * Phone numbers in front-matter and YAML text come from workshops/data/resources.yaml, never
 * typed by hand: a writer puts `{{tel:id}}` in any text field ("appelle le {{tel:e-enfance-3018}}")
 * and the build replaces it with the service's number as readers know it ("appelle le 3018").
 * An unknown id, or a service without a phone, is a content problem naming file and field.
 */
import type { ContentProblem } from './problems.ts';

export interface PhoneService {
  id: string;
  phone?: string | undefined;
}

const TOKEN = /\{\{\s*tel:([^}\s]*)\s*\}\}/g;

/** Does this text hold at least one `{{tel:id}}`? */
export function hasPhoneToken(text: string): boolean {
  return new RegExp(TOKEN.source).test(text);
}

/** Every `{{tel:id}}` in a value (deep), with the field path where it was found. */
export function findPhoneTokens(value: unknown, path = ''): { field: string; id: string }[] {
  if (typeof value === 'string') return [...value.matchAll(TOKEN)].map((m) => ({ field: path, id: m[1]! }));
  if (Array.isArray(value)) return value.flatMap((v, i) => findPhoneTokens(v, `${path}[${i}]`));
  // A Date has no entries: no need to tell it apart here.
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findPhoneTokens(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The number as it is printed in running text: the data's grouping, with
 * non-breaking spaces so "0800 32 123" never wraps in the middle.
 */
export function phoneText(phone: string): string {
  return phone.replaceAll(' ', '\u00a0');
}

/** One problem per token whose id is not a service of resources.yaml, or a service without a phone. */
export function checkPhoneTokens(
  entries: readonly { file: string; data: unknown }[],
  services: readonly PhoneService[],
): ContentProblem[] {
  const byId = new Map(services.map((s) => [s.id, s]));
  const withPhone = services.filter((s) => s.phone).map((s) => s.id);
  return entries.flatMap(({ file, data }) =>
    findPhoneTokens(data).flatMap((t) => {
      const service = byId.get(t.id);
      if (service?.phone) return [];
      return [
        {
          file,
          field: t.field,
          message: service
            ? `{{tel:${t.id}}} : le service « ${t.id} » n'a pas de numéro de téléphone dans workshops/data/resources.yaml.`
            : `{{tel:${t.id}}} : le service « ${t.id} » n'existe pas dans workshops/data/resources.yaml.`,
          fix: `Écrire {{tel:<id>}} avec l'id d'un service qui a un phone: (${withPhone.join(', ')}), ou ajouter le numéro au service avec sa source.`,
        },
      ];
    }),
  );
}

/** A copy of `value` with every token replaced by its number; unknown ids are left for the check. */
export function resolvePhoneTokens<T>(value: T, services: readonly PhoneService[]): T {
  const byId = new Map(services.map((s) => [s.id, s]));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.replace(TOKEN, (token, id: string) => {
        const phone = byId.get(id)?.phone;
        return phone ? phoneText(phone) : token;
      });
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && !(v instanceof Date))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
