// Loads record-rules.ts on first use. Those schemas and OSARA rules are most of src/domain, and
// the first screen (sign-in, or the problem list read from this device) needs none of them, so
// loading them with it would push its download over budget (scripts/report-bundle.ts). Every
// caller is already async: a write, a pulled page, a stage-gate check. Callers await this BEFORE
// opening an IndexedDB transaction: awaiting anything but Dexie inside one commits it early.
import type * as RecordRules from './record-rules';

export type Rules = typeof RecordRules;

let loading: Promise<Rules> | undefined;

export function loadRecordRules(): Promise<Rules> {
  loading ??= import('./record-rules').catch((error: unknown) => {
    // A failed fetch (e.g. offline before the service worker had precached the chunk) is retried
    // on the next write instead of failing every write until the app is reloaded.
    loading = undefined;
    throw error;
  });
  return loading;
}
