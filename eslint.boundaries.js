// The layer rules (ARCHITECTURE.md, "Layers"), checked by eslint-plugin-boundaries on every import:
// - the domain imports nothing outside itself;
// - the app and the server never import each other;
// - a screen (src/client/<feature>/ui) never touches the local database, the API client, the sync
//   engine or any feature's repository (src/client/<feature>/data): it uses its feature's contract;
// - a server feature never reaches into another feature's store/ (SQL): it calls that feature's
//   service, or a table every feature shares in server/platform/store;
// - src/client/i18n (messages, formats) is shared like the platform: any screen may use it, and it
//   imports nothing from the app's features, the platform or the app shell (only the domain).
// tests/unit/lint/boundaries.test.ts shows each rule firing on a sample.
import boundaries from 'eslint-plugin-boundaries';

const elements = [
  { type: 'domain', pattern: 'src/domain/**', partialMatch: false },
  { type: 'client-platform-db', pattern: 'src/client/platform/db/**', partialMatch: false },
  { type: 'client-platform-api', pattern: 'src/client/platform/api/**', partialMatch: false },
  { type: 'client-platform-sync', pattern: 'src/client/platform/sync/**', partialMatch: false },
  { type: 'client-platform', pattern: 'src/client/platform/**', partialMatch: false },
  { type: 'client-i18n', pattern: 'src/client/i18n/**', partialMatch: false },
  { type: 'client-screen', pattern: 'src/client/*/ui/**', partialMatch: false, capture: ['feature'] },
  { type: 'client-data', pattern: 'src/client/*/data/**', partialMatch: false, capture: ['feature'] },
  { type: 'client-feature', pattern: 'src/client/*/**', partialMatch: false, capture: ['feature'] },
  { type: 'service-worker', pattern: 'service-worker/**', partialMatch: false },
  { type: 'server-platform', pattern: 'server/platform/**', partialMatch: false },
  { type: 'server-store', pattern: 'server/*/store/**', partialMatch: false, capture: ['feature'] },
  { type: 'server', pattern: 'server/*/**', partialMatch: false, capture: ['feature'] },
];

const client = [
  'client-platform-db',
  'client-platform-api',
  'client-platform-sync',
  'client-platform',
  'client-i18n',
  'client-screen',
  'client-data',
  'client-feature',
];
const server = ['server-platform', 'server-store', 'server'];

export const layerBoundaries = {
  files: ['src/**', 'server/**', 'service-worker/**'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    'boundaries/include': ['src/**', 'server/**', 'service-worker/**'],
    'import/resolver': { typescript: { project: './tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { element: { types: { noneOf: ['domain'] } } } },
            message: 'src/domain is pure: it imports nothing outside itself.',
          },
          {
            from: { element: { types: { anyOf: client } } },
            disallow: { to: { element: { types: { anyOf: server } } } },
            message: 'The app never imports the server.',
          },
          {
            from: { element: { types: { anyOf: server } } },
            disallow: { to: { element: { types: { anyOf: [...client, 'service-worker'] } } } },
            message: 'The server never imports the app.',
          },
          {
            from: { element: { type: 'client-screen' } },
            disallow: {
              to: {
                element: {
                  types: {
                    anyOf: [
                      'client-platform-db',
                      'client-platform-api',
                      'client-platform-sync',
                      'client-data',
                    ],
                  },
                },
              },
            },
            message:
              'A screen uses its feature contract, never the local database, the API client, the sync engine or a repository.',
          },
          {
            from: { element: { type: 'client-i18n' } },
            disallow: { to: { element: { types: { noneOf: ['client-i18n', 'domain'] } } } },
            message: 'src/client/i18n is shared by every screen: it imports only itself and the domain.',
          },
          {
            from: { element: { types: { anyOf: server } } },
            disallow: {
              to: {
                element: { type: 'server-store', captured: { feature: '!{{ from.captured.feature }}' } },
              },
            },
            message: "A server feature never reaches into another feature's store: call its service.",
          },
        ],
      },
    ],
  },
};
