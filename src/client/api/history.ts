// GET /api/problems/:id/history through the shared API client; the schema loads with the call.
import type { ProblemHistory } from '#domain/problem-history';
import { HttpApiError, networkError } from './errors';
import type { ApiClient } from './client';

export async function fetchProblemHistory(api: ApiClient, problemId: string): Promise<ProblemHistory> {
  const [response, { problemHistorySchema }] = await Promise.all([
    api.send('GET', `/api/problems/${encodeURIComponent(problemId)}/history`),
    import('#domain/problem-history'),
  ]);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw networkError();
  }
  const parsed = problemHistorySchema.safeParse(body);
  if (!parsed.success)
    throw new HttpApiError(
      'internal_error',
      'The force database sent an unexpected reply.',
      response.status,
      null,
    );
  return parsed.data;
}
