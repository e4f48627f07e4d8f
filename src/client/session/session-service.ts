// SessionService (src/client/app/contract.ts): sign-in, offline restore, sign-out.
import { createApiClient, type ApiClient } from '#client/platform/api/client';
import { createDeviceStore, type DeviceStore } from '#client/platform/db/device';
import { ApiError, type SessionService, type Workspace } from '#client/app/contract';
import type { RunnerOptions } from '#client/platform/sync/runner';
import { readSignInOptions } from './sign-in-options';
import type { Me } from '#domain/session';

export interface SessionServiceOptions {
  /** '' (same origin) in the app; tests pass e.g. 'http://localhost'. */
  baseUrl?: string;
  api?: ApiClient;
  device?: DeviceStore;
  sync?: RunnerOptions;
  /** Told whenever the open workspace changes (null when closed). */
  onWorkspace?: (workspace: Workspace | null) => void;
}

export function createSessionCore(options: SessionServiceOptions = {}): SessionService {
  const api =
    options.api ?? createApiClient(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
  const device = options.device ?? createDeviceStore();
  let current: Workspace | null = null;

  function closeCurrent(): void {
    const open = current;
    if (open === null) return;
    current = null;
    open.close();
  }

  async function open(me: Me): Promise<Workspace> {
    // One workspace at a time: a user switch must stop the first officer's sync timers.
    closeCurrent();
    // The local database and every feature's repository load here, not with the app's entry:
    // the sign-in screen never needs them (the first-screen budget, scripts/report-bundle.ts).
    const { openWorkspace } = await import('./open-workspace');
    const inner = await openWorkspace(me, options.sync === undefined ? { api } : { api, sync: options.sync });
    const workspace: Workspace = {
      ...inner,
      close() {
        inner.close();
        if (current === workspace) {
          current = null;
          options.onWorkspace?.(null);
        }
      },
    };
    current = workspace;
    options.onWorkspace?.(workspace);
    return workspace;
  }

  return {
    async restore() {
      // No network: an officer opening the app in a signal black spot gets straight back to work.
      const me = device.readRemembered();
      if (me === null) return null;
      if (current?.me.id === me.id) return current;
      return open(me);
    },

    async signIn(username, password) {
      // The workspace's chunk loads while the password is checked (open() awaits the same import).
      import('./open-workspace').catch(() => undefined);
      const me = await api.signIn(username, password);
      device.remember(me);
      return open(me);
    },

    async signInOptions() {
      try {
        const response = await api.send('GET', '/api/session/options');
        return readSignInOptions(await response.json());
      } catch {
        // Offline or an older server: the password form alone, as before.
        return null;
      }
    },

    async completeProviderSignIn() {
      const me = await api.me();
      device.remember(me);
      return open(me);
    },

    async signOut(workspace, signOutOptions = {}) {
      workspace.close();
      // Forget first: signing out must work offline. Without deleteLocalData the user's database
      // is kept and only the device stops opening it automatically.
      device.forget();
      try {
        if (signOutOptions.everywhere === true) await api.send('DELETE', '/api/sessions');
        else await api.signOut();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // Offline, or the session had already ended: the cookie is dead or will expire.
      } finally {
        // A shared device: nothing of this officer stays (their database is closed above).
        if (signOutOptions.deleteLocalData === true) {
          const { deleteUserData } = await import('./data/sign-out');
          await deleteUserData(workspace.me.id);
        }
      }
    },
  };
}
