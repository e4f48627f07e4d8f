// "Today": the day's briefing from this device alone, so it works with no signal: my
// team's hotspots with their patrol minutes, actions due and reviews due on my open problems.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useStillDownloading, useWorkspace } from '#client/app/store';
import type { TodayData } from '#client/patrol/view-contract';
import type { Workspace } from '#client/app/contract';
import { ActionsDueSection, ReviewsDueSection } from './today/DueSections';
import { formatLongDate } from '#client/i18n/format';
import { useT } from '#client/i18n/index';
import { HotspotsSection, type Names } from './today/HotspotsSection';
import { actionsDue, hotspotRows, myHotspotsToday, reviewsDue, todayOf, windowStart } from './today/select';
import './today/today.css';

/**
 * The records the briefing needs, live. `data` is undefined while the first read runs, null when
 * the workspace has no Today repository (a test fake), so the screen can say so.
 */
/** `paused`: read nothing while the first download runs (the screen shows it is still reading). */
function useToday(
  workspace: Workspace,
  paused: boolean,
): { today: string; data: TodayData | undefined | null } {
  const repo = workspace.today;
  // Fixed for the life of the screen: opening Today again after midnight starts the new day.
  const today = useMemo(() => todayOf(new Date()), []);
  const window = useMemo(() => ({ day: today, since: windowStart(today) }), [today]);
  const [data, setData] = useState<TodayData | undefined>(undefined);
  useEffect(() => (paused ? undefined : repo.watch(window, setData)), [repo, window, paused]);
  return { today, data };
}

/** Teammates' names from the roster on the device, for the supervisor's minutes by officer. */
function useNames(workspace: Workspace): Names {
  const roster = workspace.roster;
  const [names, setNames] = useState<Names>(new Map());
  useEffect(
    () =>
      roster.watch(({ members }) => {
        setNames(new Map(members.map((m) => [m.id, m.displayName])));
      }),
    [roster],
  );
  return names;
}

export function TodayScreen() {
  const t = useT();
  const workspace = useWorkspace();
  const { me } = workspace;
  // Until the first download has stored its last page, "nothing due" may only mean "not here yet".
  const downloading = useStillDownloading();
  const { today, data } = useToday(workspace, downloading);
  const names = useNames(workspace);
  return (
    <>
      <title>{t('app.title', { screen: t('patrol.today.title') })}</title>
      <h1>{t('patrol.today.title')}</h1>
      <p>
        {formatLongDate(today)} · <Link to="/map">{t('patrol.today.seeMap')}</Link>
      </p>
      {data === null ? (
        <p>{t('patrol.today.unreadable')}</p>
      ) : data === undefined || downloading ? (
        <p>{t('patrol.today.reading')}</p>
      ) : (
        <>
          <HotspotsSection
            rows={hotspotRows(myHotspotsToday(data.hotspots, me, today), data.activities, today)}
            me={me}
            names={names}
          />
          <ActionsDueSection rows={actionsDue(data.problems, data.actions, me, today)} today={today} />
          <ReviewsDueSection
            rows={reviewsDue(data.problems, data.reviews, me, today)}
            today={today}
            me={me}
          />
        </>
      )}
    </>
  );
}
