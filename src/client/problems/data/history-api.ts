// GET /api/problems/:id/history through the shared API client; the schema loads with the call.
import type { ProblemHistory } from '#domain/problem-history';
import type { ApiClient } from '#client/platform/api/client';
import { readReply } from '#client/platform/api/reply';

export async function fetchProblemHistory(api: ApiClient, problemId: string): Promise<ProblemHistory> {
  const [response, { problemHistorySchema }] = await Promise.all([
    api.send('GET', `/api/problems/${encodeURIComponent(problemId)}/history`),
    import('#domain/problem-history'),
  ]);
  return readReply(problemHistorySchema, response);
}
