// The events that start a sync (ARCHITECTURE.md, "Triggers"), apart from the write debounce and
// the retry timer, which the runner owns.

export interface TriggerHandlers {
  /** Connectivity came back or the app came to the front: worth trying at once. */
  urgent(): void;
  /** The periodic tick: respects back-off. */
  periodic(): void;
  /** navigator.onLine changed. */
  connectivity(online: boolean): void;
}

export function isBrowserOnline(): boolean {
  const nav = (globalThis as { navigator?: Partial<Navigator> }).navigator;
  return nav?.onLine ?? true;
}

/** Attaches listeners and the interval; returns the function that removes them all. */
export function attachTriggers(handlers: TriggerHandlers, intervalMs: number): () => void {
  const target = (globalThis as { window?: Window }).window;
  const doc = (globalThis as { document?: Document }).document;
  const onOnline = (): void => {
    handlers.connectivity(true);
    handlers.urgent();
  };
  const onOffline = (): void => {
    handlers.connectivity(false);
  };
  const onVisibility = (): void => {
    if (doc?.visibilityState === 'visible') handlers.urgent();
  };
  target?.addEventListener('online', onOnline);
  target?.addEventListener('offline', onOffline);
  doc?.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(() => {
    handlers.periodic();
  }, intervalMs);
  return () => {
    target?.removeEventListener('online', onOnline);
    target?.removeEventListener('offline', onOffline);
    doc?.removeEventListener('visibilitychange', onVisibility);
    clearInterval(timer);
  };
}
