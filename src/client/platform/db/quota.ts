// Recognising "the device is out of storage space" among the errors IndexedDB and Dexie throw.
import { StorageFullError } from '#client/app/contract';

const QUOTA = 'QuotaExceededError';

/**
 * True for a quota failure however it arrives: a DOMException named QuotaExceededError, Dexie's
 * own QuotaExceededError, or (the usual case, since browsers report quota at commit time) an
 * AbortError whose `inner` (Dexie) or `cause` is one of those.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if ('name' in error && error.name === QUOTA) return true;
  const inner = 'inner' in error ? error.inner : undefined;
  const cause = 'cause' in error ? error.cause : undefined;
  return isQuotaExceeded(inner, depth + 1) || isQuotaExceeded(cause, depth + 1);
}

/** Runs a write; a quota failure becomes StorageFullError, anything else passes through. */
export async function withQuotaCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError();
    throw error;
  }
}
