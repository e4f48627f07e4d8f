import { Link } from 'react-router';
import {
  assessmentOutcomes,
  assessmentSchema,
  closureReasons,
  deliveryJudgements,
} from '#domain/osara/index';
import { InputField, SelectField, TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

// Every save is stamped: a closure sign-off counts only if made after the assessment last changed.
function stampUpdated(value: Record<string, unknown>): Record<string, unknown> {
  return { ...value, updatedAt: new Date().toISOString() };
}

export function AssessmentSection({ problem }: { problem: OsaraRecord }) {
  const draft = useSectionDraft(problem, 'assessment', assessmentSchema, stampUpdated);
  return (
    <>
      <p>
        Changing the assessment after a supervisor has signed off the closure means they need to sign it off
        again.
      </p>
      <TextAreaField
        draft={draft}
        path={['processEvaluation']}
        label="Process evaluation"
        hint="What was delivered, against the plan."
      />
      <SelectField
        draft={draft}
        path={['deliveredAsPlanned']}
        label="Was the response delivered as planned?"
        terms={deliveryJudgements}
      />
      <SelectField
        draft={draft}
        path={['outcome']}
        label="Outcome on the impact scale"
        terms={assessmentOutcomes}
      />
      <InputField
        draft={draft}
        path={['achievedPercent']}
        label="Reduction achieved (%)"
        hint="Optional. A negative number is an increase."
        kind="number"
      />
      <TextAreaField draft={draft} path={['lessonsLearned']} label="Lessons learned" />
      <SelectField draft={draft} path={['closureReason']} label="Closure reason" terms={closureReasons} />
      <p>
        <Link to={`/problems/${problem.id}/evaluation`}>
          Evaluation: counts, measures, EMMIE and good practice
        </Link>
      </p>
      <SaveStatus save={draft.save} />
    </>
  );
}
