// Controlled vocabularies: a stable code (stored and synced) and an English label (shown).
// A Welsh label can be added beside `en` without touching stored data.

export interface Term<C extends string = string> {
  readonly code: C;
  readonly en: string;
}

export const problemTypes = [
  { code: 'asb_youth', en: 'Anti-social behaviour: youth nuisance' },
  { code: 'asb_neighbour', en: 'Anti-social behaviour: neighbour dispute' },
  { code: 'burglary_residential', en: 'Burglary: residential' },
  { code: 'burglary_business', en: 'Burglary: business and community' },
  { code: 'vehicle_crime', en: 'Vehicle crime' },
  { code: 'drug_supply', en: 'Drug dealing' },
  { code: 'drug_use', en: 'Drug use in public' },
  { code: 'criminal_damage', en: 'Criminal damage and graffiti' },
  { code: 'street_drinking', en: 'Street drinking' },
  { code: 'begging', en: 'Begging' },
  { code: 'shoplifting', en: 'Shoplifting' },
  { code: 'theft_other', en: 'Theft (other)' },
  { code: 'violence_public', en: 'Violence in a public place' },
  { code: 'night_time_economy', en: 'Night-time economy' },
  { code: 'nuisance_vehicles', en: 'Nuisance vehicles and off-road bikes' },
  { code: 'road_safety', en: 'Road safety and speeding' },
  { code: 'fly_tipping', en: 'Fly-tipping and environmental' },
  { code: 'exploitation', en: 'Exploitation and cuckooing' },
  { code: 'hate_crime', en: 'Hate crime' },
  { code: 'other', en: 'Other' },
] as const satisfies readonly Term[];

export type ProblemTypeCode = (typeof problemTypes)[number]['code'];

// The OSARA stage a problem is in. Objective is a section filled in before Response, not a stage.
export const problemStatuses = [
  { code: 'scanning', en: 'Scanning' },
  { code: 'analysis', en: 'Analysis' },
  { code: 'response', en: 'Response' },
  { code: 'assessment', en: 'Assessment' },
  { code: 'closed', en: 'Closed' },
] as const satisfies readonly Term[];

export type ProblemStatusCode = (typeof problemStatuses)[number]['code'];

export const roles = [
  { code: 'officer', en: 'Officer' },
  { code: 'supervisor', en: 'Supervisor' },
  { code: 'prevention_lead', en: 'Prevention lead' },
  { code: 'admin', en: 'Administrator' },
] as const satisfies readonly Term[];

export type RoleCode = (typeof roles)[number]['code'];

export function codesOf<C extends string>(terms: readonly Term<C>[]): [C, ...C[]] {
  const codes = terms.map((t) => t.code);
  if (codes.length === 0) throw new Error('empty vocabulary');
  return codes as [C, ...C[]];
}

export function labelOf(terms: readonly Term[], code: string): string {
  return terms.find((t) => t.code === code)?.en ?? code;
}
