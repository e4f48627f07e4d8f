// The app's entry to its data layer. Screens call createSessionService() once at start-up and
// read the open workspace with useWorkspace() / useSyncStatus() from ./state/store.
import type { SessionService } from './contract';
import { createSessionCore, type SessionServiceOptions } from '#client/session/session-service';
import { setWorkspace } from './store';

export type { SessionServiceOptions } from '#client/session/session-service';
export { useSyncStatus, useWorkspace } from './store';

export function createSessionService(options: SessionServiceOptions = {}): SessionService {
  return createSessionCore({
    ...options,
    onWorkspace: (workspace) => {
      setWorkspace(workspace);
      options.onWorkspace?.(workspace);
    },
  });
}
