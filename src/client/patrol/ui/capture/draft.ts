// What an officer has typed on the capture form, kept in memory while they leave the form (to
// switch the language under More, to look at Today) and given back when they return, so nothing
// typed is lost to a trip elsewhere in the app. Never stored: it lasts until Save, "Start again",
// or the app is closed or reloaded. Kept per officer: another officer signing in on this device
// never sees it, and opening the form as someone else forgets it.
import type { CapturedPhoto } from '#client/patrol/contract';
import type { CaptureValues } from './values';

export interface CaptureDraft {
  values: CaptureValues;
  added: CapturedPhoto[];
}

const drafts = new Map<string, { userId: string; draft: CaptureDraft }>();

/** "new" for a new activity, else the id of the activity being edited. */
export type DraftFor = string;

/** The officer's draft for this form, if they left it half-typed; other officers' are forgotten. */
export function readDraft(userId: string, form: DraftFor): CaptureDraft | undefined {
  for (const [key, kept] of drafts) if (kept.userId !== userId) drafts.delete(key);
  return drafts.get(`${userId}:${form}`)?.draft;
}

export function keepDraft(userId: string, form: DraftFor, draft: CaptureDraft): void {
  drafts.set(`${userId}:${form}`, { userId, draft });
}

export function dropDraft(userId: string, form: DraftFor): void {
  drafts.delete(`${userId}:${form}`);
}

/** Forgets every officer's draft (a test starting from a fresh app). */
export function dropAllDrafts(): void {
  drafts.clear();
}
