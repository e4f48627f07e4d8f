// The screens' only way to reach the data layer: the SessionService and the open Workspace from
// src/client/services.ts. Nothing here knows how they are implemented.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { SessionService, SyncController, SyncStatus, Workspace } from './contract';
import type { SignOutOptions } from '#client/team/contract';

export type AppPhase = 'restoring' | 'ready';

interface AppContextValue {
  session: SessionService;
  phase: AppPhase;
  workspace: Workspace | null;
  /** Open the workspace a sign-in returned, closing any previous one. */
  openWorkspace: (workspace: Workspace) => void;
  signOut: (options?: SignOutOptions) => Promise<void>;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ session, children }: { session: SessionService; children: ReactNode }) {
  const [phase, setPhase] = useState<AppPhase>('restoring');
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const current = useRef<Workspace | null>(null);
  const restoreStarted = useRef(false);

  useEffect(() => {
    // Once per app: StrictMode runs effects twice in development, and two restores would open
    // two workspaces over the same database.
    if (restoreStarted.current) return;
    restoreStarted.current = true;
    session.restore().then(
      (restored) => {
        if (current.current === null) {
          current.current = restored;
          setWorkspace(restored);
        } else {
          restored?.close(); // the officer signed in while the device was still being read
        }
        setPhase('ready');
      },
      (error: unknown) => {
        console.warn('Could not read the remembered sign-in from this device.', error);
        setPhase('ready');
      },
    );
  }, [session]);

  const openWorkspace = useCallback((next: Workspace) => {
    if (current.current !== null && current.current !== next) current.current.close();
    current.current = next;
    setWorkspace(next);
    setPhase('ready');
  }, []);

  const signOut = useCallback(
    async (options?: SignOutOptions) => {
      const open = current.current;
      if (open === null) return;
      try {
        await session.signOut(open, options);
      } finally {
        open.close();
        current.current = null;
        setWorkspace(null);
      }
    },
    [session],
  );

  const value = useMemo(
    () => ({ session, phase, workspace, openWorkspace, signOut }),
    [session, phase, workspace, openWorkspace, signOut],
  );
  return <AppContext value={value}>{children}</AppContext>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp must be used inside <AppProvider>');
  return value;
}

/** The signed-in officer's workspace. Only for screens behind the sign-in gate. */
export function useWorkspace(): Workspace {
  const { workspace } = useApp();
  if (workspace === null) throw new Error('useWorkspace needs a signed-in officer');
  return workspace;
}

interface StatusStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => SyncStatus | null;
}

// useSyncExternalStore needs a stable snapshot between changes, and getStatus() may build a new
// object on every call, so keep the last status the controller reported.
function statusStore(sync: SyncController | undefined): StatusStore {
  if (sync === undefined) return { subscribe: () => () => undefined, getSnapshot: () => null };
  let snapshot = sync.getStatus();
  return {
    subscribe: (onChange) =>
      sync.subscribe((status) => {
        snapshot = status;
        onChange();
      }),
    getSnapshot: () => snapshot,
  };
}

/** Live sync status of a workspace, or null when nobody is signed in. */
export function useSyncStatusOf(workspace: Workspace | null): SyncStatus | null {
  const sync = workspace?.sync;
  const store = useMemo(() => statusStore(sync), [sync]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
