/**
 * The age tiers of the programme: UNESCO ITGSE age bands, plus adults.
 * Labels and school years live in the locale dictionaries (`tier.<id>.*`).
 */
export const TIER_IDS = ['5-8', '9-12', '12-15', '15-18', 'adultes'] as const;
export type TierId = (typeof TIER_IDS)[number];

export interface Tier {
  id: TierId;
  /** Youngest and oldest age of the band; null for adults. */
  ages: readonly [number, number] | null;
}

export const TIERS: readonly Tier[] = [
  { id: '5-8', ages: [5, 8] },
  { id: '9-12', ages: [9, 12] },
  { id: '12-15', ages: [12, 15] },
  { id: '15-18', ages: [15, 18] },
  { id: 'adultes', ages: null },
];

export function isTierId(value: string): value is TierId {
  return (TIER_IDS as readonly string[]).includes(value);
}

/** Orders anything carrying a tier from the youngest pupils to adults. */
export function compareTiers(a: TierId, b: TierId): number {
  return TIER_IDS.indexOf(a) - TIER_IDS.indexOf(b);
}

/** True for the tiers whose content speaks to young people with "tu". */
export function isYouthTier(tier: TierId): boolean {
  return tier !== 'adultes';
}
