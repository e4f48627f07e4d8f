// The facets an officer can narrow a search by, and the English label of each value.
import { assessmentOutcomes } from '../osara/vocabularies';
import { responseTags } from '../osara/techniques';
import { labelOf, problemStatuses, problemTypes } from '../vocabularies';

export const facetNames = ['source', 'type', 'technique', 'outcome', 'status', 'team', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

export const facetTitles: Readonly<Record<FacetName, string>> = {
  source: 'Where from',
  type: 'Problem type',
  technique: 'What was tried',
  outcome: 'How it turned out',
  status: 'Stage',
  team: 'Team',
  year: 'Year',
};

/** Values that are not codes from a vocabulary. */
export const NOT_ASSESSED = 'not_assessed';
export const SOURCE_PROBLEMS = 'problems';
export const SOURCE_GOOD_PRACTICE = 'good_practice';
export const PUBLISHED_TEAM = 'force_library';

const sourceLabels: Readonly<Record<string, string>> = {
  [SOURCE_PROBLEMS]: 'Problems on this device',
  [SOURCE_GOOD_PRACTICE]: 'Good-practice library',
};

/** A facet value as shown; team ids are named by the caller (the device knows its teams' names). */
export function facetValueLabel(
  facet: string,
  value: string,
  teamNames: Readonly<Record<string, string>> = {},
): string {
  switch (facet) {
    case 'source':
      return sourceLabels[value] ?? value;
    case 'type':
      return labelOf(problemTypes, value);
    case 'technique':
      return labelOf(responseTags, value);
    case 'outcome':
      return value === NOT_ASSESSED ? 'Not assessed yet' : labelOf(assessmentOutcomes, value);
    case 'status':
      return labelOf(problemStatuses, value);
    case 'team':
      return value === PUBLISHED_TEAM ? 'Published (force-wide)' : (teamNames[value] ?? value);
    default:
      return value;
  }
}
