// The reply schemas the API client parses by. They need zod, which the first screen can do
// without (it reads the remembered officer and their problems from this device), so they load
// with the first request instead of with that screen (scripts/report-bundle.ts).
export { meSchema } from '#domain/session';
export { pullResponseSchema, pushResponseSchema } from '#domain/sync';
