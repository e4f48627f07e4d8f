// What the detector finds in a copy already published (`published:rescan`): copies
// made before the redaction review, by the old patterns alone, are checked again so a prevention
// lead can withdraw and re-publish them. Pure; text the reviewer explicitly kept is not reported.
import { findPersonalData } from './personal-data';
import type { PersonalDataKind } from './personal-data/kinds';

export interface RescanFinding {
  path: string;
  kind: PersonalDataKind;
  text: string;
}

// Codes, dates and counts are not free text; only these keys and everything under `body` are.
const textKeys = ['title', 'summary'] as const;

function strings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      strings(v, `${path}.${String(i)}`, out);
    });
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) strings(v, path === '' ? k : `${path}.${k}`, out);
}

/** Every span the detector finds in the copy's text, less what its review kept. */
export function rescanCopy(copy: Record<string, unknown>, known: readonly string[] = []): RescanFinding[] {
  const texts: { path: string; text: string }[] = [];
  for (const key of textKeys) strings(copy[key], key, texts);
  strings(copy.body, 'body', texts);
  const kept = new Set(
    (Array.isArray(copy.decisions) ? copy.decisions : []).flatMap((d: unknown) => {
      const { action, path, text } = (d ?? {}) as { action?: unknown; path?: unknown; text?: unknown };
      return action === 'keep' && typeof path === 'string' && typeof text === 'string'
        ? [`${path}\u0000${text}`]
        : [];
    }),
  );
  // The copy's body paths carry a `body.` prefix its review's paths do not (title and summary aside).
  const reviewPath = (path: string): string => path.replace(/^body\./, '');
  return texts.flatMap(({ path, text }) =>
    findPersonalData(text, known)
      .filter((s) => !kept.has(`${reviewPath(path)}\u0000${s.text}`))
      .map((s) => ({ path, kind: s.kind, text: s.text })),
  );
}
