// Process evaluation, displacement, EMMIE, community feedback and lessons learned.
import { deliveryJudgements } from '#domain/osara/vocabularies';
import { RadioGroup } from '#client/osara/ui/choices';
import { SelectField, TextAreaField } from '#client/osara/ui/fields';
import type { EvaluationDraft } from './use-evaluation-draft';

export function NotesFields({ draft }: { draft: EvaluationDraft }) {
  return (
    <>
      <h2>Process evaluation</h2>
      <SelectField
        draft={draft}
        path={['deliveredAsPlanned']}
        label="Was the response delivered as planned?"
        terms={deliveryJudgements}
      />
      <TextAreaField
        draft={draft}
        path={['processEvaluation']}
        label="What was delivered, against the plan"
      />
      <h2>Displacement</h2>
      <RadioGroup
        draft={draft}
        path={['displacementChecked']}
        legend="Did you check whether crime moved elsewhere (displacement)?"
        hint="Buffer area counts count as a check; say how otherwise."
        choices={[
          { label: 'Yes, displacement was checked', value: true },
          { label: 'No, not checked', value: false },
        ]}
      />
      <TextAreaField
        draft={draft}
        path={['displacementNotes']}
        label="How displacement was checked, and what was found"
      />
      <h2>EMMIE</h2>
      <p className="field-hint">The College of Policing’s headings for what the evidence says.</p>
      <TextAreaField draft={draft} path={['emmie', 'effect']} label="Effect: what changed, and by how much" />
      <TextAreaField draft={draft} path={['emmie', 'mechanism']} label="Mechanism: how the response worked" />
      <TextAreaField
        draft={draft}
        path={['emmie', 'moderators']}
        label="Moderators: where or for whom it works"
      />
      <TextAreaField
        draft={draft}
        path={['emmie', 'implementation']}
        label="Implementation: what helped or got in the way"
      />
      <TextAreaField
        draft={draft}
        path={['emmie', 'economicCost']}
        label="Economic cost: what it cost, in money and time"
      />
      <h2>Community and lessons</h2>
      <TextAreaField
        draft={draft}
        path={['communityFeedback']}
        label="Community feedback"
        hint="Leave out names."
      />
      <TextAreaField draft={draft} path={['lessonsLearned']} label="Lessons learned" />
    </>
  );
}
