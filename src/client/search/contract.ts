// The search part of the data-layer contract (Workspace.search): the device's own index of the
// problems this user works on and the good-practice library, searched with no signal.
import type { SearchQuery, SearchResults } from '#domain/search/engine';
import type { SearchCard } from '#domain/search/documents';
import type { SimilarInput, Suggestion } from '#domain/search/similar';

export interface SearchIndexStatus {
  /** False until the index has been built from the records on this device. */
  ready: boolean;
  /** Documents in the index (problems and published copies). */
  documents: number;
  /** Plain-English reason the index could not be built, or null. */
  error: string | null;
  /** Changes each time the index changes, so screens know to search again. */
  revision: number;
}

export interface SearchService {
  /**
   * Starts (or keeps) the index following the device's records while anyone is subscribed;
   * `onChange` runs whenever it changes. The index code loads on first use, not with the app.
   */
  subscribe(onChange: () => void): () => void;
  status(): SearchIndexStatus;
  /** Null until the index is ready. */
  search(query: SearchQuery): SearchResults<SearchCard> | null;
  /** Similar past problems and published good practice; null until the index is ready. */
  similar(input: SimilarInput, limit?: number): Suggestion[] | null;
  /** Team names by id, for the team facet. */
  teamNames(): Readonly<Record<string, string>>;
}
