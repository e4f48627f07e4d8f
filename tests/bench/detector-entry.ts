// The detector benchmark's browser bundle: its workload on `globalThis.beatbookDetectorBench`.
import { timeDetector } from './detector-workload';

(
  globalThis as unknown as { beatbookDetectorBench: { timeDetector: typeof timeDetector } }
).beatbookDetectorBench = {
  timeDetector,
};
