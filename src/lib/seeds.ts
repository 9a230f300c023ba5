/**
 * The five source documents the project grew from (../shared/seeds).
 * Content cites them as `seed: '002'`; pages show the description from the
 * locale dictionary (`seed.<id>`).
 */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];
