// App-wide state, in one zustand store: the session service, whether the remembered sign-in is
// still being read, the open workspace and its sync status, and the colour theme. Records live in
// Dexie, not here. Screens read it through the hooks below; nothing else holds a second copy.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { SessionService, SyncStatus, Workspace } from './contract';
import type { SignOutOptions } from '#client/team/contract';
import { languageForUser } from '#client/i18n/index';
import { applyThemeChoice, readThemeChoice, saveThemeChoice, type ThemeChoice } from './theme';

export type AppPhase = 'restoring' | 'ready';

interface AppState {
  session: SessionService | null;
  phase: AppPhase;
  workspace: Workspace | null;
  syncStatus: SyncStatus | null;
  /** Light, dark or the device's setting (theme.ts); the only setting that is not the officer's. */
  theme: ThemeChoice;
}

const useAppStore = create<AppState>(() => ({
  session: null,
  phase: 'restoring',
  workspace: null,
  syncStatus: null,
  theme: readThemeChoice(),
}));

// Before the first render, so a dark-theme officer never sees a white flash.
applyThemeChoice(useAppStore.getState().theme);

/** Remembers the officer's theme on this device and applies it at once. */
export function setThemeChoice(theme: ThemeChoice): void {
  saveThemeChoice(theme);
  applyThemeChoice(theme);
  useAppStore.setState({ theme });
}

export function useThemeChoice(): ThemeChoice {
  return useAppStore((s) => s.theme);
}

let stopMirroring: (() => void) | null = null;

/** Shows a workspace (or none) and mirrors its sync status; the session wiring calls it too. */
export function setWorkspace(workspace: Workspace | null): void {
  if (useAppStore.getState().workspace === workspace) return;
  stopMirroring?.();
  stopMirroring = null;
  // The officer's own language on this device, if they chose one; later choices are kept as theirs.
  void languageForUser(workspace?.me.id ?? null);
  if (workspace === null) {
    useAppStore.setState({ workspace: null, syncStatus: null });
    return;
  }
  useAppStore.setState({ workspace, syncStatus: workspace.sync.getStatus() });
  stopMirroring = workspace.sync.subscribe((syncStatus) => {
    useAppStore.setState({ syncStatus });
  });
}

/**
 * Starts the app with a session service: reads the remembered sign-in from the device (no network
 * needed). Once per service: React's StrictMode runs effects twice, and two restores would open
 * two workspaces over the same database.
 */
export function startApp(session: SessionService): void {
  if (useAppStore.getState().session === session) return;
  useAppStore.getState().workspace?.close();
  setWorkspace(null);
  useAppStore.setState({ session, phase: 'restoring' });
  session.restore().then(
    (restored) => {
      if (useAppStore.getState().session !== session) {
        restored?.close(); // another service started meanwhile (tests only)
        return;
      }
      if (useAppStore.getState().workspace === null) setWorkspace(restored);
      else if (restored !== useAppStore.getState().workspace) restored?.close(); // signed in meanwhile
      useAppStore.setState({ phase: 'ready' });
    },
    (error: unknown) => {
      console.warn('Could not read the remembered sign-in from this device.', error);
      useAppStore.setState({ phase: 'ready' });
    },
  );
}

/** Opens the workspace a sign-in returned, closing any previous one. */
export function openWorkspace(next: Workspace): void {
  const previous = useAppStore.getState().workspace;
  if (previous !== null && previous !== next) previous.close();
  setWorkspace(next);
  useAppStore.setState({ phase: 'ready' });
}

/** Signs the open workspace out (see SessionService.signOut) and shows no workspace. */
export async function signOut(options?: SignOutOptions): Promise<void> {
  const { session, workspace } = useAppStore.getState();
  if (session === null || workspace === null) return;
  try {
    await session.signOut(workspace, options);
  } finally {
    workspace.close();
    setWorkspace(null);
  }
}

export function getWorkspace(): Workspace | null {
  return useAppStore.getState().workspace;
}

/** The session service, the phase and the open workspace (null when nobody is signed in). */
export function useApp(): { session: SessionService; phase: AppPhase; workspace: Workspace | null } {
  const { session, phase, workspace } = useAppStore(
    useShallow((s) => ({ session: s.session, phase: s.phase, workspace: s.workspace })),
  );
  if (session === null) throw new Error('useApp needs startApp(session) first (see App.tsx)');
  return { session, phase, workspace };
}

/** The signed-in officer's workspace. Only for screens behind the sign-in gate. */
export function useWorkspace(): Workspace {
  const workspace = useAppStore((s) => s.workspace);
  if (workspace === null) throw new Error('useWorkspace needs a signed-in officer');
  return workspace;
}

/** The open workspace's sync status; null when nobody is signed in. */
export function useSyncStatus(): SyncStatus | null {
  return useAppStore((s) => s.syncStatus);
}

/**
 * True while this device has not yet stored its first whole download: a screen with no records
 * to show says they are still loading instead of showing its empty state.
 */
export function useStillDownloading(): boolean {
  const fromStore = useAppStore((s) => s.syncStatus?.firstDownload);
  const workspace = useAppStore((s) => s.workspace);
  return fromStore ?? workspace?.sync.getStatus().firstDownload ?? false;
}
