// Sending "opened record X" events with sync (issue 6, s.62 consultation logging). Not built yet.
import type { SyncDeps } from './engine';

export async function sendConsultations(_deps: SyncDeps): Promise<void> {
  // Nothing is recorded yet.
}
