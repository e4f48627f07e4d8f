// Compiles the force database to plain JavaScript for `npm start` and production hosts:
// dist-server/server.js (the server) and dist-server/admin.js (the admin command line), ES
// modules for Node 20.19 and later. Packages stay external (node_modules is installed beside
// the build, native better-sqlite3 included); the #domain, #server and #client aliases are
// bundled in. The build fails if the output imports a package that `npm ci --omit=dev` would not
// install, so a production host never needs tsx or any other development tool.
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const outdir = 'dist-server';
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { server: 'server/platform/server.ts', admin: 'server/cli/admin.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  outdir,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
};
const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
const builtins = new Set(builtinModules);
/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const missing = new Set<string>();
for (const output of Object.values(result.metafile.outputs)) {
  for (const { path: specifier, external } of output.imports) {
    if (!external || specifier.startsWith('node:') || builtins.has(specifier)) continue;
    if (!runtime.has(packageOf(specifier))) missing.add(packageOf(specifier));
  }
}
if (missing.size > 0) {
  console.error(
    `The compiled server imports packages that are not in "dependencies": ${[...missing].join(', ')}`,
  );
  process.exit(1);
}
for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  if (file.endsWith('.js')) console.log(`${file}  ${(bytes / 1024).toFixed(0)} KB`);
}
