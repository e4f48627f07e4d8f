import { useRef, useState } from 'react';
import {
  checkTransition,
  stageOrder,
  type ActionLike,
  type GateReason,
  type ReviewLike,
  type SignOffUser,
} from '#domain/osara/index';
import { useWorkspace } from '#client/app/store';
import { GateBlockedError } from '#client/app/contract';
import { useT } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { gateReasonText } from './gate-reason';
import { saveFields, type OsaraRecord } from './osara-record';

/**
 * The force database accepts a closure review only from a supervisor of the problem's team, so a
 * review it has already accepted (it has a version) counts as theirs. The device cannot know other
 * users' roles; the force database checks again when the problem is closed.
 */
export function knownReviewers(
  problem: OsaraRecord,
  reviews: readonly (ReviewLike & { readonly version?: number | null })[],
  me: SignOffUser & { readonly id: string },
): Record<string, SignOffUser> {
  const reviewers: Record<string, SignOffUser> = {};
  for (const review of reviews) {
    if (review.version !== null && review.version !== undefined) {
      reviewers[review.reviewer] = { role: 'supervisor', teamIds: [problem.teamId] };
    }
  }
  reviewers[me.id] = { role: me.role, teamIds: me.teamIds };
  return reviewers;
}

interface Props {
  problem: OsaraRecord;
  actions: readonly ActionLike[];
  reviews: readonly ReviewLike[];
}

/** The current stage and "Move to <next stage>", with every reason it is blocked, in words. */
export function StageControl({ problem, actions, reviews }: Props) {
  const t = useT();
  const workspace = useWorkspace();
  const [moving, setMoving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<readonly GateReason[]>([]);
  const blocked = useRef<HTMLDivElement>(null);
  const next = stageOrder[stageOrder.indexOf(problem.status) + 1];
  const me = { id: workspace.me.id, role: workspace.me.role, teamIds: workspace.me.teams.map((t) => t.id) };
  const reviewers = knownReviewers(problem, reviews, me);
  const result = next === undefined ? null : checkTransition(problem, next, { actions, reviews, reviewers });
  const nextLabel = next === undefined ? '' : vocabLabel(t, 'problemStatus', next);

  function move(): void {
    if (next === undefined) return;
    if (result?.allowed !== true) {
      // The button stays focusable when blocked (a disabled one would hide why); it shows why.
      blocked.current?.focus();
      return;
    }
    setMoving(true);
    setFailure(null);
    setRefused([]);
    saveFields(workspace.problems, problem.id, { status: next })
      .catch((error: unknown) => {
        // The device's records said yes, the repository's fuller check said no: show its reasons.
        if (error instanceof GateBlockedError) {
          setRefused(error.reasons);
          return;
        }
        console.warn('The stage could not be changed on this device.', error);
        setFailure(t('osara.stage.failed'));
      })
      .finally(() => {
        setMoving(false);
      });
  }

  return (
    <section className="stage" aria-labelledby="stage-heading">
      <h2 id="stage-heading">
        {t('osara.stage.heading')}{' '}
        <span className="tag">{vocabLabel(t, 'problemStatus', problem.status)}</span>
      </h2>
      {next === undefined || result === null ? (
        <p>{t('osara.stage.closed')}</p>
      ) : (
        <>
          <button
            type="button"
            onClick={move}
            disabled={moving}
            aria-disabled={result.allowed ? undefined : true}
            aria-describedby={result.allowed ? undefined : 'stage-blocked'}
          >
            {t('osara.stage.moveTo', { stage: nextLabel })}
          </button>
          {!result.allowed && (
            <div id="stage-blocked" className="stage__blocked" tabIndex={-1} ref={blocked}>
              <p>{t('osara.stage.notYet', { count: result.reasons.length })}</p>
              <ul>
                {result.reasons.map((reason) => (
                  <li key={reason.code}>{gateReasonText(t, reason)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {refused.length > 0 && (
        <ul className="stage__blocked">
          {refused.map((reason) => (
            <li key={reason.code}>{gateReasonText(t, reason)}</li>
          ))}
        </ul>
      )}
      {failure !== null && <p className="form-error">{failure}</p>}
    </section>
  );
}
