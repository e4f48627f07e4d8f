import { Link } from 'react-router';
import { assessmentSchema } from '#domain/osara/index';
import { useT } from '#client/i18n/index';
import { InputField, SelectField, TextAreaField } from './fields';
import type { OsaraRecord } from './osara-record';
import { SaveStatus } from './SaveStatus';
import { useSectionDraft } from './use-section-draft';

// Every save is stamped: a closure sign-off counts only if made after the assessment last changed.
function stampUpdated(value: Record<string, unknown>): Record<string, unknown> {
  return { ...value, updatedAt: new Date().toISOString() };
}

export function AssessmentSection({ problem }: { problem: OsaraRecord }) {
  const t = useT();
  const draft = useSectionDraft(problem, 'assessment', assessmentSchema, stampUpdated);
  return (
    <>
      <p>{t('osara.assessment.intro')}</p>
      <TextAreaField
        draft={draft}
        path={['processEvaluation']}
        label={t('osara.assessment.processEvaluation')}
        hint={t('osara.assessment.processEvaluationHint')}
      />
      <SelectField
        draft={draft}
        path={['deliveredAsPlanned']}
        label={t('osara.assessment.deliveredAsPlanned')}
        vocab="deliveryJudgement"
      />
      <SelectField
        draft={draft}
        path={['outcome']}
        label={t('osara.assessment.outcome')}
        vocab="assessmentOutcome"
      />
      <InputField
        draft={draft}
        path={['achievedPercent']}
        label={t('osara.assessment.achievedPercent')}
        hint={t('osara.assessment.achievedPercentHint')}
        kind="number"
      />
      <TextAreaField draft={draft} path={['lessonsLearned']} label={t('osara.assessment.lessonsLearned')} />
      <SelectField
        draft={draft}
        path={['closureReason']}
        label={t('osara.assessment.closureReason')}
        vocab="closureReason"
      />
      <p>
        <Link to={`/problems/${problem.id}/evaluation`}>{t('osara.assessment.evaluationLink')}</Link>
      </p>
      <SaveStatus save={draft.save} />
    </>
  );
}
