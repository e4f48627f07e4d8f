// Failures outside the screens (the API client, sync, photo uploads) are kept as catalogue codes
// and worded from the "errors" messages in the language in use when they are shown.
import { describe, expect, it } from 'vitest';
import { setLanguage, t } from '#client/i18n/index';
import { errorFromResponse, HttpApiError, networkError } from '#client/platform/api/errors';
import { classifyFailure } from '#client/platform/sync/failure';
import { syncErrorText, syncStatusText } from '#client/app/shell/sync-status-text';
import type { SyncStatus } from '#client/app/contract';
import en from '#client/i18n/en.json';
import cy from '#client/i18n/cy.json';

function response(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const failed: SyncStatus = {
  online: true,
  syncing: false,
  pending: 0,
  needsAttention: 0,
  lastSyncedAt: null,
  lastError: 'rate_limited',
  firstDownload: false,
  download: null,
  sessionExpired: false,
};

describe('error words outside the screens', () => {
  it('an API error keeps its code and reads in the language in use', async () => {
    const body = { error: { code: 'forbidden', message: 'You do not have access to this.' } };
    const english = await errorFromResponse(response(403, body));
    expect(english).toMatchObject({ code: 'forbidden', status: 403, message: en.errors.forbidden });
    await setLanguage('cy');
    const welsh = await errorFromResponse(response(403, body));
    expect(welsh).toMatchObject({ code: 'forbidden', message: cy.errors.forbidden });
    expect(networkError().message).toBe(cy.errors.network_error);
  });

  it('an unknown or missing code reads as the generic failure, never as a code', async () => {
    expect((await errorFromResponse(response(500, { error: { code: 'no_such_code' } }))).code).toBe(
      'internal_error',
    );
    expect((await errorFromResponse(new Response('<html>', { status: 401 }))).message).toBe(
      en.errors.unauthenticated,
    );
  });

  it('a sync failure is kept as its code, not as words', () => {
    expect(classifyFailure(new HttpApiError('session_expired', 'x', 401, null))).toEqual({
      kind: 'session-ended',
      code: 'session_expired',
    });
    expect(classifyFailure(networkError())).toMatchObject({
      kind: 'retry',
      offline: true,
      code: 'network_error',
    });
    expect(classifyFailure(new HttpApiError('rate_limited', 'x', 429, 5000))).toMatchObject({
      code: 'rate_limited',
    });
    expect(classifyFailure(new Error('QuotaExceededError'))).toMatchObject({ code: 'internal_error' });
  });

  it('the last sync failure is re-worded when the language changes', async () => {
    expect(syncErrorText(t, failed)).toBe(`Last sync failed: ${en.errors.rate_limited}`);
    await setLanguage('cy');
    expect(syncErrorText(t, failed)).toBe(t('sync.lastFailed', { error: cy.errors.rate_limited }));
    expect(syncErrorText(t, failed)).not.toContain(en.errors.rate_limited);
    expect(syncStatusText(t, failed)).toBe(cy.sync.nothingWaiting);
  });
});
