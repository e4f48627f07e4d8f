// The layer rules (eslint.boundaries.js) fire on samples of each forbidden import, and stay quiet
// on the allowed ones. The samples are linted as if they were files at the given paths; what they
// import is real code in the tree, resolved through the same aliases as the app.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerBoundaries } from '../../../eslint.boundaries.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    layerBoundaries,
  ],
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('a screen may not import the local database', async () => {
    const errors = await boundaryErrors(
      'src/client/problems/ui/Sample.tsx',
      "import { openUserDb } from '#client/platform/db/schema';\nexport const x = openUserDb;\n",
    );
    expect(errors).toEqual([expect.stringContaining('never the local database')]);
  });

  it('a screen may not import the API client or a repository', async () => {
    const api = await boundaryErrors(
      'src/client/search/ui/Sample.tsx',
      "import { createApiClient } from '#client/platform/api/client';\nexport const x = createApiClient;\n",
    );
    const repository = await boundaryErrors(
      'src/client/search/ui/Sample.tsx',
      "import { createProblemsRepository } from '#client/problems/data/problems';\nexport const x = createProblemsRepository;\n",
    );
    expect(api).toHaveLength(1);
    expect(repository).toHaveLength(1);
  });

  it('a screen may use its contract and the domain', async () => {
    const errors = await boundaryErrors(
      'src/client/problems/ui/Sample.tsx',
      "import type { Workspace } from '#client/app/contract';\nimport { uuidv7 } from '#domain/ids';\nexport const x = (w: Workspace) => [w, uuidv7()];\n",
    );
    expect(errors).toEqual([]);
  });

  it('the domain may not import anything outside itself', async () => {
    const client = await boundaryErrors(
      'src/domain/sample.ts',
      "import { ApiError } from '#client/app/contract';\nexport const x = ApiError;\n",
    );
    const server = await boundaryErrors(
      'src/domain/sample.ts',
      "import { ApiError } from '#server/platform/errors';\nexport const x = ApiError;\n",
    );
    expect(client).toEqual([expect.stringContaining('src/domain is pure')]);
    expect(server).toEqual([expect.stringContaining('src/domain is pure')]);
  });

  it('src/client/i18n imports nothing from features, the platform or the app shell', async () => {
    const feature = await boundaryErrors(
      'src/client/i18n/sample.ts',
      "import { problemFieldLabel } from '#client/problems/ui/labels';\nexport const x = problemFieldLabel;\n",
    );
    const platform = await boundaryErrors(
      'src/client/i18n/sample.ts',
      "import { openUserDb } from '#client/platform/db/schema';\nexport const x = openUserDb;\n",
    );
    const shell = await boundaryErrors(
      'src/client/i18n/sample.ts',
      "import { ApiError } from '#client/app/contract';\nexport const x = ApiError;\n",
    );
    for (const errors of [feature, platform, shell]) {
      expect(errors).toEqual([expect.stringContaining('src/client/i18n is shared')]);
    }
  });

  it('src/client/i18n may use itself and the domain; screens and the platform may use it', async () => {
    const own = await boundaryErrors(
      'src/client/i18n/sample.ts',
      "import { t } from './i18n';\nimport { isErrorCode } from '#domain/errors';\nexport const x = [t, isErrorCode];\n",
    );
    const screen = await boundaryErrors(
      'src/client/dashboard/ui/Sample.tsx',
      "import { useT } from '#client/i18n/index';\nimport { formatDate } from '#client/i18n/format';\nexport const x = [useT, formatDate];\n",
    );
    const platform = await boundaryErrors(
      'src/client/platform/api/sample.ts',
      "import { errorText } from '#client/i18n/index';\nexport const x = errorText;\n",
    );
    expect([own, screen, platform]).toEqual([[], [], []]);
  });

  it("a server feature may not reach into another feature's store", async () => {
    const errors = await boundaryErrors(
      'server/good-practice/sample.ts',
      "import { findSession } from '#server/auth/store/sessions';\nexport const x = findSession;\n",
    );
    expect(errors).toEqual([expect.stringContaining("another feature's store")]);
  });

  it('a server feature may use its own store and the shared tables', async () => {
    const errors = await boundaryErrors(
      'server/auth/sample.ts',
      "import { findSession } from './store/sessions';\nimport { findRecord } from '#server/platform/store/records';\nexport const x = [findSession, findRecord];\n",
    );
    expect(errors).toEqual([]);
  });

  it('the app and the server never import each other', async () => {
    const fromServer = await boundaryErrors(
      'server/sync/sample.ts',
      "import { ApiError } from '#client/app/contract';\nexport const x = ApiError;\n",
    );
    const fromApp = await boundaryErrors(
      'src/client/problems/sample.ts',
      "import { ApiError } from '#server/platform/errors';\nexport const x = ApiError;\n",
    );
    expect(fromServer).toHaveLength(1);
    expect(fromApp).toHaveLength(1);
  });
});
