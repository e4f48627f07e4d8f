// "Map": my team's hotspots today, the team's activities logged at a position and the problems
// they belong to, from the device alone. Leaflet loads in its own chunk; the list below
// the map shows the same features and is there whether or not the map can draw.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { addDays } from '#domain/dates';
import { useWorkspace } from '#client/app/store';
import type { MapArea, MapData, TileConfig } from '#client/patrol/view-contract';
import type { Workspace } from '#client/app/contract';
import { todayOf, windowStart } from '#client/patrol/ui/today/select';
import { mapFeatures, type Period } from './map-features';
import { MapList } from './MapList';
import { useT } from '#client/i18n/index';
import './map.css';

const LeafletMap = lazy(() => import('./LeafletMap'));

function useMapData(workspace: Workspace, today: string): MapData | undefined | null {
  const repo = workspace.map;
  const window = useMemo(() => ({ day: today, since: windowStart(today) }), [today]);
  const [data, setData] = useState<MapData | undefined>(undefined);
  useEffect(() => repo.watch(window, setData), [repo, window]);
  return data;
}

/** The configured tile server, or null (none, or not known on this device yet). */
function useTiles(workspace: Workspace): TileConfig | null {
  const repo = workspace.map;
  const [tiles, setTiles] = useState<TileConfig | null>(null);
  useEffect(() => {
    let live = true;
    repo.tileConfig().then(
      (config) => {
        if (live) setTiles(config);
      },
      () => undefined, // no tiles: the plain background
    );
    return () => {
      live = false;
    };
  }, [repo]);
  return tiles;
}

/** The force's area outlines (from the force database, or as this device last had them). */
function useAreas(workspace: Workspace): MapArea[] {
  const repo = workspace.map;
  const [areas, setAreas] = useState<MapArea[]>([]);
  useEffect(() => {
    let live = true;
    repo.areas().then(
      (found) => {
        if (live) setAreas(found);
      },
      () => undefined, // no outlines: the plain background
    );
    return () => {
      live = false;
    };
  }, [repo]);
  return areas;
}

export function MapScreen() {
  const t = useT();
  const workspace = useWorkspace();
  const today = useMemo(() => todayOf(new Date()), []);
  const data = useMapData(workspace, today);
  const tiles = useTiles(workspace);
  const areas = useAreas(workspace);
  const [period, setPeriod] = useState<Period>('today');
  const features = useMemo(
    () =>
      data === undefined || data === null
        ? undefined
        : mapFeatures(data, workspace.me, today, addDays(today, -6), period),
    [data, workspace.me, today, period],
  );
  return (
    <>
      <title>{t('app.title', { screen: t('patrol.map.title') })}</title>
      <h1>{t('patrol.map.title')}</h1>
      {data === null ? (
        <p>{t('patrol.map.unreadable')}</p>
      ) : features === undefined ? (
        <p>{t('patrol.map.reading')}</p>
      ) : (
        <>
          <fieldset className="map-period">
            <legend>{t('patrol.map.periodLegend')}</legend>
            <label>
              <input
                type="radio"
                name="period"
                checked={period === 'today'}
                onChange={() => {
                  setPeriod('today');
                }}
              />
              {t('patrol.map.periodToday')}
            </label>
            <label>
              <input
                type="radio"
                name="period"
                checked={period === 'week'}
                onChange={() => {
                  setPeriod('week');
                }}
              />
              {t('patrol.map.periodWeek')}
            </label>
          </fieldset>
          <ul className="map-legend" aria-hidden="true">
            <li>
              <span className="map-legend__key map-legend__key--hotspot" />
              {t('patrol.map.keyHotspot')}
            </li>
            <li>
              <span className="map-legend__key map-legend__key--activity" />
              {t('patrol.map.keyActivity')}
            </li>
            <li>
              <span className="map-legend__key map-legend__key--problem" />
              {t('patrol.map.keyProblem')}
            </li>
          </ul>
          <p id="map-help">
            {tiles === null &&
              `${areas.length > 0 ? t('patrol.map.noTilesAreas') : t('patrol.map.noTiles')} `}
            {t('patrol.map.listNote')}
          </p>
          <Suspense fallback={<p>{t('patrol.map.loading')}</p>}>
            <LeafletMap
              features={features}
              tiles={tiles}
              areas={areas}
              label={t('patrol.map.label', {
                hotspots: t('patrol.map.hotspotCount', { count: features.hotspots.length }),
                activities: t('patrol.map.activityCount', { count: features.activities.length }),
              })}
              describedBy="map-help"
            />
          </Suspense>
          <MapList features={features} period={period} />
        </>
      )}
    </>
  );
}
