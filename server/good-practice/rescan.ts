// `published:rescan`: every live published copy in which the detector now finds
// something, so copies made before the redaction review can be reviewed, withdrawn and
// re-published. It reports where and what kind, never the text itself (the console is not the
// place to repeat a victim's name), and the run is audited.
import type { Kysely } from 'kysely';
import { knownStringsOf } from '#domain/good-practice/publish';
import { rescanCopy } from '#domain/good-practice/rescan';
import type { Tables } from '#server/platform/database/tables';
import { writeAudit } from '#server/platform/store/audit-log';
import { childrenTyped, findTyped } from '#server/platform/store/typed-records';
import { publishedPage } from './store/published';

export interface RescanLine {
  id: string;
  reference: string | null;
  title: string;
  /** Spans found, by kind, and the fields they are in. */
  kinds: Record<string, number>;
  paths: string[];
}

/** The strings the copy's problem names elsewhere, if the force database still holds it. */
async function knownFor(db: Kysely<Tables>, problemId: string): Promise<string[]> {
  const problem = await findTyped(db, 'problems', problemId);
  if (problem === undefined) return [];
  const actions = await childrenTyped(db, 'actions', problemId, problem.teamId);
  return knownStringsOf(
    { ...problem.data, id: problem.id, reference: problem.reference },
    actions.map((a) => a.data),
  );
}

export async function rescanPublished(
  db: Kysely<Tables>,
): Promise<{ checked: number; flagged: RescanLine[] }> {
  const flagged: RescanLine[] = [];
  let checked = 0;
  for (let after = ''; ;) {
    const page = await publishedPage(db, after, 200);
    if (page.length === 0) break;
    for (const copy of page) {
      checked += 1;
      const problemId = typeof copy.data.problemId === 'string' ? copy.data.problemId : copy.id;
      const findings = rescanCopy(copy.data, await knownFor(db, problemId));
      if (findings.length === 0) continue;
      const kinds: Record<string, number> = {};
      for (const f of findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
      flagged.push({
        id: copy.id,
        reference: typeof copy.data.reference === 'string' ? copy.data.reference : null,
        title: typeof copy.data.title === 'string' ? copy.data.title : '',
        kinds,
        paths: [...new Set(findings.map((f) => f.path))],
      });
    }
    after = page[page.length - 1]?.id ?? after;
  }
  await writeAudit(db, {
    userId: null,
    action: 'published.rescan',
    collection: 'published',
    details: { checked, flagged: flagged.map((f) => f.id) },
  });
  return { checked, flagged };
}
