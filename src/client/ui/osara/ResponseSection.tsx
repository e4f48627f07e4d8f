import type { OsaraRecord } from './osara-record';

export function ResponseSection({ problem }: { problem: OsaraRecord }) {
  return <p>The response plan of {problem.title} appears here once actions can be stored on this device.</p>;
}
