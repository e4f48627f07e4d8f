// The capture screen's tests' fakes: a patrol service that records what is saved, a position
// that answers as told, and the app opened on the capture form (capture-*.test.tsx).
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import type { Activity, ActivityFields } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { CapturedPhoto, PatrolServices, RecentChoices } from '#client/patrol/contract';
import { FakeSession, fakeWorkspace, renderApp } from '../ui/fakes';
import { locate } from '#client/patrol/data/position';
import { dropAllDrafts } from '#client/patrol/ui/capture/draft';

/** Call at the top of a test file: each test starts from a freshly opened app. */
export function setUpCaptureTests(): void {
  afterEach(() => {
    cleanup();
    dropAllDrafts();
  });
  beforeAll(() => {
    // happy-dom has no object URLs for blobs; the form only needs a string for <img src>.
    Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:test', configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
  });
}

export type Answer = { coords: { latitude: number; longitude: number; accuracy: number } } | { code: number };

export function fakeGeolocation(answer: Answer): Geolocation {
  const getCurrentPosition = (ok: PositionCallback, fail?: PositionErrorCallback | null) => {
    setTimeout(() => {
      if ('code' in answer) {
        const error: GeolocationPositionError = {
          code: answer.code,
          message: 'no',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        };
        fail?.(error);
      } else ok(answer as unknown as GeolocationPosition);
    }, 5);
  };
  return {
    getCurrentPosition,
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
}

export const hotspot: Hotspot = {
  id: '0190b7a0-0000-7000-8000-0000000000aa',
  version: 3,
  createdAt: '2026-03-03T06:00:00.000Z',
  createdBy: 'analyst',
  updatedAt: '2026-03-03T06:00:00.000Z',
  updatedBy: 'analyst',
  deleted: false,
  sourceId: 'hs-1',
  name: 'Elm Park parade',
  date: '2026-03-03',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-0.11, 51.49],
        [-0.09, 51.49],
        [-0.09, 51.51],
        [-0.11, 51.51],
        [-0.11, 51.49],
      ],
    ],
  },
};

export const picture: CapturedPhoto = {
  sha256: 'cd'.repeat(32),
  mime: 'image/jpeg',
  size: 4,
  width: 1600,
  height: 1200,
  bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]).buffer,
};

export class FakePatrol implements PatrolServices {
  readonly saved: { fields: ActivityFields; photos: CapturedPhoto[] }[] = [];
  readonly updated: { id: string; changes: Partial<ActivityFields> }[] = [];
  failWith: Error | null = null;
  existing: Activity | undefined;
  constructor(
    private readonly geolocation: Geolocation,
    private readonly recent: RecentChoices = { types: [], durationMinutes: null, problemIds: [] },
  ) {}

  readonly activities: PatrolServices['activities'] = {
    watchMine: (onChange) => {
      queueMicrotask(() => {
        onChange([]);
      });
      return () => undefined;
    },
    watch: (id, onChange) => {
      queueMicrotask(() => {
        onChange(this.existing?.id === id ? this.existing : undefined);
      });
      return () => undefined;
    },
    watchHotspots: (_day, onChange) => {
      queueMicrotask(() => {
        onChange([hotspot]);
      });
      return () => undefined;
    },
    watchHotspotsById: (_ids, onChange) => {
      queueMicrotask(() => {
        onChange([hotspot]);
      });
      return () => undefined;
    },
    recentChoices: () => Promise.resolve(this.recent),
    create: (fields, photos) => {
      if (this.failWith !== null) return Promise.reject(this.failWith);
      this.saved.push({ fields, photos: [...photos] });
      return Promise.resolve({ ...fields, id: 'a1' } as unknown as Activity);
    },
    update: (id, changes) => {
      this.updated.push({ id, changes });
      return Promise.resolve({ ...this.existing, ...changes } as Activity);
    },
  };

  readonly photos: PatrolServices['photos'] = {
    prepare: () => Promise.resolve(picture),
    load: () => Promise.resolve({ state: 'unavailable' }),
    watchUploads: (onChange) => {
      onChange({ pending: [], refused: [] });
      return () => undefined;
    },
  };

  locate = () => locate(this.geolocation, 1_000);
}

export async function openCapture(
  patrol: FakePatrol,
  path = '/activity/new',
  heading = 'Log activity',
): Promise<void> {
  const workspace = fakeWorkspace({ patrol });
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, path);
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10_000 });
  if (heading !== 'Activity') await screen.findByRole('button', { name: 'Patrol' }, { timeout: 10_000 });
}

export function logged(createdBy: string): Activity {
  return {
    id: '0190b7a0-0000-7000-8000-0000000000a1',
    version: 4,
    createdAt: '2026-03-03T10:00:00.000Z',
    createdBy,
    updatedAt: '2026-03-03T10:00:00.000Z',
    updatedBy: createdBy,
    deleted: false,
    teamId: 'north',
    type: 'visit',
    startedAt: '2026-03-03T10:00:00.000Z',
    durationMinutes: 25,
    placeText: '3 Elm Close',
    problemId: '0190b7a0-0000-7000-8000-0000000000b1',
  };
}

export function type(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

export function valueOf(label: string | RegExp): string {
  return screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label).value;
}
