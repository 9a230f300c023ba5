import type { Outcome } from '../schemas/scenario.ts';
import type { TierId } from './tiers.ts';

/**
 * Labels that pupils read aloud (a scenario ending's kind, a quiz question's
 * kind) are worded for their age: a 5-year-old hears "est-ce que c'est
 * d'accord ?", not "consentement", and no label calls a child's choice
 * dangerous. Tiers share a wording by group; the strings live in the locale
 * dictionary under `<key>.<group>`.
 */
export type LabelGroup = 'petits' | 'moyens' | 'grands';

const GROUP: Record<TierId, LabelGroup> = {
  '5-8': 'petits',
  '9-12': 'moyens',
  '12-15': 'grands',
  '15-18': 'grands',
  adultes: 'grands',
};

export function labelGroup(tier: TierId): LabelGroup {
  return GROUP[tier];
}

/** Dictionary key of the label shown above an ending, for the scenario's tier. */
export function outcomeLabelKey(outcome: Outcome, tier: TierId): string {
  return `scenario.outcome.${outcome}.${labelGroup(tier)}`;
}

/** Dictionary key of the question asked under a `kind: consent` quiz item, for the quiz's tier. */
export function consentAskKey(tier: TierId): string {
  return `quiz.consent.ask.${labelGroup(tier)}`;
}
