// Reading a reply body: the one place a JSON reply becomes a checked value. A body that breaks off
// reads as a network failure (the request may or may not have happened, exactly like a failed
// fetch); a body of the wrong shape is the force database's fault, never the officer's.
import type { z } from 'zod';
import { errorText, t } from '#client/i18n/index';
import { HttpApiError, networkError } from './errors';

export async function readReply<S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw networkError();
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new HttpApiError('internal_error', errorText(t, 'internal_error'), response.status, null);
  return parsed.data;
}
