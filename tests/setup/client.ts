// Client tests run against a real IndexedDB implementation, not mocks of our own code.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { setLanguage, startI18n } from '#client/i18n/index';

// Screens read their words from the catalogues: start in English, as an English device would, and
// put back English after a test that switched to Welsh.
await startI18n('en');
afterEach(async () => {
  await setLanguage('en');
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('beatbook.language')) localStorage.removeItem(key);
  }
});

// findBy… and waitFor wait on a condition; on a loaded two-core machine a screen can take longer
// than the library's one-second default to get there, so the ceiling is generous (never a sleep).
configure({ asyncUtilTimeout: 10_000 });
