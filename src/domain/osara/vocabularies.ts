// Controlled vocabularies of the OSARA record (DOMAIN.md, "The record: OSARA"). Each is a list of
// `Term`s: a stable snake_case code that is stored and synced, and an English label that is shown.
// A Welsh label goes beside `en` later without touching stored data. Never rename a code.
import type { Term } from '../vocabularies';

/** The sections of the record, in OSARA order, as the problem's task list shows them. */
export const osaraSections = [
  { code: 'objective', en: 'Objective' },
  { code: 'scanning', en: 'Scanning' },
  { code: 'analysis', en: 'Analysis' },
  { code: 'response', en: 'Response' },
  { code: 'assessment', en: 'Assessment' },
  { code: 'governance', en: 'Governance' },
] as const satisfies readonly Term[];
export type OsaraSectionCode = (typeof osaraSections)[number]['code'];

/** What success looks like, from most to least ambitious (the impact scale). */
export const impactScale = [
  { code: 'eliminate', en: 'Eliminate the problem' },
  { code: 'reduce_by_percent', en: 'Reduce it by a stated percentage' },
  { code: 'reduce_harm', en: 'Reduce its harm or seriousness' },
  { code: 'handle_better', en: 'Handle it better' },
  { code: 'hand_to_better_agency', en: 'Hand it to the agency better placed to deal with it' },
] as const satisfies readonly Term[];
export type ImpactCode = (typeof impactScale)[number]['code'];

/** The outcome an assessment records: a point on the impact scale, or no measurable effect. */
export const assessmentOutcomes = [
  ...impactScale,
  { code: 'no_effect', en: 'No measurable effect' },
] as const satisfies readonly Term[];
export type AssessmentOutcomeCode = (typeof assessmentOutcomes)[number]['code'];

/** A CHEERS element also carries the question an officer answers (Clarke & Eck, step 14). */
export interface CheersTerm<C extends string = string> extends Term<C> {
  readonly questionEn: string;
}

export const cheersElements = [
  { code: 'community', en: 'Community', questionEn: 'Does it affect people in the community?' },
  { code: 'harmful', en: 'Harmful', questionEn: 'Does it cause harm to people or property?' },
  {
    code: 'expectation',
    en: 'Expectation',
    questionEn: 'Do the public expect the police to do something about it?',
  },
  { code: 'events', en: 'Events', questionEn: 'Can it be described as a set of separate events?' },
  { code: 'recurring', en: 'Recurring', questionEn: 'Do the events keep happening?' },
  { code: 'similarity', en: 'Similarity', questionEn: 'Are the events alike in who, where, when or how?' },
] as const satisfies readonly CheersTerm[];
export type CheersCode = (typeof cheersElements)[number]['code'];

export const partnerAgencyTypes = [
  { code: 'local_authority', en: 'Local authority' },
  { code: 'housing_provider', en: 'Housing provider' },
  { code: 'education', en: 'Education' },
  { code: 'health', en: 'Health' },
  { code: 'fire_and_rescue', en: 'Fire and rescue' },
  { code: 'youth_services', en: 'Youth services' },
  { code: 'probation', en: 'Probation' },
  { code: 'business_bid', en: 'Business or business improvement district' },
  { code: 'licensing', en: 'Licensing' },
  { code: 'transport', en: 'Transport' },
  { code: 'voluntary_sector', en: 'Voluntary sector' },
  { code: 'other', en: 'Other' },
] as const satisfies readonly Term[];
export type PartnerAgencyTypeCode = (typeof partnerAgencyTypes)[number]['code'];

/** How the problem came to notice. */
export const problemSources = [
  { code: 'calls_for_service', en: 'Calls for service' },
  { code: 'community_meeting', en: 'Community meeting' },
  { code: 'hotspot_map', en: 'Hotspot or predictive map' },
  { code: 'partner_referral', en: 'Partner referral' },
  { code: 'officer_observation', en: 'Officer observation' },
  { code: 'other', en: 'Other' },
] as const satisfies readonly Term[];
export type ProblemSourceCode = (typeof problemSources)[number]['code'];

/** How well a controller (handler, guardian or place manager) is doing their part. */
export const controllerRatings = [
  { code: 'present', en: 'Present and effective' },
  { code: 'weak', en: 'Present but weak' },
  { code: 'absent', en: 'Absent' },
] as const satisfies readonly Term[];
export type ControllerRatingCode = (typeof controllerRatings)[number]['code'];

/** The sides of the Problem Analysis Triangle, each with the controller who acts on it. */
export interface TriangleSideTerm<C extends string = string> extends Term<C> {
  readonly controllerEn: string;
}
export const triangleSides = [
  { code: 'offender', en: 'Offender', controllerEn: 'Handler' },
  { code: 'victim', en: 'Victim or target', controllerEn: 'Guardian' },
  { code: 'place', en: 'Place', controllerEn: 'Place manager' },
] as const satisfies readonly TriangleSideTerm[];
export type TriangleSideCode = (typeof triangleSides)[number]['code'];

export const repeatTypes = [
  { code: 'repeat_offender', en: 'Repeat offender' },
  { code: 'repeat_victim', en: 'Repeat victim' },
  { code: 'repeat_place', en: 'Repeat place' },
] as const satisfies readonly Term[];
export type RepeatTypeCode = (typeof repeatTypes)[number]['code'];

/** Categories of person named on a record (Data Protection Act 2018, Part 3, section 38). */
export const personCategories = [
  { code: 'victim', en: 'Victim' },
  { code: 'witness', en: 'Witness' },
  { code: 'suspect', en: 'Suspect' },
  { code: 'other', en: 'Other' },
] as const satisfies readonly Term[];
export type PersonCategoryCode = (typeof personCategories)[number]['code'];

export const actionStatuses = [
  { code: 'planned', en: 'Planned' },
  { code: 'in_progress', en: 'In progress' },
  { code: 'done', en: 'Done' },
  { code: 'cancelled', en: 'Cancelled' },
] as const satisfies readonly Term[];
export type ActionStatusCode = (typeof actionStatuses)[number]['code'];

/** Was the response delivered as planned (the process evaluation's headline)? */
export const deliveryJudgements = [
  { code: 'as_planned', en: 'Delivered as planned' },
  { code: 'partly', en: 'Partly delivered as planned' },
  { code: 'not_as_planned', en: 'Not delivered as planned' },
] as const satisfies readonly Term[];
export type DeliveryJudgementCode = (typeof deliveryJudgements)[number]['code'];

/**
 * A stage review looks at one stage's work; a closure review decides whether the problem closes
 * (both a supervisor's). A good-practice decision is a prevention lead's: publish a nominated
 * problem to the force-wide library, return it to the team with feedback, or withdraw a published
 * copy.
 */
export const reviewKinds = [
  { code: 'stage', en: 'Stage review' },
  { code: 'closure', en: 'Closure review' },
  { code: 'good_practice', en: 'Good-practice decision' },
] as const satisfies readonly Term[];
export type ReviewKindCode = (typeof reviewKinds)[number]['code'];

/** The kinds a supervisor records (the supervisor's review form offers only these). */
export const supervisorReviewKinds = reviewKinds.filter((k) => k.code !== 'good_practice');

export const reviewDecisions = [
  { code: 'approve_stage', en: 'Approve this stage' },
  { code: 'request_changes', en: 'Ask for changes' },
  { code: 'sign_off_closure', en: 'Sign off the closure' },
  { code: 'return_to_team', en: 'Return to the team' },
  { code: 'publish', en: 'Publish as good practice' },
  { code: 'return', en: 'Return with feedback' },
  { code: 'withdraw', en: 'Withdraw from the library' },
] as const satisfies readonly Term[];
export type ReviewDecisionCode = (typeof reviewDecisions)[number]['code'];

/** Which decisions fit which kind of review. */
export const decisionsByKind: Readonly<Record<ReviewKindCode, readonly ReviewDecisionCode[]>> = {
  stage: ['approve_stage', 'request_changes'],
  closure: ['sign_off_closure', 'return_to_team', 'request_changes'],
  good_practice: ['publish', 'return', 'withdraw'],
};

export const closureReasons = [
  { code: 'objective_met', en: 'Objective met' },
  { code: 'partly_met', en: 'Objective partly met' },
  { code: 'not_met_no_further_action', en: 'Objective not met; no further action possible' },
  { code: 'transferred_to_partner', en: 'Transferred to a partner agency' },
  { code: 'merged_with_other_problem', en: 'Merged with another problem' },
  { code: 'no_longer_a_problem', en: 'No longer a problem' },
] as const satisfies readonly Term[];
export type ClosureReasonCode = (typeof closureReasons)[number]['code'];
