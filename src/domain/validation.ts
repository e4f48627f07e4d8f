// Validation messages by stable code, the way errors.ts catalogues the API's errors. A schema's
// message stays plain English (the force database returns it in `invalid_record` details, the
// admin CLI prints it), but it is written with `say(code, params)`, which remembers the code and
// parameters behind those words. The app looks them up (`issueOf(message)`) and words the issue
// in the officer's language from its catalogues (src/client/i18n/validation.ts), so a Welsh officer
// reads Welsh next to the field. Codes never change meaning; the English may.
//
// Parameters are numbers or the codes of nouns below (`field`, `item`), never English words.
// Imports nothing: the first screen may load it.

/** The English message for each code; `{field}`, `{item}`, `{items}`, `{max}`, `{min}` are filled in. */
export const validationMessages = {
  date: 'Enter a date as year, month and day',
  text_type: 'Enter {field} as text',
  text_too_long: 'Keep {field} under {max} characters',
  item_type: 'Enter each {item} as text',
  item_empty: 'Remove the empty {item}',
  item_too_long: 'Keep each {item} under {max} characters',
  list_type: 'Give the {items} as a list',
  list_too_long: 'List at most {max} {items}',
  item_repeated: 'Each {item} should be listed once',
  code_unknown: 'Choose a {item} from the list',
  code_repeated: 'Choose each {item} once',
  yes_or_no: 'Answer yes or no',
  choose_team: 'Choose a team',
  choose_owner: 'Choose the owner',
  choose_supervisor: 'Choose the supervisor',
  enter_title: 'Enter a title',
  choose_problem_type: 'Choose a problem type',
  description_too_long: 'The description is too long',
  choose_status: 'Choose a status',
  enter_name: 'Enter a name',
  username_format:
    'Use 2-64 lower-case letters, digits, ".", "_", "-" or "@", starting with a letter or digit',
  choose_role: 'Choose a role',
  at_most: 'At most {max} characters',
  at_least: 'At least {min} characters',
  team_id_format: 'A team id is 1-64 lower-case letters, digits, "-" or "_"',
  area_id_format: 'An area id is 1-64 letters, digits, ".", "_", ":" or "-"',
  area_kind: 'Kind must be district, ward or beat',
  nothing_to_change: 'Nothing to change',
  reason_type: 'Give the reason as text',
  reason_missing: 'Give the reason for the decision',
  choose_retain_or_erase: 'Choose retain or erase',
  choose_event_kind: 'Choose a kind of event from the list',
  end_before_start: 'The end date must be on or after the start date',
  count_whole: 'Enter a whole number of incidents',
  count_negative: 'Enter zero or more',
  count_too_large: 'That count is too large',
  choose_delivery: 'Say whether the response was delivered as planned',
  choose_activity: 'Choose what you did',
  minutes_whole: 'Enter the time spent in whole minutes',
  minutes_min: 'Enter at least one minute',
  minutes_max: 'An activity cannot last more than a day',
  too_many_photos: 'Attach at most {max} photos',
  photo_reference: 'The photo reference is not valid',
  choose_lead_officer: 'Choose the officer who leads this action',
  choose_agency_type: 'Choose the kind of partner agency',
  enter_agency_name: 'Enter the name of the partner agency',
  choose_lead: 'Choose whether an officer or a partner agency leads this action',
  describe_action: 'Describe the action',
  choose_technique: 'Choose at least one technique or type of response',
  choose_impact: 'Choose the impact you are aiming for',
  target_number: 'Enter the target reduction as a number',
  percent_range: 'Enter a percentage between 1 and 100',
  days_whole: 'Enter the number of days as a whole number',
  days_min: 'The baseline period must be at least one day',
  days_max: 'The baseline period must be under ten years',
  period_order: 'The baseline period must end on or after the day it starts',
  period_both: 'Give the baseline period as dates or as a number of days, not both',
  cheers_form: 'The CHEERS answers are not in the expected form',
  choose_source: 'Choose how the problem came to notice',
  baseline_whole: 'Enter the baseline count as a whole number',
  baseline_negative: 'The baseline count cannot be negative',
  baseline_too_large: 'The baseline count is too large',
  choose_controller: 'Choose present, weak or absent',
  choose_outcome: 'Choose the outcome',
  achieved_number: 'Enter the reduction achieved as a number',
  change_range: 'The change is outside the expected range',
  reduction_max: 'A reduction cannot be more than 100%',
  choose_closure_reason: 'Choose a closure reason',
  enter_person_reference: 'Enter a reference for the person',
  choose_person_category: 'Choose victim, witness, suspect or other',
  role_type: 'Describe their role as text',
  describe_role: 'Describe their role, e.g. "shop manager"',
  role_too_long: 'Keep the role under {max} characters and leave out names',
  choose_review_kind: 'Choose a stage review or a closure review',
  choose_stage_reviewed: 'Choose the stage reviewed',
  choose_decision: 'Choose a decision',
  reviewer_missing: 'The reviewer is missing',
  decision_not_fit: 'That decision does not fit this kind of review',
  say_what_to_change: 'Say what the team needs to change',
  write_summary: 'Write the summary for the good-practice library',
} as const;
export type ValidationCode = keyof typeof validationMessages;
export const validationCodes = Object.keys(validationMessages) as ValidationCode[];

/** Free-text fields named in messages (`{field}`), with their English words. */
export const fieldNames = {
  title: 'the title',
  description: 'the description',
  location: 'the location',
  place: 'the place',
  notes: 'the notes',
  reason: 'the reason',
  agency_name: 'the agency name',
  person_reference: 'the reference',
  evidence_notes: 'the evidence notes',
  success_measure: 'the success measure',
  when_where: 'when and where it happens',
  effect: 'the effect',
  mechanism: 'the mechanism',
  moderators: 'the moderators',
  implementation: 'the implementation notes',
  economic_cost: 'the economic cost',
  process_evaluation: 'the process evaluation',
  displacement_check: 'the displacement check',
  community_feedback: 'the community feedback',
  cost: 'the cost',
  lessons_learned: 'the lessons learned',
  comments: 'the comments',
} as const;
export type FieldName = keyof typeof fieldNames;

/** Things listed in a field (`{item}`, `{items}`), one and many, in English. */
export const itemNames = {
  partner_agency: ['partner agency', 'partner agencies'],
  repeat_type: ['repeat type', 'repeat types'],
  technique: ['technique', 'techniques'],
  incident_reference: ['incident reference', 'incident references'],
  data_source: ['data source', 'data sources'],
  hypothesis: ['hypothesis', 'hypotheses'],
  person: ['person', 'people'],
  team: ['team', 'teams'],
} as const;
export type ItemName = keyof typeof itemNames;

export interface ValidationParams {
  field?: FieldName;
  item?: ItemName;
  max?: number;
  min?: number;
}
export interface ValidationIssue {
  code: ValidationCode;
  params: ValidationParams;
}

const made = new Map<string, ValidationIssue>();

function english(code: ValidationCode, params: ValidationParams): string {
  const item = params.item === undefined ? undefined : itemNames[params.item];
  const words: Record<string, string | undefined> = {
    field: params.field === undefined ? undefined : fieldNames[params.field],
    item: item?.[0],
    items: item?.[1],
    max: params.max === undefined ? undefined : String(params.max),
    min: params.min === undefined ? undefined : String(params.min),
  };
  return validationMessages[code].replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole);
}

/** The English message for a schema, remembered with its code and parameters. */
export function say(code: ValidationCode, params: ValidationParams = {}): string {
  const message = english(code, params);
  made.set(message, { code, params });
  return message;
}

/** The code and parameters behind a message `say` wrote, or undefined (zod's own wording, say). */
export function issueOf(message: string): ValidationIssue | undefined {
  return made.get(message);
}
