// The force database's export endpoints (server/good-practice/routes.ts). Both are disclosures the
// force database audits, so neither is cached or queued: they need signal.
import type { ApiClient } from '#client/platform/api/client';

export async function downloadProblemsCsv(api: ApiClient): Promise<Blob> {
  const response = await api.send('GET', '/api/exports/problems.csv');
  return response.blob();
}

export async function recordCaseStudyPrint(api: ApiClient, publishedId: string): Promise<void> {
  await api.send('POST', `/api/good-practice/${encodeURIComponent(publishedId)}/print`);
}
