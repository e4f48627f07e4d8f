// The demo prevention lead's redaction review: the demo stories name only public
// places (a retail park, a square), so a place the record names is kept; anything else the
// detector points at is removed. Built from the force database's own undecided spans, so the
// demo publishes exactly as a lead would through the review screen.
import type { Kysely } from 'kysely';
import type { RedactionDecision } from '#domain/good-practice/redaction-decision';
import type { Tables } from '#server/platform/database/tables';
import { undecidedIn } from '#server/good-practice/publication';

export async function leadRedactions(
  db: Kysely<Tables>,
  problemId: string,
  comments: string,
): Promise<RedactionDecision[]> {
  const found = await undecidedIn(db, { problemId, comments });
  return found.map((u) => ({
    path: u.path,
    text: u.text,
    kind: u.kind,
    action: u.kind === 'known' ? 'keep' : 'remove',
  }));
}
