import { useState } from 'react';
import { useWorkspace } from '#client/app/store';
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
  if (actions === undefined) return <p>Loading actions…</p>;
  return (
    <>
      <p>
        Each action is tagged with the situational crime prevention techniques it uses, so that the force can
        later find what worked.
      </p>
      {actions.length === 0 && <p className="empty">No actions yet.</p>}
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
