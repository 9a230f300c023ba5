import { FLOW_AUDIENCES, type FlowAudience } from '../../schemas/help-flow.ts';
import type { Resource } from '../../schemas/resource.ts';
import type { CountryId } from '../countries.ts';
import { emergencyNumbers, PICKER_COUNTRIES } from '../help-services.ts';
import { entryFile } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, resourceById, type ContentSet } from './context.ts';

/** The countries a help flow's picker offers (one list, shared with the pages). */
export const OFFERED_COUNTRIES = PICKER_COUNTRIES;

/** "de Belgique", "du Luxembourg": the country as it follows "service" in a message. */
const OF_COUNTRY: Record<CountryId, string> = {
  BE: 'de Belgique',
  FR: 'de France',
  CH: 'de Suisse',
  LU: 'du Luxembourg',
  'CA-QC': 'du Québec (Canada)',
  intl: 'international',
};

/** Ids to suggest in a fix, per country: its emergency number, then a service. */
const EXAMPLES: Record<CountryId, [string, string]> = {
  BE: ['urgence-be', 'child-focus'],
  FR: ['urgence-fr', 'e-enfance-3018'],
  CH: ['urgence-ch', 'pro-juventute-147'],
  LU: ['urgence-lu', 'bee-secure-helpline'],
  'CA-QC': ['urgence-ca', 'cyberaide'],
  intl: ['take-it-down', 'stopncii'],
};

/**
 * For one flow version: in each offered country, at least one service (not an
 * emergency number) for the version's reader. Emergency numbers are not listed
 * in flows: every page shows those of its country, read from the data.
 */
export function checkCountriesServed(
  services: readonly Resource[],
  audience: FlowAudience,
  file: string,
): ContentProblem[] {
  return OFFERED_COUNTRIES.filter(
    (country) =>
      !services.some((r) => r.country === country && !r.emergency && r.audiences.includes(audience)),
  ).map((country) => ({
    file,
    field: `${audience}.services`,
    message: `Aucun service ${OF_COUNTRY[country]} pour ce public (${audience}).`,
    fix: `Ajouter au moins un service de ${country} dont audiences contient ${audience} (par exemple ${EXAMPLES[country][1]}).`,
  }));
}

/** Each offered country has an emergency number in the data, which every help page of that country shows. */
export function checkEmergencyNumbers(resources: readonly Resource[]): ContentProblem[] {
  return OFFERED_COUNTRIES.filter((country) => emergencyNumbers(resources, country).length === 0).map(
    (country) => ({
      file: 'workshops/data/resources.yaml',
      field: `country: ${country}`,
      message: `Aucun numéro d’urgence ${OF_COUNTRY[country]} : les pages d’aide de ce pays n’en montreraient aucun.`,
      fix: `Ajouter une entrée de ${country} avec emergency: true et son numéro (par exemple ${EXAMPLES[country][0]}).`,
    }),
  );
}

/** Every version of every flow serves every country its picker offers. */
export function checkHelpFlows(set: ContentSet): ContentProblem[] {
  const flows = set.helpflows ?? [];
  const problems: ContentProblem[] =
    flows.length > 0 ? checkEmergencyNumbers(set.resources.map((r) => r.data)) : [];
  for (const flow of flows) {
    const file = entryFile(flow, BASES.helpflows);
    for (const audience of FLOW_AUDIENCES) {
      // Stryker disable next-line ArrayDeclaration: a string has no country and no emergency flag: it serves no country (an unknown id is reported by checkReferences).
      const services = flow.data[audience].services.flatMap((id) => resourceById(set, id) ?? []);
      problems.push(...checkCountriesServed(services, audience, file));
    }
  }
  return problems;
}
