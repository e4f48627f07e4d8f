import { useState, type SubmitEvent } from 'react';
import {
  decisionsByKind,
  reviewFieldsSchema,
  supervisorReviewKinds,
  type ReviewKindCode,
} from '#domain/osara/index';
import type { Problem } from '#domain/records';
import { TextArea } from '#client/app/form/controls';
import { Field, fieldAria } from '#client/app/form/Field';
import { NotAllowedError } from '#client/app/contract';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { issueTexts } from '#client/i18n/validation';
import type { ReviewWriter } from './use-review-writer';

interface Props {
  problem: Problem;
  reviewer: string;
  /** Whether this user may sign off the closure (a supervisor of the problem's team). */
  maySignOff: boolean;
  write: ReviewWriter;
  onDone: () => void;
}

/** A supervisor's decision on a stage or on the closure, kept as a review record. */
export function ReviewForm({ problem, reviewer, maySignOff, write, onDone }: Props) {
  const t = useT();
  const [kind, setKind] = useState<ReviewKindCode>(
    problem.status === 'assessment' && maySignOff ? 'closure' : 'stage',
  );
  const [decision, setDecision] = useState<string>('');
  const [comments, setComments] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  // The schema's messages by field, worded when shown so a language switch rewords them.
  const [issues, setIssues] = useState<Record<string, string>>({});
  const errors = issueTexts(t, issues);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const decisions = decisionsByKind[kind].filter((d) => maySignOff || d !== 'sign_off_closure');

  function submit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault();
    const input = {
      problemId: problem.id,
      kind,
      ...(kind === 'stage' ? { stage: problem.status } : {}),
      decision: decision === '' ? undefined : decision,
      ...(comments.trim() === '' ? {} : { comments }),
      ...(nextReviewDate === '' ? {} : { nextReviewDate }),
    };
    // Checked here with the reviewer and time so messages show at once; the repository stamps
    // the real ones (the force database's clock wins).
    const result = reviewFieldsSchema.safeParse({ ...input, reviewer, reviewedAt: new Date().toISOString() });
    if (!result.success) {
      const found: Record<string, string> = {};
      for (const issue of result.error.issues) found[String(issue.path[0] ?? '_')] ??= issue.message;
      setIssues(found);
      return;
    }
    setIssues({});
    setSaving(true);
    const { problemId, kind: checkedKind, stage, decision: checkedDecision } = result.data;
    write({
      problemId,
      kind: checkedKind,
      decision: checkedDecision,
      ...(stage === undefined ? {} : { stage }),
      ...(result.data.comments === undefined ? {} : { comments: result.data.comments }),
      ...(result.data.nextReviewDate === undefined ? {} : { nextReviewDate: result.data.nextReviewDate }),
    }).then(onDone, (error: unknown) => {
      console.warn('The review could not be saved on this device.', error);
      setFailure(
        error instanceof NotAllowedError
          ? t('supervision.review.notAllowed')
          : t('supervision.review.failed'),
      );
      setSaving(false);
    });
  }

  return (
    <form className="review-form" onSubmit={submit} noValidate>
      <fieldset className="choice-group">
        <legend>{t('supervision.review.kindLegend')}</legend>
        {supervisorReviewKinds.map((k) => (
          <div className="choice" key={k.code}>
            <input
              type="radio"
              id={`review-kind-${k.code}`}
              name="kind"
              checked={kind === k.code}
              onChange={() => {
                setKind(k.code);
                setDecision('');
              }}
            />
            <label htmlFor={`review-kind-${k.code}`}>{vocabLabel(t, 'reviewKind', k.code)}</label>
          </div>
        ))}
      </fieldset>
      <Field id="review-decision" label={t('supervision.review.decision')} error={errors.decision}>
        <select
          {...fieldAria('review-decision', errors.decision)}
          value={decision}
          onChange={(event) => {
            setDecision(event.target.value);
          }}
        >
          <option value="">{t('supervision.review.chooseDecision')}</option>
          {decisions.map((d) => (
            <option key={d} value={d}>
              {vocabLabel(t, 'reviewDecision', d)}
            </option>
          ))}
        </select>
      </Field>
      <TextArea
        id="review-comments"
        name="comments"
        label={t('supervision.review.comments')}
        value={comments}
        error={errors.comments}
        onChange={setComments}
      />
      <Field id="review-next" label={t('supervision.review.nextReviewDate')} error={errors.nextReviewDate}>
        <input
          {...fieldAria('review-next', errors.nextReviewDate)}
          type="date"
          value={nextReviewDate}
          onChange={(event) => {
            setNextReviewDate(event.target.value);
          }}
        />
      </Field>
      <button type="submit" disabled={saving}>
        {t('supervision.review.save')}
      </button>
      <p className="form-error" role="alert">
        {failure ?? ''}
      </p>
    </form>
  );
}
