import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, errorText, setLanguage, t } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatDate, formatDateTime, formatDuration, formatOverdue } from '#client/i18n/format';
import { deviceLanguage } from '#client/i18n/languages';
import { FakeSession, renderApp } from '../ui/fakes';

afterEach(cleanup);

describe('Welsh', () => {
  it('uses the right plural form for 0, 1, 2, 3, 6 and 11 problems', async () => {
    await setLanguage('cy');
    const counts = [0, 1, 2, 3, 6, 11].map((count) => t('problems.count', { count }));
    expect(counts).toEqual([
      'Dim problemau',
      '1 broblem',
      '2 broblem',
      '3 problem',
      '6 o broblemau',
      '11 o broblemau',
    ]);
    // and each count picks the CLDR category Welsh has for it
    const rules = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 11].map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(t('format.relative.daysOverdue', { count: 2 })).toBe('2 ddiwrnod yn hwyr');
    await setLanguage('en');
    expect([1, 2].map((count) => t('problems.count', { count }))).toEqual(['1 problem', '2 problems']);
  });

  it('writes dates, times and durations in the language in use, on the force clock', async () => {
    expect(formatDate('2026-12-05')).toBe('5 Dec 2026');
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST): the force's clock, not UTC.
    expect(formatDateTime('2026-07-01T23:30:00Z')).toBe('2 Jul 2026, 00:30');
    expect(formatDuration(75)).toBe('1 hr 15 min');
    expect(formatOverdue('2026-12-02', '2026-12-05')).toBe('3 days overdue');
    await setLanguage('cy');
    expect(formatDate('2026-12-05')).toBe('5 Rhag 2026');
    expect(formatDuration(75)).toBe('1 awr 15 mun');
    expect(formatOverdue('2026-12-05', '2026-12-05')).toBe('I’w wneud heddiw');
  });

  it('labels stored codes and error codes in Welsh without changing the codes', async () => {
    await setLanguage('cy');
    expect(vocabLabel(t, 'problemType', 'begging')).toBe('Cardota');
    expect(vocabLabel(t, 'role', 'supervisor')).toBe('Goruchwyliwr');
    expect(vocabLabel(t, 'technique', 'target_harden')).toBe('Caledu’r targed');
    expect(vocabLabel(t, 'problemType', 'from_a_newer_app')).toBe('from_a_newer_app');
    expect(errorText(t, 'invalid_credentials')).toBe('Nid yw’r enw defnyddiwr neu’r cyfrinair yn gywir.');
  });

  it('starts in the device language and follows it in <html lang>', async () => {
    expect(deviceLanguage(['cy-GB', 'en-GB'])).toBe('cy');
    expect(deviceLanguage(['en-GB', 'cy'])).toBe('en');
    expect(deviceLanguage(['fr-FR'])).toBe('en');
    await setLanguage('cy');
    expect(document.documentElement.lang).toBe('cy');
    expect(currentLanguage()).toBe('cy');
  });

  it('keeps a half-typed sign-in form when the officer switches to Cymraeg', async () => {
    renderApp(new FakeSession(), '/sign-in');
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'pc123' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'half typed' } });

    fireEvent.click(screen.getByLabelText('Cymraeg'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mewngofnodi i Beatbook' })).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Enw defnyddiwr').value).toBe('pc123');
    expect(screen.getByLabelText<HTMLInputElement>('Cyfrinair').value).toBe('half typed');
    expect(document.documentElement.lang).toBe('cy');
    expect(localStorage.getItem('beatbook.language')).toBe('cy');
  });
});
