// Type-aware lint: floating promises and `any` are errors everywhere, with no per-file opt-outs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layerBoundaries } from './eslint.boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'tests/e2e/screenshots/**',
      'dev-dist/**',
      '.dependency-cruiser.cjs',
    ],
  },
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'eslint.boundaries.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // openid-client marks allowInsecureRequests deprecated only so that it stands out; the
      // server calls it for a loopback issuer alone (tests and development, see
      // server/auth/oidc/provider.ts), and the settings refuse plain http anywhere else.
      '@typescript-eslint/no-deprecated': [
        'error',
        { allow: [{ from: 'package', package: 'openid-client', name: 'allowInsecureRequests' }] },
      ],
    },
  },
  layerBoundaries,
  {
    files: ['src/**', 'service-worker/**'],
    ignores: ['src/client/platform/db/**', 'src/client/*/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*'],
              message: 'Only the local database core and feature repositories (data/) import Dexie.',
            },
          ],
        },
      ],
    },
  },
  // Last, so it wins for src/domain: the domain imports no framework and no Node built-in.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'dexie', 'fastify', 'kysely', 'node:*'] },
      ],
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'dexie'], message: 'The server never imports the app.' },
          ],
        },
      ],
    },
  },
  // Tests sit outside the layers and reach into each of them (the layer rules above still hold for
  // the code under test).
  { files: ['tests/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['eslint.config.js', 'eslint.boundaries.js'], ...tseslint.configs.disableTypeChecked },
);
