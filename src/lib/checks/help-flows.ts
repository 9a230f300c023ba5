import { FLOW_AUDIENCES, type FlowAudience } from '../../schemas/help-flow.ts';
import type { Resource } from '../../schemas/resource.ts';
import { COUNTRY_IDS, type CountryId } from '../countries.ts';
import { entryFile } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, resourceById, type ContentSet } from './context.ts';

/** The countries a help flow's picker offers: every country but the international services. */
export const OFFERED_COUNTRIES = COUNTRY_IDS.filter((c): c is Exclude<CountryId, 'intl'> => c !== 'intl');

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
 * For one flow version: in each offered country, an emergency number and at
 * least one other service for the version's reader.
 */
export function checkCountriesServed(
  services: readonly Resource[],
  audience: FlowAudience,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const country of OFFERED_COUNTRIES) {
    const here = services.filter((r) => r.country === country);
    const of = OF_COUNTRY[country];
    const [emergency, service] = EXAMPLES[country];
    if (!here.some((r) => r.emergency)) {
      problems.push({
        file,
        field: `${audience}.services`,
        message: `Aucun numéro d’urgence ${of} pour ce public (${audience}).`,
        fix: `Ajouter le numéro d’urgence de ${country} (par exemple ${emergency}) aux services.`,
      });
    }
    if (!here.some((r) => !r.emergency && r.audiences.includes(audience))) {
      problems.push({
        file,
        field: `${audience}.services`,
        message: `Aucun service ${of} pour ce public (${audience}).`,
        fix: `Ajouter au moins un service de ${country} dont audiences contient ${audience} (par exemple ${service}).`,
      });
    }
  }
  return problems;
}

/** Every version of every flow serves every country its picker offers. */
export function checkHelpFlows(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const flow of set.helpflows ?? []) {
    const file = entryFile(flow, BASES.helpflows);
    for (const audience of FLOW_AUDIENCES) {
      const services = flow.data[audience].services.flatMap((id) => resourceById(set, id) ?? []);
      problems.push(...checkCountriesServed(services, audience, file));
    }
  }
  return problems;
}
