// The Leaflet map, in its own lazy chunk with Leaflet's CSS (never in the first download, never
// from a CDN). Hotspots are SVG outlines, activities and problems SVG circles, so the map needs
// nothing from the network: without a tile server, or with tiles unreachable, it draws them on a
// plain background. The list beside it (MapList) is the keyboard and screen-reader path; the map
// itself is labelled and can be panned with the arrow keys and zoomed with + and -.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import type { MapArea, TileConfig } from '#client/patrol/view-contract';
import type { MapFeatures } from './map-features';
import { useT } from '#client/i18n/index';
import { activityText, minutesLine } from './map-text';

/** Tiles that fail before any loads: the server is unreachable, so stop asking and say so. */
const FAILED_TILES_BEFORE_FALLBACK = 4;
const HOTSPOT_STYLE: L.PathOptions = { color: '#b00020', weight: 3, fillColor: '#b00020', fillOpacity: 0.12 };
const ACTIVITY_STYLE: L.CircleMarkerOptions = {
  radius: 7,
  color: '#ffffff',
  weight: 2,
  fillColor: '#123a6b',
  fillOpacity: 1,
};
const PROBLEM_STYLE: L.CircleMarkerOptions = {
  radius: 11,
  color: '#6b4300',
  weight: 3,
  fillColor: '#ffdd00',
  fillOpacity: 0.9,
};
/** Great Britain, for a map with nothing on it yet. */
const EMPTY_VIEW: { center: L.LatLngExpression; zoom: number } = { center: [54.0, -2.5], zoom: 5 };

/** Districts as filled shapes with a firm edge, wards inside them with a lighter one and their name. */
function drawAreas(areas: readonly MapArea[]): L.FeatureGroup {
  const group = L.featureGroup();
  const ordered = [...areas].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const area of ordered) {
    const shape = L.geoJSON(area.geometry, {
      pane: AREA_PANE,
      interactive: false,
      style: { className: `map-area map-area--${area.kind}`, weight: area.kind === 'district' ? 3 : 1.5 },
    });
    if (area.kind === 'ward')
      shape.bindTooltip(area.name, {
        permanent: true,
        direction: 'center',
        className: 'map-area-label',
        pane: AREA_PANE,
      });
    shape.addTo(group);
  }
  return group;
}
const KIND_ORDER: readonly MapArea['kind'][] = ['district', 'ward', 'beat'];

/** Popup content built as text nodes: names come from analysts' files and officers' typing. */
function popup(lines: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, index) => {
    const p = document.createElement(index === 0 ? 'strong' : 'p');
    p.textContent = line;
    box.append(p);
  });
  return box;
}

export interface LeafletMapProps {
  features: MapFeatures;
  tiles: TileConfig | null;
  /** The force's districts and wards, drawn as the background when there are no tiles. */
  areas: readonly MapArea[];
  label: string;
  describedBy: string;
}

/** Below the hotspots and points (overlayPane is 400), above the tiles (200). */
const AREA_PANE = 'areas';

export default function LeafletMap({ features, tiles, areas, label, describedBy }: LeafletMapProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (container.current === null) return;
    const created = L.map(container.current, {
      attributionControl: false,
      zoomControl: false, // added below with its titles in the language in use
      zoomSnap: 0.5,
    });
    created.createPane(AREA_PANE).style.zIndex = '350';
    created.setView(EMPTY_VIEW.center, EMPTY_VIEW.zoom);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, []);

  // Leaflet's own zoom buttons say "Zoom in" and "Zoom out" (title and label) unless told otherwise.
  useEffect(() => {
    const current = map.current;
    if (current === null) return;
    const zoom = L.control
      .zoom({ zoomInTitle: t('patrol.map.zoomIn'), zoomOutTitle: t('patrol.map.zoomOut') })
      .addTo(current);
    return () => {
      zoom.remove();
    };
  }, [t]);

  useEffect(() => {
    const current = map.current;
    if (current === null || tiles === null) return;
    let loaded = false;
    let failed = 0;
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 });
    const attribution = L.control.attribution({ prefix: false }).addTo(current);
    layer.on('tileload', () => {
      loaded = true;
      setTilesFailed(false);
    });
    layer.on('tileerror', () => {
      failed += 1;
      if (!loaded && failed >= FAILED_TILES_BEFORE_FALLBACK) {
        layer.remove();
        attribution.remove();
        setTilesFailed(true);
      }
    });
    layer.addTo(current);
    return () => {
      layer.remove();
      attribution.remove();
    };
  }, [tiles]);

  // No tiles (none set up, or unreachable): the force's areas give the map its shape.
  const background = tiles === null || tilesFailed;
  const [areaBounds, setAreaBounds] = useState<L.LatLngBounds | null>(null);
  useEffect(() => {
    const current = map.current;
    if (current === null || !background || areas.length === 0) return;
    const layer = drawAreas(areas).addTo(current);
    const bounds = layer.getBounds();
    setAreaBounds(bounds.isValid() ? bounds : null);
    return () => {
      layer.remove();
    };
  }, [areas, background]);

  useEffect(() => {
    const current = map.current;
    if (current === null) return;
    const group = L.featureGroup();
    for (const h of features.hotspots) {
      L.geoJSON(h.geometry, { style: HOTSPOT_STYLE })
        .bindPopup(popup([h.name, minutesLine(t, h.minutesToday, h.minutes7Days)]))
        .addTo(group);
    }
    for (const p of features.problems) {
      L.circleMarker([p.lat, p.lng], PROBLEM_STYLE)
        .bindPopup(
          popup([
            p.problem.title,
            t('patrol.map.problemPopup', {
              activities: t('patrol.map.activityCount', { count: p.activityCount }),
            }),
          ]),
        )
        .addTo(group);
    }
    for (const a of features.activities) {
      L.circleMarker([a.lat, a.lng], ACTIVITY_STYLE)
        .bindPopup(popup(activityText(t, a)))
        .addTo(group);
    }
    group.addTo(current);
    const bounds = group.getBounds();
    if (bounds.isValid()) current.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    else if (areaBounds !== null) current.fitBounds(areaBounds);
    return () => {
      group.remove();
    };
    // The popups are re-worded when the language changes (t changes with it).
  }, [features, areaBounds, t]);

  return (
    <>
      <div
        ref={container}
        className="map-canvas"
        role="region"
        aria-label={label}
        aria-describedby={describedBy}
        data-testid="map-canvas"
      />
      {tiles !== null && tilesFailed && (
        <p className="map-note" role="status">
          {t('patrol.map.tilesFailed')}
        </p>
      )}
    </>
  );
}
