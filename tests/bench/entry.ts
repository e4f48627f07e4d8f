// The browser bundle's entry: the workload on `globalThis.beatbookBench` for page.evaluate.
import { benchQueries, build, prepare, runQueries } from './workload';

const api = { prepare, build, runQueries, benchQueries };
(globalThis as unknown as { beatbookBench: typeof api }).beatbookBench = api;
