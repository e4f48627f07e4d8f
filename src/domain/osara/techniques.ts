// What a response does, in the words of the evidence base: the 25 techniques of situational crime
// prevention (Cornish & Clarke 2003, "Opportunities, precipitators and criminal decisions") in
// their five groups, plus tags for responses that are not situational. Tagging every action this
// way is what lets a prevention lead later ask "where did natural surveillance work on burglary?".
// Codes are stored and synced: never rename one; add a Welsh label beside `en` instead.
import { codesOf, type Term } from '../vocabularies';

export const techniqueGroups = [
  { code: 'increase_effort', en: 'Increase the effort' },
  { code: 'increase_risks', en: 'Increase the risks' },
  { code: 'reduce_rewards', en: 'Reduce the rewards' },
  { code: 'reduce_provocations', en: 'Reduce provocations' },
  { code: 'remove_excuses', en: 'Remove excuses' },
] as const satisfies readonly Term[];

export type TechniqueGroupCode = (typeof techniqueGroups)[number]['code'];

/** A technique also carries its group and its number (1–25) in Cornish and Clarke's table. */
export interface TechniqueTerm<C extends string = string> extends Term<C> {
  readonly group: TechniqueGroupCode;
  readonly number: number;
}

export const scpTechniques = [
  { code: 'target_harden', en: 'Target harden', group: 'increase_effort', number: 1 },
  { code: 'control_access', en: 'Control access to facilities', group: 'increase_effort', number: 2 },
  { code: 'screen_exits', en: 'Screen exits', group: 'increase_effort', number: 3 },
  { code: 'deflect_offenders', en: 'Deflect offenders', group: 'increase_effort', number: 4 },
  { code: 'control_tools_weapons', en: 'Control tools and weapons', group: 'increase_effort', number: 5 },
  { code: 'extend_guardianship', en: 'Extend guardianship', group: 'increase_risks', number: 6 },
  {
    code: 'assist_natural_surveillance',
    en: 'Assist natural surveillance',
    group: 'increase_risks',
    number: 7,
  },
  { code: 'reduce_anonymity', en: 'Reduce anonymity', group: 'increase_risks', number: 8 },
  { code: 'utilise_place_managers', en: 'Utilise place managers', group: 'increase_risks', number: 9 },
  {
    code: 'strengthen_formal_surveillance',
    en: 'Strengthen formal surveillance',
    group: 'increase_risks',
    number: 10,
  },
  { code: 'conceal_targets', en: 'Conceal targets', group: 'reduce_rewards', number: 11 },
  { code: 'remove_targets', en: 'Remove targets', group: 'reduce_rewards', number: 12 },
  { code: 'identify_property', en: 'Identify property', group: 'reduce_rewards', number: 13 },
  { code: 'disrupt_markets', en: 'Disrupt markets', group: 'reduce_rewards', number: 14 },
  { code: 'deny_benefits', en: 'Deny benefits', group: 'reduce_rewards', number: 15 },
  {
    code: 'reduce_frustrations_stress',
    en: 'Reduce frustrations and stress',
    group: 'reduce_provocations',
    number: 16,
  },
  { code: 'avoid_disputes', en: 'Avoid disputes', group: 'reduce_provocations', number: 17 },
  {
    code: 'reduce_emotional_arousal',
    en: 'Reduce emotional arousal',
    group: 'reduce_provocations',
    number: 18,
  },
  {
    code: 'neutralise_peer_pressure',
    en: 'Neutralise peer pressure',
    group: 'reduce_provocations',
    number: 19,
  },
  { code: 'discourage_imitation', en: 'Discourage imitation', group: 'reduce_provocations', number: 20 },
  { code: 'set_rules', en: 'Set rules', group: 'remove_excuses', number: 21 },
  { code: 'post_instructions', en: 'Post instructions', group: 'remove_excuses', number: 22 },
  { code: 'alert_conscience', en: 'Alert conscience', group: 'remove_excuses', number: 23 },
  { code: 'assist_compliance', en: 'Assist compliance', group: 'remove_excuses', number: 24 },
  {
    code: 'control_drugs_alcohol',
    en: 'Control drugs and alcohol',
    group: 'remove_excuses',
    number: 25,
  },
] as const satisfies readonly TechniqueTerm[];

export type ScpTechniqueCode = (typeof scpTechniques)[number]['code'];

/** Responses that are not situational, tagged so they can be compared with those that are. */
export const nonSituationalTags = [
  { code: 'enforcement', en: 'Enforcement' },
  { code: 'diversion_support_referral', en: 'Diversion or support referral' },
  { code: 'community_engagement', en: 'Community engagement' },
  { code: 'environmental_visual_audit', en: 'Environmental visual audit' },
  { code: 'education_awareness', en: 'Education and awareness' },
] as const satisfies readonly Term[];

export type NonSituationalTagCode = (typeof nonSituationalTags)[number]['code'];

/** Everything an action can be tagged with: the 25 techniques, then the non-situational tags. */
export const responseTags: readonly Term<ScpTechniqueCode | NonSituationalTagCode>[] = [
  ...scpTechniques,
  ...nonSituationalTags,
];

export type ResponseTagCode = ScpTechniqueCode | NonSituationalTagCode;

export const responseTagCodes = codesOf(responseTags);

/** The techniques of one group, in table order. */
export function techniquesInGroup(group: TechniqueGroupCode): readonly TechniqueTerm<ScpTechniqueCode>[] {
  return scpTechniques.filter((t) => t.group === group);
}
