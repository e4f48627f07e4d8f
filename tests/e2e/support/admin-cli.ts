// The force's admin CLI, as an analyst or an admin runs it, against the running e2e server's
// database: the built one (dist-server/admin.js, as global-setup uses; `npm run test:e2e` builds
// it first), and GeoJSON imports of hotspots and areas written to a file as a mapping tool would.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs `node dist-server/admin.js …args`; rejects with the command and what it printed. */
export function admin(
  args: readonly string[],
  serverEnv: Record<string, string>,
  stdin?: string,
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['dist-server/admin.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...serverEnv },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: string): void => {
      output += chunk;
    };
    child.stdout.setEncoding('utf8').on('data', keep);
    child.stderr.setEncoding('utf8').on('data', keep);
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done();
      else fail(new Error(`"npm run admin -- ${args.join(' ')}" exited with ${String(code)}:\n${output}`));
    });
    child.stdin.end(stdin ?? '');
  });
}

/** A closed square ring of GeoJSON positions ([lng, lat]) centred on a point, `half` degrees each way. */
export function squareRing(lng: number, lat: number, half: number): number[][] {
  return [
    [lng - half, lat - half],
    [lng + half, lat - half],
    [lng + half, lat + half],
    [lng - half, lat + half],
    [lng - half, lat - half],
  ];
}

export interface PolygonFeature {
  id: string;
  properties: Record<string, unknown>;
  ring: number[][];
}

let files = 0;

/**
 * Writes the features as a GeoJSON FeatureCollection of polygons and imports it:
 * `hotspots:import FILE --date DAY` or `areas:import FILE`.
 */
export async function importGeoJson(
  command: { hotspotsFor: string } | 'areas',
  features: readonly PolygonFeature[],
  serverEnv: Record<string, string>,
): Promise<void> {
  const dir = join(tmpdir(), `beatbook-e2e-geojson-${String(process.pid)}`);
  mkdirSync(dir, { recursive: true });
  files += 1;
  const file = join(dir, `import-${String(files)}.geojson`);
  writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        id: f.id,
        properties: f.properties,
        geometry: { type: 'Polygon', coordinates: [f.ring] },
      })),
    }),
  );
  const args =
    command === 'areas' ? ['areas:import', file] : ['hotspots:import', file, '--date', command.hotspotsFor];
  await admin(args, serverEnv);
}
