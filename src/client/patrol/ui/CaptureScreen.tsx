// Log activity (/activity/new) and edit one (/activity/:id). Three taps from any screen: "Log
// activity" in the menu, the activity type, Save; everything else has a sensible default.
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { localDate } from '#domain/dates';
import type { Activity } from '#domain/patrol/activities';
import { useWorkspace } from '#client/app/store';
import { ValidationError, type Workspace } from '#client/app/contract';
import { type PatrolServices } from '#client/patrol/contract';
import { ActivityDetails } from './capture/ActivityDetails';
import { CaptureForm } from './capture/CaptureForm';
import { orderProblems, useHotspots, useOpenProblems, useRecentChoices } from './capture/use-capture-data';
import { useActivity } from './capture/use-activity';
import { emptyValues, valuesOf, withChosenHotspot } from './capture/values';
import { useT } from '#client/i18n/index';
import type { SavedNotice } from './MyActivity';
import './capture/capture.css';

function NewActivity({ workspace, patrol }: { workspace: Workspace; patrol: PatrolServices }) {
  const t = useT();
  const navigate = useNavigate();
  // "Log activity here" on a Today hotspot card passes the hotspot it was pressed on.
  const [params] = useSearchParams();
  const recent = useRecentChoices(workspace);
  const problems = useOpenProblems(workspace);
  const hotspots = useHotspots(workspace, localDate(new Date().toISOString()) ?? '');
  if (recent === null || hotspots === null) return <p>{t('patrol.capture.opening')}</p>;
  const firstTeam = workspace.me.teams[0]?.id ?? '';
  return (
    <CaptureForm
      patrol={patrol}
      teams={workspace.me.teams}
      initial={withChosenHotspot(
        emptyValues(new Date(), firstTeam, recent.durationMinutes),
        params.get('hotspot'),
        hotspots,
      )}
      recentTypes={recent.types}
      problems={orderProblems(problems, recent.problemIds, workspace.me.id)}
      hotspots={hotspots}
      locateOnOpen
      draft={{ userId: workspace.me.id, form: 'new' }}
      onSave={async (fields, photos) => {
        await patrol.activities.create(fields, photos);
        const saved: SavedNotice = 'savedNew';
        await navigate('/activity', { state: { saved } });
      }}
    />
  );
}

function EditActivity({
  workspace,
  patrol,
  activity,
}: {
  workspace: Workspace;
  patrol: PatrolServices;
  activity: Activity;
}) {
  const t = useT();
  const navigate = useNavigate();
  const problems = useOpenProblems(workspace);
  const hotspots = useHotspots(workspace, localDate(activity.startedAt) ?? '');
  if (hotspots === null) return <p>{t('patrol.capture.opening')}</p>;
  return (
    <CaptureForm
      patrol={patrol}
      teams={workspace.me.teams}
      initial={valuesOf(activity)}
      recentTypes={[activity.type]}
      problems={orderProblems(
        problems,
        activity.problemId === undefined ? [] : [activity.problemId],
        workspace.me.id,
      )}
      hotspots={hotspots}
      locateOnOpen={false}
      draft={{ userId: workspace.me.id, form: activity.id }}
      onSave={async (fields, photos) => {
        // An edit can change a link but not yet remove one (the write path fills absent fields
        // from the stored record), so say so rather than appear to remove it.
        const kept: Record<string, string> = {};
        if (activity.problemId !== undefined && fields.problemId === undefined)
          kept.problemId = t('patrol.capture.errors.problemLinkKept');
        if (activity.hotspotId !== undefined && fields.hotspotId === undefined)
          kept.hotspotId = t('patrol.capture.errors.hotspotLinkKept');
        if (Object.keys(kept).length > 0) throw new ValidationError(kept);
        // Every field is given, so one cleared on the form (notes, a problem link) is cleared.
        const cleared = { placeText: '', notes: '', photos: [] };
        await patrol.activities.update(activity.id, { ...cleared, ...fields }, photos);
        const saved: SavedNotice = 'savedChanges';
        await navigate('/activity', { state: { saved } });
      }}
    />
  );
}

export function CaptureScreen() {
  const t = useT();
  const workspace = useWorkspace();
  const { id } = useParams();
  const patrol = workspace.patrol;
  const activity = useActivity(patrol, id);
  if (id === undefined)
    return (
      <>
        <title>{t('app.title', { screen: t('patrol.capture.title') })}</title>
        <h1>{t('patrol.capture.title')}</h1>
        <NewActivity workspace={workspace} patrol={patrol} />
      </>
    );
  if (!activity.loaded) return <p>{t('patrol.capture.loading')}</p>;
  if (activity.value === undefined)
    return (
      <>
        <title>{t('app.title', { screen: t('patrol.capture.notFoundTitle') })}</title>
        <h1>{t('patrol.capture.notFoundTitle')}</h1>
        <p>{t('patrol.capture.notFoundBody')}</p>
        <Link to="/activity">{t('patrol.capture.backToMine')}</Link>
      </>
    );
  const mine = activity.value.createdBy === workspace.me.id;
  const heading = mine ? t('patrol.capture.editTitle') : t('patrol.capture.viewTitle');
  return (
    <>
      <title>{t('app.title', { screen: heading })}</title>
      <h1>{heading}</h1>
      <p>
        <Link to="/activity">{t('patrol.capture.backToMine')}</Link>
      </p>
      {mine ? (
        <EditActivity workspace={workspace} patrol={patrol} activity={activity.value} />
      ) : (
        <ActivityDetails activity={activity.value} />
      )}
    </>
  );
}
