// Checking a section draft against its schema: the messages to show beside fields, and the part
// of the draft that is valid enough to save. An officer's half-finished or mistyped field must
// never stop the rest of what they typed from being saved.
import type { z } from 'zod';
import { pathKey, setAt, type Path } from './paths';

export type FieldMessages = Readonly<Record<string, string>>;

export interface Checked<T> {
  /** Plain-English messages keyed by field path (`offender.description`). */
  messages: FieldMessages;
  /** What can be saved: the draft without the fields that are not valid, or null if nothing can. */
  saveable: T | null;
}

function issuesOf(error: z.ZodError): { path: Path; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
    message: issue.message,
  }));
}

/**
 * Parses `draft`. When it fails, drops each invalid field and tries again, one level further up
 * each round (an incomplete person row goes as a whole), so the valid rest is still saved. Array
 * items are dropped from the highest index down so earlier indexes stay right.
 */
export function checkSection<T>(schema: z.ZodType<T>, draft: unknown): Checked<T> {
  const first = schema.safeParse(draft);
  if (first.success) return { messages: {}, saveable: first.data };
  const messages: Record<string, string> = {};
  for (const { path, message } of issuesOf(first.error)) messages[pathKey(path)] ??= message;

  let current = draft;
  let error = first.error;
  for (let climb = 0; climb < 4; climb += 1) {
    const paths = issuesOf(error)
      .map(({ path }) => path.slice(0, Math.max(1, path.length - climb)))
      .sort((a, b) => pathKey(b).localeCompare(pathKey(a), 'en', { numeric: true }));
    const seen = new Set<string>();
    for (const path of paths) {
      if (seen.has(pathKey(path))) continue;
      seen.add(pathKey(path));
      current = setAt(current, path, undefined);
    }
    const again = schema.safeParse(current);
    if (again.success) return { messages, saveable: again.data };
    error = again.error;
  }
  return { messages, saveable: null };
}
