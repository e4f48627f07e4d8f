import { useSyncExternalStore } from 'react';
import { applyUpdate, isUpdateReady, subscribeToUpdate } from '#client/platform/pwa/register';

/** Shown when a new version is waiting. Nothing reloads until the officer presses "Reload". */
export function UpdateBanner() {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, () => false);
  if (!ready) return null;
  return (
    <section className="update-banner" aria-label="App update">
      <p>A new version is ready</p>
      <p className="hint">Save anything you are typing first.</p>
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
    </section>
  );
}
