// Issue 4, must-show 4: location denied and a full device are both explained in plain English
// on the capture screen, and nothing the officer entered is lost (saving again stores it all).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { locate } from '#client/patrol/data/position';
import { StorageFullError } from '#client/app/contract';
import {
  FakePatrol,
  fakeGeolocation,
  hotspot,
  logged,
  openCapture,
  picture,
  setUpCaptureTests,
  type,
  valueOf,
} from './capture-support';

setUpCaptureTests();

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
