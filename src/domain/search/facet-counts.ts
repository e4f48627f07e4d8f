// Facets with counts over the matches of a search. Each document's facet values are kept
// numbered, which makes filtering and counting ten thousand matches a matter of array reads
// rather than string compares.

export type Filters = Readonly<Record<string, readonly string[] | undefined>>;

export interface FacetCount {
  value: string;
  count: number;
}

/** A document's facet values as numbers, by facet number. */
export type FacetIds = number[][];

interface Filter {
  facet: number;
  /** 1 at each chosen value number. */
  chosen: Uint8Array;
}

export class FacetTable {
  /** Facet names in first-seen order, and each facet's values numbered in first-seen order. */
  private readonly names: string[] = [];
  private readonly values: string[][] = [];
  private readonly valueIds: Map<string, number>[] = [];

  get facetNames(): readonly string[] {
    return this.names;
  }

  private facetNumber(name: string): number {
    let f = this.names.indexOf(name);
    if (f < 0) {
      f = this.names.length;
      this.names.push(name);
      this.values.push([]);
      this.valueIds.push(new Map());
    }
    return f;
  }

  private valueId(f: number, value: string): number {
    const ids = this.valueIds[f] ?? new Map<string, number>();
    let id = ids.get(value);
    if (id === undefined) {
      const list = this.values[f] ?? [];
      id = list.length;
      list.push(value);
      ids.set(value, id);
    }
    return id;
  }

  encode(facets: Readonly<Record<string, readonly string[] | undefined>>): FacetIds {
    const out: FacetIds = [];
    for (const [name, values] of Object.entries(facets)) {
      const f = this.facetNumber(name);
      out[f] = [...new Set(values ?? [])].map((v) => this.valueId(f, v));
    }
    return out;
  }

  has(ids: FacetIds, facet: string, value: string): boolean {
    const f = this.names.indexOf(facet);
    const v = this.valueIds[f]?.get(value);
    return v !== undefined && ids[f]?.includes(v) === true;
  }

  /**
   * Which documents pass every filter (their positions in `docs`), and the facet value counts.
   * Disjunctive facets: a facet's counts ignore its own filter, so choosing "Burglary" still shows
   * how many "Vehicle crime" matches there are to switch to. Within a facet any chosen value matches.
   */
  filterAndCount(
    docs: readonly (FacetIds | undefined)[],
    filters: Filters | undefined,
    facets: readonly string[] = this.names,
  ): { passed: number[]; counts: Record<string, FacetCount[]> } {
    const chosen = this.filters(filters);
    const wanted = facets.map((name) => this.names.indexOf(name));
    const tallies = wanted.map((f) => new Uint32Array(this.values[f]?.length ?? 0));
    const passed: number[] = [];
    for (let d = 0; d < docs.length; d += 1) {
      const ids = docs[d];
      if (ids === undefined) continue;
      let failing = 0;
      let failed = -1;
      for (const { facet, chosen: mask } of chosen) {
        const own = ids[facet];
        if (own === undefined || !own.some((v) => mask[v] === 1)) {
          failing += 1;
          failed = facet;
          if (failing > 1) break;
        }
      }
      if (failing > 1) continue;
      if (failing === 0) passed.push(d);
      for (let w = 0; w < wanted.length; w += 1) {
        const f = wanted[w] ?? -1;
        const tally = tallies[w];
        if ((failing === 1 && failed !== f) || tally === undefined) continue;
        for (const v of ids[f] ?? []) tally[v] = (tally[v] ?? 0) + 1;
      }
    }
    const counts: Record<string, FacetCount[]> = {};
    wanted.forEach((f, w) => {
      const values = this.values[f] ?? [];
      const list: FacetCount[] = [];
      (tallies[w] ?? new Uint32Array(0)).forEach((count, v) => {
        if (count > 0) list.push({ value: values[v] ?? '', count });
      });
      counts[facets[w] ?? ''] = list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    });
    return { passed, counts };
  }

  /** The chosen values of each filtered facet, as a mask over the facet's value numbers. */
  private filters(filters: Filters | undefined): Filter[] {
    const out: Filter[] = [];
    for (const [name, values] of Object.entries(filters ?? {})) {
      if (values === undefined || values.length === 0) continue;
      // A facet never seen still filters: nothing has it, so nothing matches.
      const f = this.facetNumber(name);
      const chosen = new Uint8Array(this.values[f]?.length ?? 0);
      for (const value of values) {
        const id = this.valueIds[f]?.get(value);
        if (id !== undefined) chosen[id] = 1;
      }
      out.push({ facet: f, chosen });
    }
    return out;
  }
}
