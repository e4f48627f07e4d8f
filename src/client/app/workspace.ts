// The app's entry to its data layer: main.tsx creates the session service once at start-up, and
// every workspace it opens or closes is shown through the app-wide store (store.ts).
import type { SessionService } from './contract';
import { createSessionCore, type SessionServiceOptions } from '#client/session/session-service';
import { setWorkspace } from './store';

export function createSessionService(options: SessionServiceOptions = {}): SessionService {
  return createSessionCore({
    ...options,
    onWorkspace: (workspace) => {
      setWorkspace(workspace);
      options.onWorkspace?.(workspace);
    },
  });
}
