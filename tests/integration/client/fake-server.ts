// A small in-memory force database that follows the sync protocol honestly: it dedups by
// mutation id, merges field by field with the domain's mergeEdit, numbers every change from one
// counter and serves the change feed by cursor. Knobs let a test drop a reply or end a session.
import type { ConflictRecord } from '#domain/conflicts';
import { mergeEdit, type FieldAuthors, type FieldVersions } from '#domain/merge';
import { validateFields, type Problem } from '#domain/records';
import type { RosterMember } from '#domain/roster';
import type { Me } from '#domain/session';
import type { Mutation, MutationResult, PulledChange, PullResponse } from '#domain/sync';
import type { ErrorCode } from '#domain/errors';

interface Stored {
  record: Problem;
  fieldVersions: FieldVersions;
  fieldAuthors: FieldAuthors;
}

export class FakeForceDatabase {
  readonly users = new Map<string, { password: string; me: Me }>();
  readonly records = new Map<string, Stored>();
  /** Step 1 of the protocol: results by mutation id, with the payload they were for. */
  readonly processed = new Map<string, { payload: string; result: MutationResult }>();
  /** Every mutation that reached the server, in arrival order (retries included). */
  readonly received: { by: string; mutation: Mutation }[] = [];
  /** Replaced values, numbered with the write that replaced them (the `conflicts` collection). */
  readonly conflicts: ConflictRecord[] = [];
  /** Records moved out of the signed-in team's reach (a problem moved to another team). */
  readonly exits: PulledChange[] = [];
  sessionUser: Me | null = null;
  sessionExpired = false;
  /** Refuse these mutation ids with this code (a server rule the app does not know). */
  readonly refuse = new Map<string, ErrorCode>();
  private seq = 0;
  private referenceSeq = 0;

  addUser(me: Me, password = 'correct horse battery'): Me {
    this.users.set(me.username, { password, me });
    return me;
  }

  signIn(username: string, password: string): Me | null {
    const user = this.users.get(username);
    if (user?.password !== password) return null;
    this.sessionUser = user.me;
    this.sessionExpired = false;
    return user.me;
  }

  push(by: Me, mutations: readonly Mutation[]): MutationResult[] {
    return mutations.map((mutation) => {
      this.received.push({ by: by.id, mutation });
      const payload = JSON.stringify(mutation);
      const seen = this.processed.get(mutation.id);
      if (seen) {
        if (seen.payload === payload) return seen.result;
        return reject(mutation.id, 'mutation_id_reused');
      }
      const result = this.apply(by, mutation);
      this.processed.set(mutation.id, { payload, result });
      return result;
    });
  }

  private apply(by: Me, m: Mutation): MutationResult {
    const refused = this.refuse.get(m.id);
    if (refused) return reject(m.id, refused);
    const stored = this.records.get(m.recordId);
    const current = stored ? fieldsOf(stored.record) : {};
    const next = validateFields('problems', { ...current, ...m.changes });
    if (m.op === 'put' && !next.ok) return reject(m.id, 'invalid_record');
    if (!by.teams.some((t) => t.id === (next.ok ? next.value.teamId : ''))) return reject(m.id, 'forbidden');
    const version = ++this.seq;
    const now = new Date().toISOString();
    const outcome = mergeEdit(
      stored
        ? {
            data: current,
            fieldVersions: stored.fieldVersions,
            fieldAuthors: stored.fieldAuthors,
            version: stored.record.version ?? 0,
            deleted: stored.record.deleted,
            updatedBy: stored.record.updatedBy,
            updatedAt: stored.record.updatedAt,
          }
        : null,
      { changes: m.changes, baseVersion: m.baseVersion, deleted: m.op === 'delete', by: by.id, at: m.at },
      version,
    );
    const record = {
      ...(stored?.record ?? {
        id: m.recordId,
        createdAt: now,
        createdBy: by.id,
        reference: `PS-2026-${String(++this.referenceSeq).padStart(6, '0')}`,
      }),
      ...outcome.data,
      version,
      updatedAt: now,
      updatedBy: by.id,
      deleted: outcome.deleted,
    } as Problem;
    this.records.set(m.recordId, {
      record,
      fieldVersions: outcome.fieldVersions,
      fieldAuthors: outcome.fieldAuthors,
    });
    for (const c of outcome.conflicts) {
      this.conflicts.push({
        ...c,
        id: crypto.randomUUID(),
        version,
        deleted: false,
        collection: 'problems',
        recordId: m.recordId,
        replacedByName: this.nameOf(c.replacedBy),
        by: by.id,
        byName: by.displayName,
        at: m.at,
        mutationId: m.id,
      });
    }
    return { mutationId: m.id, status: outcome.status, version, conflicts: outcome.conflicts };
  }

  /** A server-side edit by someone else (e.g. a supervisor on another device). */
  editAsOther(by: Me, recordId: string, changes: Record<string, unknown>): void {
    const stored = this.records.get(recordId);
    if (!stored) throw new Error('no such record');
    this.push(by, [
      {
        id: crypto.randomUUID(),
        collection: 'problems',
        recordId,
        op: 'put',
        changes,
        baseVersion: stored.record.version,
        at: new Date().toISOString(),
      },
    ]);
  }

  /**
   * The problem moves to a team this device's user is not in: it and its conflicts leave the
   * feed, and the feed says so once, at a new number (`leftScope`, as the real server does).
   */
  moveAway(recordId: string): void {
    if (!this.records.delete(recordId)) throw new Error('no such record');
    this.conflicts.splice(0, this.conflicts.length, ...this.conflicts.filter((c) => c.recordId !== recordId));
    this.seq += 1;
    this.exits.push({
      collection: 'problems',
      record: { id: recordId, version: this.seq, deleted: true },
      leftScope: true,
    });
  }

  private nameOf(userId: string): string | null {
    for (const { me } of this.users.values()) if (me.id === userId) return me.displayName;
    return null;
  }

  /** GET /api/roster: the signed-in user and everyone who shares a team with them. */
  roster(by: Me): RosterMember[] {
    const teamIds = new Set(by.teams.map((t) => t.id));
    return [...this.users.values()]
      .map(({ me }) => me)
      .filter((me) => me.id === by.id || me.teams.some((t) => teamIds.has(t.id)))
      .map((me) => ({
        id: me.id,
        displayName: me.displayName,
        role: me.role,
        teamIds: me.teams.map((t) => t.id),
        active: true,
      }));
  }

  /** Records and conflicts in change-number order; a page never ends inside one number. */
  /** `estimate`: as the real server, the number of changes after `cursor` when more pages follow. */
  pull(cursor: number, limit: number, estimate = false): PullResponse {
    const feed: PulledChange[] = [
      ...[...this.records.values()].map((s): PulledChange => ({
        collection: 'problems',
        record: { ...s.record, version: s.record.version ?? 0 },
      })),
      ...this.conflicts.map((c): PulledChange => ({ collection: 'conflicts', record: c })),
      ...this.exits,
    ]
      .filter((c) => c.record.version > cursor)
      .sort((a, b) => a.record.version - b.record.version);
    const upTo = feed[Math.min(limit, feed.length) - 1]?.record.version ?? cursor;
    const changes = feed.filter((c) => c.record.version <= upTo);
    const hasMore = feed.length > changes.length;
    return {
      changes,
      cursor: upTo,
      hasMore,
      ...(estimate && hasMore ? { estimatedTotal: feed.length } : {}),
    };
  }

  /** Records as the server holds them, for assertions. */
  problems(): Problem[] {
    return [...this.records.values()].map((s) => s.record);
  }
}

function reject(mutationId: string, code: ErrorCode): MutationResult {
  return { mutationId, status: 'rejected', error: { code, message: `Refused: ${code}` } };
}

function fieldsOf(record: Problem): Record<string, unknown> {
  const { teamId, title, problemType, description, locationText, status } = record;
  return { teamId, title, problemType, description, locationText, status };
}
