// UI state only: which workspace is open and its sync status. Records live in Dexie, not here.
import { create } from 'zustand';
import type { SyncStatus, Workspace } from './contract';

interface AppState {
  workspace: Workspace | null;
  syncStatus: SyncStatus | null;
}

const useAppStore = create<AppState>(() => ({ workspace: null, syncStatus: null }));

let stopMirroring: (() => void) | null = null;

/** Called by the session wiring when a workspace opens or closes; mirrors its sync status. */
export function setWorkspace(workspace: Workspace | null): void {
  stopMirroring?.();
  stopMirroring = null;
  if (workspace === null) {
    useAppStore.setState({ workspace: null, syncStatus: null });
    return;
  }
  useAppStore.setState({ workspace, syncStatus: workspace.sync.getStatus() });
  stopMirroring = workspace.sync.subscribe((syncStatus) => {
    useAppStore.setState({ syncStatus });
  });
}

export function getWorkspace(): Workspace | null {
  return useAppStore.getState().workspace;
}

export function useWorkspace(): Workspace | null {
  return useAppStore((s) => s.workspace);
}

/** The open workspace's sync status; null when nobody is signed in. */
export function useSyncStatus(): SyncStatus | null {
  return useAppStore((s) => s.syncStatus);
}
