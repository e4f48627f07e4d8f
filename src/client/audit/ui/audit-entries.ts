// The audit log as sentences for people: "PC Alex Patel downloaded 200 records", "Sgt Sam Reid
// signed off the closure of ‘Burglaries on Elm St’". Consecutive download pages of one sync are
// one entry ("downloaded 11,000 records in 55 pages"). Presentation only: the rows stay complete
// (each entry keeps every row it stands for, and the CSV export is row by row).
// Each sentence is one catalogue message (audit.sentence) with the person in {{who}}, since Welsh
// puts the verb first ("Lawrlwythodd PC Alex Patel 200 o gofnodion"); counts are plurals in both
// languages. Built when the screen renders (it re-renders on a language change).
import type { AuditRow } from '#domain/audit';
import { currentLanguage, t, type TFunction } from '#client/i18n/index';
import { vocabLabel } from '#client/i18n/vocab';
import { formatNumber } from '#client/i18n/format';
import { problemFieldLabel } from '#client/problems/ui/labels';

export interface AuditEntry {
  /** Stable key: the newest row's id. */
  key: string;
  /** When the newest row was written. */
  at: string;
  /** When the oldest row was written (differs from `at` for a grouped download). */
  firstAt: string;
  who: string;
  /** The sentence, around the person's name: `before` + who + `after`. */
  sentence: Sentence;
  /** The rows this entry stands for, newest first. */
  rows: AuditRow[];
}

/** A sentence split where the person's name goes, so the name can be shown in bold. */
export interface Sentence {
  before: string;
  after: string;
}

/** The whole sentence as text: "PC Alex Patel downloaded 200 records". */
export function sentenceText(entry: Pick<AuditEntry, 'who' | 'sentence'>): string {
  return `${entry.sentence.before}${entry.who}${entry.sentence.after}`;
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

/** A kind of event's label in the language in use (the catalogue has one for every kind). */
export function auditKindLabel(translate: TFunction, kind: string): string {
  return (translate as (key: string, options: { defaultValue: string }) => string)(`audit.kind.${kind}`, {
    defaultValue: kind,
  });
}

/** Stands in for the name in a message, then splits it (no catalogue text holds it). */
const WHO = '\u2063';

function split(text: string): Sentence {
  const at = text.indexOf(WHO);
  return at < 0
    ? { before: text, after: '' }
    : { before: text.slice(0, at), after: text.slice(at + WHO.length) };
}

const records = (n: number): string => t('audit.count.records', { count: n, n: formatNumber(n) });
const pages = (n: number): string => t('audit.count.pages', { count: n, n: formatNumber(n) });

function downloaded(recordCount: number, pageCount: number): string {
  return pageCount > 1
    ? t('audit.sentence.downloadedPages', {
        who: WHO,
        records: records(recordCount),
        pages: pages(pageCount),
      })
    : t('audit.sentence.downloaded', { who: WHO, records: records(recordCount) });
}

export function whoOf(row: AuditRow): string {
  if (row.userId === null) return t('audit.who.system');
  return row.displayName ?? row.username ?? t('audit.who.removed');
}

function quoted(row: AuditRow): string {
  const title = row.subject?.problemTitle;
  return title === undefined || title === null ? t('audit.aProblem') : t('audit.quoted', { title });
}

/** "nextReviewDate" → "next review date" (its label in the language in use, in lower case). */
function fieldWords(field: string): string {
  const label = problemFieldLabel(field);
  return (label === field ? field.replace(/([a-z])([A-Z])/g, '$1 $2') : label).toLocaleLowerCase(
    currentLanguage(),
  );
}

function listWords(items: readonly string[]): string {
  return new Intl.ListFormat(currentLanguage() === 'cy' ? 'cy-GB' : 'en-GB', { type: 'conjunction' }).format(
    items,
  );
}

type Say = (values: { who: string; problem: string }) => string;

const reviewWords: Record<string, Say> = {
  approve_stage: (v) => t('audit.sentence.approvedStage', v),
  request_changes: (v) => t('audit.sentence.requestedChanges', v),
  sign_off_closure: (v) => t('audit.sentence.signedOffClosure', v),
  return_to_team: (v) => t('audit.sentence.returnedToTeam', v),
  publish: (v) => t('audit.sentence.published', v),
  return: (v) => t('audit.sentence.returned', v),
  withdraw: (v) => t('audit.sentence.withdrew', v),
};

function recordWrite(row: AuditRow, collection: string, op: string): string | undefined {
  const v = { who: WHO, problem: quoted(row) };
  const fields = Array.isArray(detailsOf(row).fields)
    ? (detailsOf(row).fields as unknown[]).filter((f): f is string => typeof f === 'string')
    : [];
  if (op === 'delete')
    return collection === 'problems'
      ? t('audit.sentence.deletedProblem', v)
      : t('audit.sentence.deletedRecord', v);
  switch (collection) {
    case 'problems':
      if (op === 'create') return t('audit.sentence.openedProblem', v);
      return fields.length === 0
        ? t('audit.sentence.changedProblem', v)
        : t('audit.sentence.changedFields', { ...v, fields: listWords(fields.map(fieldWords)) });
    case 'reviews': {
      const words = reviewWords[row.subject?.decision ?? ''];
      return words === undefined ? t('audit.sentence.reviewed', v) : words(v);
    }
    case 'actions':
      return op === 'create' ? t('audit.sentence.addedAction', v) : t('audit.sentence.updatedAction', v);
    case 'activities': {
      const type = vocabLabel(t, 'activityType', row.subject?.type ?? 'other').toLocaleLowerCase(
        currentLanguage(),
      );
      const on = typeof row.subject?.problemTitle === 'string' && row.subject.problemTitle !== '';
      const values = { ...v, type };
      if (op === 'create')
        return on ? t('audit.sentence.loggedActivityOn', values) : t('audit.sentence.loggedActivity', values);
      return on ? t('audit.sentence.updatedActivityOn', values) : t('audit.sentence.updatedActivity', values);
    }
    case 'evaluations':
      return op === 'create'
        ? t('audit.sentence.recordedEvaluation', v)
        : t('audit.sentence.updatedEvaluation', v);
    case 'nominations':
      return t('audit.sentence.nominated', v);
    default:
      return undefined;
  }
}

type Fixed = (values: { who: string }) => string;

const fixedWords: Record<string, Fixed> = {
  'session.sign_in': (v) => t('audit.sentence.signedIn', v),
  'session.sign_out': (v) => t('audit.sentence.signedOut', v),
  'session.sign_out_everywhere': (v) => t('audit.sentence.signedOutEverywhere', v),
  'consultation.audit': (v) => t('audit.sentence.lookedAtAudit', v),
  'consultation.retention': (v) => t('audit.sentence.lookedAtRetention', v),
  'export.problems_csv': (v) => t('audit.sentence.exportedProblems', v),
  'user.create': (v) => t('audit.sentence.createdUser', v),
  'user.reset_password': (v) => t('audit.sentence.resetPassword', v),
  'user.disable': (v) => t('audit.sentence.disabledUser', v),
  'user.enable': (v) => t('audit.sentence.enabledUser', v),
  'team.create': (v) => t('audit.sentence.createdTeam', v),
  'team.rename': (v) => t('audit.sentence.renamedTeam', v),
  'team.set_area': (v) => t('audit.sentence.setTeamArea', v),
  'areas.import': (v) => t('audit.sentence.importedAreas', v),
  'hotspots.import': (v) => t('audit.sentence.importedHotspots', v),
  'attachment.upload': (v) => t('audit.sentence.uploadedPhoto', v),
  'attachment.read': (v) => t('audit.sentence.viewedPhoto', v),
  'attachment.read.refused': (v) => t('audit.sentence.refusedPhoto', v),
  'attachments.sweep': (v) => t('audit.sentence.sweptPhotos', v),
  'published.rescan': (v) => t('audit.sentence.rescanned', v),
};

/** The sentence for one row, with WHO where the name goes. */
function rowMessage(row: AuditRow): string {
  const d = detailsOf(row);
  const v = { who: WHO, problem: quoted(row) };
  const page = pullPageOf(row);
  if (page !== undefined) return downloaded(page.records, page.pages);
  const fixed = fixedWords[row.action];
  if (fixed !== undefined) return fixed({ who: WHO });
  const username = typeof d.username === 'string' ? d.username : undefined;
  switch (row.action) {
    case 'session.sign_in_failed':
      return username === undefined
        ? t('audit.sentence.signInFailed', v)
        : t('audit.sentence.signInFailedAs', { ...v, username });
    case 'session.sign_in_refused':
      return username === undefined
        ? t('audit.sentence.signInRefused', v)
        : t('audit.sentence.signInRefusedAs', { ...v, username });
    case 'consultation.opened':
      return t('audit.sentence.opened', v);
    case 'audit.export': {
      const n = num(d.rows) ?? 0;
      return t('audit.sentence.exportedAudit', {
        ...v,
        entries: t('audit.count.entries', { count: n, n: formatNumber(n) }),
      });
    }
    case 'export.case_study_print':
      return t('audit.sentence.printedCaseStudy', v);
    case 'problems.history_read':
      return t('audit.sentence.readHistory', v);
    case 'problems.move':
      return t('audit.sentence.moved', v);
    case 'mutation.rejected':
      return t('audit.sentence.changeRefused', v);
    case 'retention.erase':
      return t('audit.sentence.erased', v);
    case 'retention.retain':
      return t('audit.sentence.retained', v);
    case 'published.withdraw':
      return t('audit.sentence.withdrew', v);
    case 'published.out_of_date':
      return t('audit.sentence.outOfDate', v);
  }
  const [collection, op] = row.action.split('.');
  const write = collection !== undefined && op !== undefined ? recordWrite(row, collection, op) : undefined;
  return write ?? t('audit.sentence.unknown', { who: WHO, action: row.action });
}

/** The sentence for one row around its person's name. */
export function rowSentence(row: AuditRow): Sentence {
  return split(rowMessage(row));
}

/** Rows newest first → entries newest first, download pages of one sync joined. */
export function auditEntries(rows: readonly AuditRow[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let group: AuditRow[] = [];
  const flush = () => {
    const newest = group[0];
    const oldest = group.at(-1);
    if (newest === undefined || oldest === undefined) return;
    const sentence =
      group.length === 1
        ? rowSentence(newest)
        : split(
            downloaded(
              group.reduce((sum, r) => sum + (pullPageOf(r)?.records ?? 0), 0),
              group.reduce((sum, r) => sum + (pullPageOf(r)?.pages ?? 1), 0),
            ),
          );
    entries.push({
      key: newest.id,
      at: newest.at,
      firstAt: oldest.at,
      who: whoOf(newest),
      sentence,
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
