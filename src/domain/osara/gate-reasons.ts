// Why a problem cannot move on: stable codes (for tests, logs and the server's error details) with
// the English sentence the app shows, and the section the officer should open to fix it.
import type { Term } from '../vocabularies';
import type { OsaraSectionCode } from './vocabularies';

export interface GateReasonTerm<C extends string = string> extends Term<C> {
  readonly section: OsaraSectionCode;
}

export const gateReasons = [
  {
    code: 'objective_impact_missing',
    en: 'Set an objective (the impact you are aiming for) before moving to Response.',
    section: 'objective',
  },
  {
    code: 'target_percent_missing',
    en: 'Give the percentage reduction you are aiming for before moving to Response.',
    section: 'objective',
  },
  {
    code: 'success_measure_missing',
    en: 'Set a success measure before moving to Response.',
    section: 'objective',
  },
  {
    code: 'no_actions',
    en: 'Add at least one response action before moving to Assessment.',
    section: 'response',
  },
  {
    code: 'process_evaluation_missing',
    en: 'Write the process evaluation (was the response delivered as planned?) before closing.',
    section: 'assessment',
  },
  {
    code: 'outcome_missing',
    en: 'Record the outcome on the impact scale before closing.',
    section: 'assessment',
  },
  {
    code: 'closure_reason_missing',
    en: 'Choose a closure reason before closing.',
    section: 'assessment',
  },
  {
    code: 'actions_open',
    en: 'Mark every action done or cancelled before closing.',
    section: 'response',
  },
  {
    code: 'sign_off_missing',
    en: 'A supervisor of this team must sign off the closure before the problem is closed.',
    section: 'assessment',
  },
  {
    code: 'sign_off_outdated',
    en: 'The assessment has changed since the supervisor signed off. Ask them to sign it off again.',
    section: 'assessment',
  },
  {
    code: 'closure_returned',
    en: 'The supervisor returned the closure to the team. Act on their comments, then ask again.',
    section: 'assessment',
  },
] as const satisfies readonly GateReasonTerm[];

export type GateReasonCode = (typeof gateReasons)[number]['code'];

/** A reason as returned by `checkTransition`. */
export type GateReason = GateReasonTerm<GateReasonCode>;

export function gateReason(code: GateReasonCode): GateReason {
  const found = gateReasons.find((r) => r.code === code);
  // Unreachable: the code type is derived from the list.
  if (found === undefined) throw new Error(`unknown gate reason ${code}`);
  return found;
}
