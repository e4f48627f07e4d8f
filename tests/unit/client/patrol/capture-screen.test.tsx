// Issue 4, must-show 4: location denied and a full device are both explained in plain English
// on the capture screen, and nothing the officer entered is lost (saving again stores it all).
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ActivityFields } from '#domain/patrol/activities';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { CapturedPhoto, PatrolServices, RecentChoices } from '#client/patrol/contract';
import { FakeSession, fakeWorkspace, renderApp } from '../ui/fakes';
import { locate } from '#client/patrol/data/position';
import { StorageFullError, ValidationError } from '#client/app/contract';
import { say } from '#domain/validation';
import { dropAllDrafts } from '#client/patrol/ui/capture/draft';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';

afterEach(() => {
  cleanup();
  dropAllDrafts(); // each test starts from a freshly opened app
});

beforeAll(() => {
  // happy-dom has no object URLs for blobs; the form only needs a string for <img src>.
  Object.defineProperty(URL, 'createObjectURL', { value: () => 'blob:test', configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: () => undefined, configurable: true });
});

type Answer = { coords: { latitude: number; longitude: number; accuracy: number } } | { code: number };

function fakeGeolocation(answer: Answer): Geolocation {
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

const hotspot: Hotspot = {
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

const picture: CapturedPhoto = {
  sha256: 'cd'.repeat(32),
  mime: 'image/jpeg',
  size: 4,
  width: 1600,
  height: 1200,
  bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]).buffer,
};

class FakePatrol implements PatrolServices {
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

async function openCapture(
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

function logged(createdBy: string): Activity {
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

function type(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function valueOf(label: string | RegExp): string {
  return screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label).value;
}

describe('capture screen', () => {
  it('with location denied, says so plainly and still saves the typed place, without a position', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    expect(
      await screen.findByText(
        /^Location is turned off for Beatbook, so no position is recorded\. Type the street or place instead; you can still save\.$/,
      ),
    ).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Letter drop / leaflets' }));
    type('Street or place', 'Oak Road, odd numbers');
    type('Notes', 'Burglary prevention leaflets');
    expect(valueOf('Street or place')).toBe('Oak Road, odd numbers');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(patrol.saved).toHaveLength(1);
    });
    const fields = patrol.saved[0]?.fields;
    expect(fields).toMatchObject({
      type: 'leaflet_drop',
      placeText: 'Oak Road, odd numbers',
      notes: 'Burglary prevention leaflets',
    });
    expect(fields?.position).toBeUndefined();
    expect(fields?.hotspotId).toBeUndefined();
  });

  it('opened from a Today hotspot card, links that hotspot even with location refused', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol, `/activity/new?hotspot=${hotspot.id}`);
    expect(await screen.findByText(/^Location is turned off for Beatbook/)).toBeDefined();
    expect(valueOf('Hotspot')).toBe(hotspot.id);
    fireEvent.click(screen.getByRole('button', { name: 'Patrol' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(patrol.saved).toHaveLength(1);
    });
    expect(patrol.saved[0]?.fields).toMatchObject({ hotspotId: hotspot.id, hotspotLink: 'officer' });
    expect(patrol.saved[0]?.fields.position).toBeUndefined();
  });

  it('ignores a hotspot parameter that is not one of the hotspots on the device', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol, '/activity/new?hotspot=not-a-hotspot');
    expect(await screen.findByText(/^Location is turned off for Beatbook/)).toBeDefined();
    expect(valueOf('Hotspot')).toBe('');
  });

  it('with a fix inside a hotspot, shows the accuracy and links the hotspot; the officer can change it', async () => {
    const patrol = new FakePatrol(
      fakeGeolocation({ coords: { latitude: 51.5, longitude: -0.1, accuracy: 12 } }),
      {
        types: ['visit'],
        durationMinutes: 20,
        problemIds: [],
      },
    );
    await openCapture(patrol);
    expect(await screen.findByText('Position recorded, within 12 m.')).toBeDefined();
    expect(
      await screen.findByText('Linked from your position: you are inside Elm Park parade.'),
    ).toBeDefined();
    expect(valueOf('Hotspot')).toBe(hotspot.id);
    // Recent choices: the last type is offered first, the last duration is the default.
    expect(screen.getAllByRole('button', { pressed: false })[0]?.textContent).toBe(
      'Visit to victim or location',
    );
    expect(valueOf(/^Time spent/)).toBe('20');

    fireEvent.click(screen.getByRole('button', { name: 'Patrol' }));
    type('Hotspot', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(patrol.saved).toHaveLength(1);
    });
    expect(patrol.saved[0]?.fields).toMatchObject({
      type: 'patrol',
      durationMinutes: 20,
      hotspotLink: 'officer',
      position: { lat: 51.5, lng: -0.1, accuracyM: 12 },
    });
    expect(patrol.saved[0]?.fields.hotspotId).toBeUndefined();
  });

  it('on a full device, says "This device is full", keeps every field and the photo, and saves it all when pressed again', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 2 }));
    patrol.failWith = new StorageFullError();
    await openCapture(patrol);
    await screen.findByText(/The device position is not available right now/);

    fireEvent.click(screen.getByRole('button', { name: 'Target-hardening visit' }));
    type(/^Time spent/, '50');
    type('Street or place', '14 Mill Lane');
    type('Notes', 'Fitted window locks for the victim');
    const input = screen.getByLabelText<HTMLInputElement>(/Take or choose a photo/);
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'door.jpg', { type: 'image/jpeg' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByRole('img', { name: 'New photo 1' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(
      /^This device is full, so the activity was not saved\. Nothing you entered has been lost/,
    );
    expect(alert).toBeDefined();
    expect(screen.getByRole('button', { name: 'Target-hardening visit' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(valueOf(/^Time spent/)).toBe('50');
    expect(valueOf('Street or place')).toBe('14 Mill Lane');
    expect(valueOf('Notes')).toBe('Fitted window locks for the victim');
    expect(screen.getByRole('img', { name: 'New photo 1' })).toBeDefined();
    expect(patrol.saved).toEqual([]);

    patrol.failWith = null;
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(patrol.saved).toHaveLength(1);
    });
    expect(patrol.saved[0]?.fields).toMatchObject({
      type: 'target_hardening',
      durationMinutes: 50,
      placeText: '14 Mill Lane',
      notes: 'Fitted window locks for the victim',
      photos: [{ sha256: picture.sha256, mime: 'image/jpeg', size: 4, width: 1600, height: 1200 }],
    });
    expect(patrol.saved[0]?.photos.map((p) => p.sha256)).toEqual([picture.sha256]);
  });

  it('Save is the next Tab stop after the activity type; the arrow keys move between the types', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    const form = document.querySelector('form.capture-form');
    if (form === null) throw new Error('no capture form');
    // The Tab order: focusable controls in document order, without those taken out (tabindex -1).
    const stops = () =>
      [...form.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
      );
    const first = stops()[0];
    expect(first?.textContent).toBe('Patrol');
    expect(stops()[1]?.textContent).toBe('Save');

    fireEvent.click(screen.getByRole('button', { name: 'Letter drop / leaflets' }));
    expect(stops()[0]?.textContent).toBe('Letter drop / leaflets');
    expect(stops()[1]?.textContent).toBe('Save');

    const chosen = screen.getByRole('button', { name: 'Letter drop / leaflets' });
    chosen.focus();
    fireEvent.keyDown(chosen, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Patrol');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    const types = [...form.querySelectorAll<HTMLButtonElement>('.capture-type')];
    expect(document.activeElement).toBe(types.at(-1));
  });

  it('an empty type or a bad duration is shown next to the field and nothing is saved', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    type(/^Time spent/, '0');
    type('Notes', 'Kept');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose what you did')).toBeDefined();
    const duration = screen.getByLabelText(/^Time spent/);
    const message = screen.getByText('Enter at least one minute');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(duration.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement?.textContent).toBe('Patrol');
    expect(valueOf('Notes')).toBe('Kept');
    expect(patrol.saved).toEqual([]);
  });
});

describe('editing', () => {
  it('the author edits in the same form, filled in from the saved activity', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    patrol.existing = logged('u-123');
    await openCapture(patrol, `/activity/${patrol.existing.id}`, 'Edit activity');
    expect(valueOf('Street or place')).toBe('3 Elm Close');
    expect(valueOf(/^Time spent/)).toBe('25');
    expect(
      screen.getByRole('button', { name: 'Visit to victim or location' }).getAttribute('aria-pressed'),
    ).toBe('true');

    type('Notes', 'Victim has a new door chain');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(patrol.updated).toHaveLength(1);
    });
    expect(patrol.updated[0]?.changes).toMatchObject({
      notes: 'Victim has a new door chain',
      durationMinutes: 25,
      placeText: '3 Elm Close',
    });
  });

  it("a colleague's activity is read-only", async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    patrol.existing = logged('someone-else');
    await openCapture(patrol, `/activity/${patrol.existing.id}`, 'Activity');
    expect(screen.getByText('Only the officer who logged this activity can change it.')).toBeDefined();
    expect(screen.getByText('3 Elm Close')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });
});

describe('locate()', () => {
  it('gives the position and its accuracy, or the reason there is none, and never throws', async () => {
    expect(
      await locate(fakeGeolocation({ coords: { latitude: 1, longitude: 2, accuracy: 30 } }), 500),
    ).toEqual({
      ok: true,
      lat: 1,
      lng: 2,
      accuracyM: 30,
    });
    expect(await locate(fakeGeolocation({ code: 1 }), 500)).toEqual({ ok: false, reason: 'denied' });
    expect(await locate(fakeGeolocation({ code: 2 }), 500)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await locate(fakeGeolocation({ code: 3 }), 500)).toEqual({ ok: false, reason: 'timeout' });
    expect(await locate(null, 500)).toEqual({ ok: false, reason: 'unsupported' });
    const silent = { getCurrentPosition: () => undefined } as unknown as Geolocation;
    expect(await locate(silent, 10)).toEqual({ ok: false, reason: 'timeout' });
    const throwing = {
      getCurrentPosition: () => {
        throw new Error('insecure');
      },
    } as unknown as Geolocation;
    expect(await locate(throwing, 10)).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('switching language', () => {
  it('keeps a half-typed activity when the officer goes to More, picks Cymraeg and comes back', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    fireEvent.click(screen.getByRole('button', { name: 'Letter drop / leaflets' }));
    type(/^Time spent/, '50');
    type('Street or place', 'Oak Road, odd numbers');
    type('Notes', 'Half way down the road');

    fireEvent.click(screen.getByRole('link', { name: 'More' }));
    fireEvent.click(await screen.findByLabelText('Cymraeg'));
    await screen.findByRole('heading', { level: 1, name: cy.app.more.title });
    const logActivity = screen.getAllByRole('link', { name: cy.shell.nav.logActivity })[0];
    if (logActivity === undefined) throw new Error('no Welsh "Log activity" link');
    fireEvent.click(logActivity);

    await screen.findByRole('heading', { level: 1, name: cy.patrol.capture.title });
    expect(screen.getByText(cy.patrol.capture.draftRestored)).toBeDefined();
    expect(
      screen.getByRole('button', { name: cy.vocab.activityType.leaflet_drop }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(valueOf(/^Amser a dreuliwyd/)).toBe('50');
    expect(valueOf(cy.patrol.capture.where.place)).toBe('Oak Road, odd numbers');
    expect(valueOf(cy.patrol.capture.notes)).toBe('Half way down the road');

    fireEvent.click(screen.getByRole('button', { name: cy.patrol.capture.save }));
    await waitFor(() => {
      expect(patrol.saved).toHaveLength(1);
    });
    expect(patrol.saved[0]?.fields).toMatchObject({
      type: 'leaflet_drop',
      durationMinutes: 50,
      placeText: 'Oak Road, odd numbers',
      notes: 'Half way down the road',
    });
    // Saved, so a new activity starts empty.
    await screen.findByText(cy.patrol.capture.savedNew);
    fireEvent.click(screen.getAllByRole('link', { name: cy.shell.nav.logActivity })[0] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: cy.patrol.capture.title });
    await screen.findByRole('button', { name: cy.vocab.activityType.patrol });
    expect(valueOf(cy.patrol.capture.notes)).toBe('');
    expect(screen.queryByText(cy.patrol.capture.draftRestored)).toBeNull();
  });

  it('re-words the open form at once, its messages included, keeping what is typed', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    type(/^Time spent/, '0');
    type('Notes', 'Kept');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Choose what you did');

    await act(() => setLanguage('cy'));
    await screen.findByRole('heading', { level: 1, name: cy.patrol.capture.title });
    expect(screen.getByText(cy.patrol.capture.errors.type)).toBeDefined();
    expect(screen.getByText(cy.patrol.capture.errors.atLeastOneMinute)).toBeDefined();
    expect(screen.queryByText('Choose what you did')).toBeNull();
    expect(valueOf(/^Amser a dreuliwyd/)).toBe('0');
    expect(valueOf(cy.patrol.capture.notes)).toBe('Kept');
    expect(patrol.saved).toEqual([]);
  });

  it("says the write path's objection in Welsh beside the field, keeping what is typed", async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    patrol.failWith = new ValidationError({ notes: say('text_too_long', { field: 'notes', max: 4000 }) });
    await openCapture(patrol);
    await act(() => setLanguage('cy'));
    await screen.findByRole('heading', { level: 1, name: cy.patrol.capture.title });
    fireEvent.click(screen.getByRole('button', { name: cy.vocab.activityType.leaflet_drop }));
    type(/^Amser a dreuliwyd/, '35');
    type(cy.patrol.capture.notes, 'Taflenni ar hyd Heol y Dderwen');

    fireEvent.click(screen.getByRole('button', { name: cy.patrol.capture.save }));

    const message = await screen.findByText('Cadwch y nodiadau o dan 4000 nod');
    const notes = screen.getByLabelText(cy.patrol.capture.notes);
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    expect(notes.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByText('Keep the notes under 4000 characters')).toBeNull();
    expect(
      screen.getByRole('button', { name: cy.vocab.activityType.leaflet_drop }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(valueOf(/^Amser a dreuliwyd/)).toBe('35');
    expect(valueOf(cy.patrol.capture.notes)).toBe('Taflenni ar hyd Heol y Dderwen');
    expect(patrol.saved).toEqual([]);
  });

  it('"Start again" empties a form brought back half-typed', async () => {
    const patrol = new FakePatrol(fakeGeolocation({ code: 1 }));
    await openCapture(patrol);
    type('Notes', 'Not this one');
    fireEvent.click(screen.getByRole('link', { name: 'More' }));
    await screen.findByRole('heading', { level: 1, name: 'More' });
    fireEvent.click(screen.getAllByRole('link', { name: 'Log activity' })[0] as HTMLElement);
    await screen.findByText('This is what you were typing when you left this form.');
    expect(valueOf('Notes')).toBe('Not this one');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(valueOf('Notes')).toBe('');
    expect(screen.queryByText('This is what you were typing when you left this form.')).toBeNull();
  });
});
