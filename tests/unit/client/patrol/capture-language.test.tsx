// Issue 15: switching language keeps a half-typed activity, and the open form is re-worded at once,
// its messages included (the capture screen's other tests are in capture-screen.test.tsx).
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '#client/app/contract';
import { say } from '#domain/validation';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';
import {
  FakePatrol,
  fakeGeolocation,
  openCapture,
  setUpCaptureTests,
  type,
  valueOf,
} from './capture-support';

setUpCaptureTests();

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
