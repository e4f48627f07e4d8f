// The audit log as sentences for people: "PC Alex Patel downloaded 200 records", "Sgt Sam Reid
// signed off the closure of 'Burglaries on Elm St'". Consecutive download pages of one sync are
// one entry ("downloaded 11,000 records in 55 pages"). Presentation only: the rows stay complete
// (each entry keeps every row it stands for, and the CSV export is row by row).
import type { AuditRow } from '#domain/audit';
import { activityTypes } from '#domain/patrol/activity-types';

export interface AuditEntry {
  /** Stable key: the newest row's id. */
  key: string;
  /** When the newest row was written. */
  at: string;
  /** When the oldest row was written (differs from `at` for a grouped download). */
  firstAt: string;
  who: string;
  /** What they did, to follow the name: "downloaded 200 records". */
  what: string;
  /** The rows this entry stands for, newest first. */
  rows: AuditRow[];
}

/** A download page as the audit rows record it; undefined for any other row. Adapt here only. */
export interface PullPage {
  records: number;
  /** Pages the row covers: one per row before pulls were logged per sync, several since. */
  pages: number;
  from: number | undefined;
  to: number | undefined;
}

function detailsOf(row: AuditRow): Record<string, unknown> {
  return typeof row.details === 'object' && row.details !== null
    ? (row.details as Record<string, unknown>)
    : {};
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function pullPageOf(row: AuditRow): PullPage | undefined {
  if (row.action !== 'pull') return undefined;
  const d = detailsOf(row);
  const records = num(d.count) ?? (Array.isArray(d.records) ? d.records.length : (num(d.records) ?? 0));
  return { records, pages: num(d.pages) ?? 1, from: num(d.from), to: num(d.to) };
}

/** Pages of one sync: same person and device, and the older page ends where the newer starts. */
const SAME_SYNC_GAP_MS = 10 * 60_000;
function sameSync(newer: AuditRow, older: AuditRow): boolean {
  const a = pullPageOf(newer);
  const b = pullPageOf(older);
  if (a === undefined || b === undefined) return false;
  if (newer.userId !== older.userId || newer.deviceId !== older.deviceId) return false;
  if (a.from !== undefined && b.to !== undefined) return a.from === b.to;
  return Math.abs(Date.parse(newer.at) - Date.parse(older.at)) <= SAME_SYNC_GAP_MS;
}

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function whoOf(row: AuditRow): string {
  if (row.userId === null) return 'Beatbook';
  return row.displayName ?? row.username ?? 'A removed user';
}

function quoted(row: AuditRow, otherwise: string): string {
  const title = row.subject?.problemTitle;
  return title === undefined || title === null ? otherwise : `'${title}'`;
}

const activityLabel = new Map<string, string>(activityTypes.map((t) => [t.code, t.en.toLowerCase()]));

/** "nextReviewDate" → "next review date"; "status" → "status". */
function fieldWords(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const reviewWords: Record<string, (p: string) => string> = {
  approve_stage: (p) => `approved a stage of ${p}`,
  request_changes: (p) => `asked for changes to ${p}`,
  sign_off_closure: (p) => `signed off the closure of ${p}`,
  return_to_team: (p) => `returned ${p} to the team`,
  publish: (p) => `published ${p} as good practice`,
  return: (p) => `returned ${p} with feedback`,
  withdraw: (p) => `withdrew ${p} from the good-practice library`,
};

function recordWrite(row: AuditRow, collection: string, op: string): string | undefined {
  const problem = quoted(row, 'a problem');
  const fields = Array.isArray(detailsOf(row).fields)
    ? (detailsOf(row).fields as unknown[]).filter((f): f is string => typeof f === 'string')
    : [];
  const changed = fields.length === 0 ? 'changed' : `changed the ${listWords(fields.map(fieldWords))} of`;
  if (op === 'delete')
    return `deleted ${collection === 'problems' ? 'the problem' : 'a record of'} ${problem}`;
  switch (collection) {
    case 'problems':
      if (op === 'create') return `opened the problem ${problem}`;
      return `${changed} ${problem}`;
    case 'reviews': {
      const words = reviewWords[row.subject?.decision ?? ''];
      return words === undefined ? `recorded a review of ${problem}` : words(problem);
    }
    case 'actions':
      return op === 'create' ? `added an action to ${problem}` : `updated an action on ${problem}`;
    case 'activities': {
      const type = activityLabel.get(row.subject?.type ?? '') ?? 'activity';
      const on = row.subject?.problemTitle ? ` on ${problem}` : '';
      return op === 'create' ? `logged a ${type}${on}` : `updated a ${type}${on}`;
    }
    case 'evaluations':
      return `${op === 'create' ? 'recorded' : 'updated'} the evaluation of ${problem}`;
    case 'nominations':
      return `nominated ${problem} as good practice`;
    default:
      return undefined;
  }
}

const fixedWords: Record<string, string> = {
  'session.sign_in': 'signed in',
  'session.sign_out': 'signed out',
  'session.sign_out_everywhere': 'signed out on every device',
  'consultation.audit': 'looked at the audit log',
  'consultation.retention': 'looked at the retention queue',
  'export.problems_csv': 'exported problems as a spreadsheet (CSV)',
  'user.create': 'created a user account',
  'user.reset_password': 'reset a password',
  'user.disable': 'disabled a user account',
  'user.enable': 'enabled a user account',
  'team.create': 'created a team',
  'team.rename': 'renamed a team',
  'team.set_area': "set a team's area",
  'areas.import': 'imported areas',
  'hotspots.import': 'imported hotspots',
  'attachment.upload': 'uploaded a photo',
  'attachment.read': 'viewed a photo',
  'attachment.read.refused': 'was refused a photo',
  'attachments.sweep': 'removed photos no record uses',
  'published.rescan': 'checked the good-practice library for personal details',
};

/** The words after the name for one row. */
export function rowWords(row: AuditRow): string {
  const d = detailsOf(row);
  const problem = quoted(row, 'a problem');
  const page = pullPageOf(row);
  if (page !== undefined)
    return page.pages > 1
      ? `downloaded ${count(page.records, 'record', 'records')} in ${count(page.pages, 'page', 'pages')}`
      : `downloaded ${count(page.records, 'record', 'records')}`;
  const fixed = fixedWords[row.action];
  if (fixed !== undefined) return fixed;
  switch (row.action) {
    case 'session.sign_in_failed':
      return `could not sign in${typeof d.username === 'string' ? ` as ${d.username}` : ''}`;
    case 'session.sign_in_refused':
      return `was refused sign-in${typeof d.username === 'string' ? ` as ${d.username}` : ''}`;
    case 'consultation.opened':
      return `opened ${problem}`;
    case 'audit.export':
      return `exported ${count(num(d.rows) ?? 0, 'audit entry', 'audit entries')} (CSV)`;
    case 'export.case_study_print':
      return `printed the case study of ${problem}`;
    case 'problems.history_read':
      return `read the history of ${problem}`;
    case 'problems.move':
      return `moved ${problem} to another team`;
    case 'mutation.rejected':
      return `had a change to ${problem} refused`;
    case 'retention.erase':
      return `erased the personal details of ${problem}`;
    case 'retention.retain':
      return `decided to keep ${problem}`;
    case 'published.withdraw':
      return `withdrew ${problem} from the good-practice library`;
    case 'published.out_of_date':
      return `marked the published copy of ${problem} out of date`;
  }
  const [collection, op] = row.action.split('.');
  const write = collection !== undefined && op !== undefined ? recordWrite(row, collection, op) : undefined;
  return write ?? `did "${row.action}"`;
}

/** Rows newest first → entries newest first, download pages of one sync joined. */
export function auditEntries(rows: readonly AuditRow[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let group: AuditRow[] = [];
  const flush = () => {
    const newest = group[0];
    const oldest = group.at(-1);
    if (newest === undefined || oldest === undefined) return;
    const what =
      group.length === 1
        ? rowWords(newest)
        : `downloaded ${count(
            group.reduce((sum, r) => sum + (pullPageOf(r)?.records ?? 0), 0),
            'record',
            'records',
          )} in ${count(
            group.reduce((sum, r) => sum + (pullPageOf(r)?.pages ?? 1), 0),
            'page',
            'pages',
          )}`;
    entries.push({
      key: newest.id,
      at: newest.at,
      firstAt: oldest.at,
      who: whoOf(newest),
      what,
      rows: group,
    });
    group = [];
  };
  for (const row of rows) {
    const last = group.at(-1);
    if (last !== undefined && !sameSync(last, row)) flush();
    group.push(row);
  }
  flush();
  return entries;
}
