// The activity types an officer picks when logging patrol work. Kept apart from the activity
// schema (activities.ts, zod) so that screens on the first download can name a type without
// bringing the validation library with them (scripts/report-bundle.ts).
export const activityTypes = [
  { code: 'patrol', en: 'Patrol' },
  { code: 'visit', en: 'Visit to victim or location' },
  { code: 'partner_meeting', en: 'Partner meeting' },
  { code: 'community_engagement', en: 'Community engagement' },
  { code: 'leaflet_drop', en: 'Letter drop / leaflets' },
  { code: 'target_hardening', en: 'Target-hardening visit' },
  { code: 'enforcement', en: 'Enforcement' },
  { code: 'evidence_gathering', en: 'CCTV or evidence gathering' },
  { code: 'other', en: 'Other' },
] as const;
export type ActivityTypeCode = (typeof activityTypes)[number]['code'];
