// Process evaluation, displacement, EMMIE, community feedback and lessons learned.
import { useT } from '#client/i18n/index';
import { RadioGroup } from '#client/osara/ui/choices';
import { SelectField, TextAreaField } from '#client/osara/ui/fields';
import type { EvaluationDraft } from './use-evaluation-draft';

export function NotesFields({ draft }: { draft: EvaluationDraft }) {
  const t = useT();
  return (
    <>
      <h2>{t('evaluation.notes.processHeading')}</h2>
      <SelectField
        draft={draft}
        path={['deliveredAsPlanned']}
        label={t('osara.assessment.deliveredAsPlanned')}
        vocab="deliveryJudgement"
      />
      <TextAreaField
        draft={draft}
        path={['processEvaluation']}
        label={t('evaluation.notes.processEvaluation')}
      />
      <h2>{t('evaluation.notes.displacementHeading')}</h2>
      <RadioGroup
        draft={draft}
        path={['displacementChecked']}
        legend={t('evaluation.notes.displacementChecked')}
        hint={t('evaluation.notes.displacementCheckedHint')}
        choices={[
          { label: t('evaluation.notes.checkedYes'), value: true },
          { label: t('evaluation.notes.checkedNo'), value: false },
        ]}
      />
      <TextAreaField
        draft={draft}
        path={['displacementNotes']}
        label={t('evaluation.notes.displacementNotes')}
      />
      <h2>{t('evaluation.notes.emmieHeading')}</h2>
      <p className="field-hint">{t('evaluation.notes.emmieHint')}</p>
      <TextAreaField draft={draft} path={['emmie', 'effect']} label={t('evaluation.notes.effect')} />
      <TextAreaField draft={draft} path={['emmie', 'mechanism']} label={t('evaluation.notes.mechanism')} />
      <TextAreaField draft={draft} path={['emmie', 'moderators']} label={t('evaluation.notes.moderators')} />
      <TextAreaField
        draft={draft}
        path={['emmie', 'implementation']}
        label={t('evaluation.notes.implementation')}
      />
      <TextAreaField
        draft={draft}
        path={['emmie', 'economicCost']}
        label={t('evaluation.notes.economicCost')}
      />
      <h2>{t('evaluation.notes.communityHeading')}</h2>
      <TextAreaField
        draft={draft}
        path={['communityFeedback']}
        label={t('evaluation.notes.communityFeedback')}
        hint={t('evaluation.notes.communityFeedbackHint')}
      />
      <TextAreaField draft={draft} path={['lessonsLearned']} label={t('osara.assessment.lessonsLearned')} />
    </>
  );
}
