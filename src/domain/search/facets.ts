// The facets an officer can narrow a search by, and the values that are not vocabulary codes.
// The app words facets and their values from its catalogues (src/client/i18n).
export const facetNames = ['source', 'type', 'technique', 'outcome', 'status', 'team', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

/** Values that are not codes from a vocabulary. */
export const NOT_ASSESSED = 'not_assessed';
export const SOURCE_PROBLEMS = 'problems';
export const SOURCE_GOOD_PRACTICE = 'good_practice';
export const PUBLISHED_TEAM = 'force_library';
