// The Today and Map part of the data-layer contract : what the day's
// briefing and the map read, from the device alone so that both work with no signal.
// The repositories hand back records; the screens' own pure functions decide what is "due".
import type { Action, Review } from '#domain/osara/index';
import type { Activity } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Problem } from '#domain/records';

type Unsubscribe = () => void;

export interface PatrolWindow {
  /** YYYY-MM-DD: the day whose hotspots are wanted. */
  day: string;
  /** ISO time: activities that started at or after it. */
  since: string;
}

export interface TodayData {
  /** Hotspots of the window's day (every team's: the screen picks mine), not deleted. */
  hotspots: Hotspot[];
  /** Activities of my teams (and my own) that started since the window's start, not deleted. */
  activities: Activity[];
  /** My teams' problems, not deleted. */
  problems: Problem[];
  /** Actions and reviews of those problems, not deleted. */
  actions: Action[];
  reviews: Review[];
}

export interface TodayRepository {
  watch(window: PatrolWindow, onChange: (data: TodayData) => void): Unsubscribe;
}

export interface MapData {
  /** Hotspots of the window's day, not deleted. */
  hotspots: Hotspot[];
  /** Activities of my teams (and my own) since the window's start that carry a position. */
  activities: Activity[];
  /** The problems those activities are linked to (a problem has no position of its own). */
  problems: Problem[];
}

/** The map tile server the force configured (TILE_URL, TILE_ATTRIBUTION). */
export interface TileConfig {
  url: string;
  attribution: string;
}

/** One of the force's areas (district, ward or beat) with its outline, for the map's background. */
export interface MapArea {
  id: string;
  name: string;
  kind: 'district' | 'ward' | 'beat';
  /** A GeoJSON Polygon or MultiPolygon, longitude first. */
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface MapRepository {
  watch(window: PatrolWindow, onChange: (data: MapData) => void): Unsubscribe;
  /**
   * The tile server: asked of the force database when online and remembered on the device, so
   * an offline map uses the last answer. Null when none is configured or none is known yet.
   */
  tileConfig(): Promise<TileConfig | null>;
  /**
   * The force's areas with outlines: asked of the force database when online and remembered on
   * the device like the tile server, so the map has shape offline and with no tile server.
   */
  areas(): Promise<MapArea[]>;
}
