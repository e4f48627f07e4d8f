// The import aliases beside #domain/* (package.json "imports"), for Vite and Vitest. TypeScript and
// tsx read the same two from tsconfig.json "paths"; keep the three in step.
import { fileURLToPath } from 'node:url';

export const aliases = {
  '#client': fileURLToPath(new URL('./src/client', import.meta.url)),
  '#server': fileURLToPath(new URL('./server', import.meta.url)),
};
