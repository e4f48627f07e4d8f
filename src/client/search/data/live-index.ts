// The device's search index, kept up to date from the local records: each change of the records
// re-puts only the documents whose records changed (a problem edit, a new action, a pulled
// published copy) and removes those that went away.
import { SearchIndex, type SearchQuery, type SearchResults } from '#domain/search/engine';
import {
  documentIndexOptions,
  problemDocId,
  problemDocument,
  publishedDocId,
  publishedDocument,
  type SearchCard,
} from '#domain/search/documents';
import { similarProblems, type SimilarInput, type Suggestion } from '#domain/search/similar';
import type { Me } from '#domain/session';
import type { Action } from '#domain/osara/index';
import type { Evaluation } from '#domain/good-practice/evaluations';
import { watchSearchRecords, type SearchRecords } from './search-source';
import type { BeatbookDb } from '#client/platform/db/schema';
import type { SearchIndexStatus } from '#client/search/contract';

export interface LiveIndex {
  start(): void;
  stop(): void;
  status(): SearchIndexStatus;
  search(query: SearchQuery): SearchResults<SearchCard>;
  similar(input: SimilarInput, limit?: number): Suggestion[];
}

/** Officers and supervisors search their teams' problems; force-wide roles everything on the device. */
export function searchedTeams(me: Me): readonly string[] | null {
  return me.role === 'prevention_lead' || me.role === 'admin' ? null : me.teams.map((t) => t.id);
}

function groupBy<T extends { problemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.problemId);
    if (list === undefined) out.set(row.problemId, [row]);
    else list.push(row);
  }
  return out;
}

/** Changes whenever anything the document is made of changes. */
function stamp(
  updatedAt: string,
  actions: readonly Action[] = [],
  evaluation?: Evaluation,
): string {
  return [updatedAt, ...actions.map((a) => `${a.id}@${a.updatedAt}`), evaluation?.updatedAt ?? ''].join('|');
}

export function applyRecords(
  index: SearchIndex<SearchCard>,
  stamps: Map<string, string>,
  records: SearchRecords,
): boolean {
  const actions = groupBy(records.actions);
  const evaluations = groupBy(records.evaluations);
  const seen = new Set<string>();
  let changed = false;
  for (const problem of records.problems) {
    const id = problemDocId(problem.id);
    const own = actions.get(problem.id) ?? [];
    const evaluation = evaluations.get(problem.id)?.[0];
    const s = stamp(problem.updatedAt, own, evaluation);
    seen.add(id);
    if (stamps.get(id) === s) continue;
    index.put(problemDocument({ problem, actions: own, evaluation }));
    stamps.set(id, s);
    changed = true;
  }
  for (const copy of records.published) {
    const id = publishedDocId(copy.id);
    seen.add(id);
    if (stamps.get(id) === copy.updatedAt) continue;
    index.put(publishedDocument(copy));
    stamps.set(id, copy.updatedAt);
    changed = true;
  }
  for (const id of [...stamps.keys()])
    if (!seen.has(id)) {
      index.remove(id);
      stamps.delete(id);
      changed = true;
    }
  return changed;
}

export function openLiveIndex(db: BeatbookDb, me: Me, onChange: () => void): LiveIndex {
  const index = new SearchIndex<SearchCard>(documentIndexOptions);
  const stamps = new Map<string, string>();
  let ready = false;
  let revision = 0;
  let stopWatching: (() => void) | null = null;

  return {
    start() {
      stopWatching ??= watchSearchRecords(db, searchedTeams(me), (records) => {
        const changed = applyRecords(index, stamps, records);
        if (changed || !ready) {
          ready = true;
          revision += 1;
          onChange();
        }
      });
    },
    stop() {
      stopWatching?.();
      stopWatching = null;
    },
    status: () => ({ ready, documents: index.size, error: null, revision }),
    search: (query) => index.search(query),
    similar: (input, limit) => similarProblems(index, input, limit),
  };
}
