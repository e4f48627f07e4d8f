// ActivitiesRepository (src/client/patrol/contract.ts): patrol activity written through the one
// write path (write.ts), with its photos' bytes and the officer's remembered choices in the same
// IndexedDB transaction, so a saved activity never lacks its photos and a full device loses
// nothing: the whole write rolls back and the form still holds what was typed.
import type { Activity, ActivityFields } from '#domain/patrol/activities';
import type { ActivityTypeCode } from '#domain/patrol/activity-types';
import type { Hotspot } from '#domain/patrol/hotspots';
import type { Me } from '#domain/session';
import { ActivityNotEditableError, type ActivitiesRepository, type CapturedPhoto, type RecentChoices } from '#client/patrol/contract';
import { watchQuery } from '#client/platform/db/live';
import { OWN_STARTED_AT } from '#client/platform/db/activity-indexes';
import { photoBytesWrite } from './photos';
import { loadRecordRules } from '#client/platform/db/rules';
import type { BeatbookDb } from '#client/platform/db/schema';
import { commitLocalWrite, type AlongsideWrite } from '#client/platform/db/write';

const RECENT = 'patrolRecentChoices';
const KEEP_RECENT = 5;

export interface ActivitiesOptions {
  onWrite?: () => void;
  now?: () => Date;
}

function readRecent(value: unknown): RecentChoices {
  const empty: RecentChoices = { types: [], durationMinutes: null, problemIds: [] };
  if (typeof value !== 'object' || value === null) return empty;
  const v = value as Partial<RecentChoices>;
  return {
    types: Array.isArray(v.types) ? v.types.filter((t) => typeof t === 'string') : [],
    durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : null,
    problemIds: Array.isArray(v.problemIds) ? v.problemIds.filter((p) => typeof p === 'string') : [],
  };
}

const front = <T>(value: T, list: readonly T[]): T[] =>
  [value, ...list.filter((x) => x !== value)].slice(0, KEEP_RECENT);

/** The choices after saving these fields: the type, duration and problem move to the front. */
export function rememberChoices(recent: RecentChoices, fields: ActivityFields): RecentChoices {
  return {
    types: front<ActivityTypeCode>(fields.type, recent.types),
    durationMinutes: fields.durationMinutes,
    problemIds:
      fields.problemId === undefined ? recent.problemIds : front(fields.problemId, recent.problemIds),
  };
}

/** Photo bytes and remembered choices, written with the activity or not at all. */
function alongside(
  db: BeatbookDb,
  fields: ActivityFields,
  photos: readonly CapturedPhoto[],
  at: string,
): AlongsideWrite {
  const bytes = photoBytesWrite(db, photos, at);
  return {
    tables: [...bytes.tables, db.meta],
    write: async () => {
      await bytes.write();
      const recent = readRecent((await db.meta.get(RECENT))?.value);
      await db.meta.put({ key: RECENT, value: rememberChoices(recent, fields) });
    },
  };
}

const newestFirst = (rows: Activity[]): Activity[] =>
  rows.filter((a) => !a.deleted).sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));

export function createActivitiesRepository(
  db: BeatbookDb,
  me: Me,
  options: ActivitiesOptions = {},
): ActivitiesRepository {
  const now = options.now ?? (() => new Date());
  return {
    watchMine(onChange) {
      return watchQuery(
        () => db.activities.orderBy(OWN_STARTED_AT).toArray().then(newestFirst),
        onChange,
      );
    },
    watch(id, onChange) {
      return watchQuery(async () => {
        const row = await db.activities.get(id);
        return row?.deleted === true ? undefined : row;
      }, onChange);
    },
    watchHotspots(day, onChange) {
      return watchQuery(
        () =>
          db.hotspots
            .where('date')
            .equals(day)
            .filter((h) => !h.deleted)
            .toArray(),
        onChange,
      );
    },
    watchHotspotsById(ids, onChange) {
      return watchQuery(
        async () =>
          (await db.hotspots.bulkGet([...ids])).filter((h): h is Hotspot => h !== undefined && !h.deleted),
        onChange,
      );
    },
    async recentChoices() {
      return readRecent((await db.meta.get(RECENT))?.value);
    },
    async create(input, photos) {
      // Validation loads on the first write, not with the first screen (rules.ts).
      const { checkedFields, planCreate } = await loadRecordRules();
      const fields = checkedFields('activities', input);
      const at = now().toISOString();
      const planned = planCreate('activities', fields, me.id, at);
      await commitLocalWrite(
        db,
        'activities',
        planned.record.id,
        () => planned,
        alongside(db, fields, photos, at),
      );
      options.onWrite?.();
      return planned.record;
    },
    async update(id, changes, newPhotos) {
      // Loaded before the transaction: the plan below runs inside it and must not await.
      const { planEdit } = await loadRecordRules();
      const at = now().toISOString();
      // Only new photos' bytes go with an edit: the remembered choices are for new activities.
      const { record, written } = await commitLocalWrite(
        db,
        'activities',
        id,
        (current: Activity | undefined, base) => {
          if (current === undefined || current.deleted || base === undefined)
            throw new Error(`Activity ${id} is not on this device`);
          if (current.createdBy !== me.id) throw new ActivityNotEditableError();
          return planEdit('activities', current, base, changes, me.id, at);
        },
        photoBytesWrite(db, newPhotos, at),
      );
      if (record === undefined) throw new Error(`Activity ${id} is not on this device`);
      if (written) options.onWrite?.();
      return record;
    },
  };
}
