/**
 * Curriculum frameworks a lesson can be linked to.
 * Labels and descriptions live in the locale dictionaries (`curriculum.<id>.*`).
 */
export const CURRICULUM_IDS = ['evras', 'evars', 'itgse-4.2', 'itgse-4.3', 'itgse-5.5'] as const;
export type CurriculumId = (typeof CURRICULUM_IDS)[number];
