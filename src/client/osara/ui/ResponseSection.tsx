import { useState } from 'react';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import type { OsaraRecord } from './osara-record';
import { ActionEditor } from './ActionEditor';
import { NewAction } from './NewAction';
import { useProblemActions } from './use-osara-data';

/**
 * The response plan: the problem's actions, each its own record, and a form to add one. Actions
 * are folded to a one-line summary and open one at a time, so the section stays short on a phone
 * however many actions there are; the action just added opens and the new-action form folds.
 */
export function ResponseSection({ problem }: { problem: OsaraRecord }) {
  const workspace = useWorkspace();
  const actions = useProblemActions(workspace, problem.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const t = useT();
  if (actions === undefined) return <p>{t('osara.response.loading')}</p>;
  return (
    <>
      <p>{t('osara.response.intro')}</p>
      {actions.length === 0 && <p className="empty">{t('osara.response.none')}</p>}
      {actions.map((action, index) => (
        <ActionEditor
          key={action.id}
          action={action}
          number={index + 1}
          teamId={problem.teamId}
          open={openId === action.id}
          onToggle={() => {
            setOpenId((current) => (current === action.id ? null : action.id));
          }}
        />
      ))}
      <NewAction
        problemId={problem.id}
        teamId={problem.teamId}
        onAdded={setOpenId}
        folded={actions.length > 0}
      />
    </>
  );
}
