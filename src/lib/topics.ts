/**
 * Topics a lesson, scenario, quiz or guide can be filed under.
 * Labels live in the locale dictionaries (`topic.<id>`).
 */
export const TOPIC_IDS = [
  'vie-privee',
  'consentement',
  'jeux-en-ligne',
  'grooming',
  'sextorsion',
  'sexting',
  'diffusion-non-consentie',
  'groupes-exposition',
  'cyberharcelement',
  'temoins',
  'deepnudes',
  'stereotypes',
  'droit',
  'aide',
  'parentalite',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
