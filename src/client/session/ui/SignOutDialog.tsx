// Signing out on a shared device: the officer's copy of the team's records is deleted
// from the device, so first say plainly what has not reached the force database and offer to
// sync it. A native modal <dialog>: the page behind is inert (focus stays inside) and Escape
// cancels.
import { useEffect, useRef, useState } from 'react';
import type { UnsyncedWork } from '#client/team/contract';
import type { Workspace } from '#client/app/contract';
import { errorText, t as translate, useT, type TFunction } from '#client/i18n/index';
import './sign-out.css';

interface Props {
  workspace: Workspace;
  /** Sign out and delete this user's data from the device (and end every session if asked). */
  onSignOut: (options: { everywhere: boolean }) => Promise<void>;
  onCancel: () => void;
}

type Phase = 'checking' | 'ready' | 'syncing' | 'signing-out';

const NONE: UnsyncedWork = { pending: 0, needsAttention: 0, photos: 0, total: 0 };

/** One line per kind of unsynced work, in the officer's words. */
export function unsyncedLines(t: TFunction, work: UnsyncedWork): string[] {
  const lines: string[] = [];
  if (work.pending > 0) lines.push(t('session.signOut.pending', { count: work.pending }));
  if (work.needsAttention > 0) lines.push(t('session.signOut.refused', { count: work.needsAttention }));
  if (work.photos > 0) lines.push(t('session.signOut.photos', { count: work.photos }));
  return lines;
}

export function SignOutDialog({ workspace, onSignOut, onCancel }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>('checking');
  const [work, setWork] = useState<UnsyncedWork>(NONE);
  const [problem, setProblem] = useState<string | null>(null);
  const [everywhere, setEverywhere] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    let live = true;
    workspace.unsyncedWork().then(
      (found) => {
        if (!live) return;
        setWork(found);
        setPhase('ready');
      },
      (error: unknown) => {
        console.warn('Could not count the unsynced work on this device.', error);
        if (!live) return;
        // Unknown is not "none": ask as if there were some, so nothing is deleted unawares.
        setWork({ ...NONE, pending: 1, total: 1 });
        setProblem(translate('session.signOut.cannotCheck'));
        setPhase('ready');
      },
    );
    return () => {
      live = false;
    };
  }, [workspace]);

  // Once the count is in, start on the first choice (the safe one when there is unsent work).
  const ready = phase === 'ready';
  useEffect(() => {
    if (!ready) return;
    const element = dialog.current;
    if (element === null || (element.contains(document.activeElement) && document.activeElement !== element))
      return;
    element.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [ready]);

  function signOut(): void {
    setPhase('signing-out');
    onSignOut({ everywhere }).catch((error: unknown) => {
      console.warn('Signing out did not finish.', error);
      setProblem(t('session.signOut.didNotFinish'));
      setPhase('ready');
    });
  }

  function syncThenSignOut(): void {
    setPhase('syncing');
    setProblem(null);
    const count = () => workspace.unsyncedWork();
    workspace.sync
      .syncNow()
      .catch(() => undefined)
      .then(count)
      .then((left) => {
        if (left.total === 0) {
          signOut();
          return;
        }
        setWork(left);
        const status = workspace.sync.getStatus();
        setProblem(
          !status.online
            ? t('session.signOut.offline')
            : left.needsAttention > 0 && left.pending === 0 && left.photos === 0
              ? t('session.signOut.refused')
              : status.lastError === null
                ? t('session.signOut.someNotSent')
                : t('session.signOut.someNotSentBecause', { error: errorText(t, status.lastError) }),
        );
        setPhase('ready');
      })
      .catch(() => {
        setPhase('ready');
      });
  }

  const busy = phase !== 'ready';
  const lines = unsyncedLines(t, work);
  return (
    <dialog
      ref={dialog}
      className="sign-out-dialog"
      aria-labelledby="sign-out-title"
      aria-describedby="sign-out-what"
      onKeyDown={(event) => {
        // The page behind a modal dialog is inert, but Tab can still leave for the browser's own
        // controls; keep it cycling through the dialog's buttons.
        if (event.key !== 'Tab') return;
        const buttons = [
          ...event.currentTarget.querySelectorAll('button:not(:disabled), input:not(:disabled)'),
        ];
        const first = buttons.at(0);
        const last = buttons.at(-1);
        if (!(first instanceof HTMLElement) || !(last instanceof HTMLElement)) return;
        const active = document.activeElement;
        if (event.shiftKey && (active === first || active === event.currentTarget)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && active === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      onCancel={(event) => {
        // Escape: cancel, unless the sign-out is already under way.
        event.preventDefault();
        if (phase !== 'signing-out') onCancel();
      }}
    >
      {phase === 'checking' ? (
        <>
          <h2 id="sign-out-title">{t('session.signOut.title')}</h2>
          <p id="sign-out-what">{t('session.signOut.checking')}</p>
        </>
      ) : work.total === 0 ? (
        <>
          <h2 id="sign-out-title">{t('session.signOut.confirmTitle')}</h2>
          <p id="sign-out-what">{t('session.signOut.allSent')}</p>
        </>
      ) : (
        <>
          <h2 id="sign-out-title">{t('session.signOut.unsentTitle')}</h2>
          <div id="sign-out-what">
            <p>{t('session.signOut.notReached', { count: work.total })}</p>
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>{t('session.signOut.deletesData')}</p>
          </div>
        </>
      )}
      {phase !== 'checking' && (
        <p className="sign-out-dialog__everywhere">
          <label>
            <input
              type="checkbox"
              checked={everywhere}
              disabled={busy}
              onChange={(event) => {
                setEverywhere(event.target.checked);
              }}
            />{' '}
            {t('session.signOut.everywhere')}
          </label>
        </p>
      )}
      <p className="sign-out-dialog__problem" role="alert">
        {problem ?? ''}
      </p>
      <p aria-live="polite">
        {phase === 'syncing'
          ? t('session.signOut.syncing')
          : phase === 'signing-out'
            ? t('session.signOut.signingOut')
            : ''}
      </p>
      <div className="sign-out-dialog__buttons">
        {phase !== 'checking' && work.total > 0 && (
          <>
            <button type="button" onClick={syncThenSignOut} disabled={busy}>
              {t('session.signOut.syncThenSignOut')}
            </button>
            <button type="button" className="danger" onClick={signOut} disabled={busy}>
              {t('session.signOut.deleteAndSignOut')}
            </button>
          </>
        )}
        {phase !== 'checking' && work.total === 0 && (
          <button type="button" onClick={signOut} disabled={busy}>
            {t('session.signOut.title')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel} disabled={phase === 'signing-out'}>
          {t('session.signOut.cancel')}
        </button>
      </div>
    </dialog>
  );
}
