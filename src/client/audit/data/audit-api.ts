// The audit screen's and the retention screen's calls to the force database. The reply
// schemas are loaded on first use: these screens are lazy, and the workspace that creates these
// repositories is on the first screen, which must not carry zod (scripts/report-bundle.ts).
import type { AuditFilterInput, AuditRepository, RetentionRepository } from '#client/audit/contract';
import type { ApiClient } from '#client/platform/api/client';
import { readReply } from '#client/platform/api/reply';

function query(filters: AuditFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) {
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function createAuditRepository(api: ApiClient): AuditRepository {
  return {
    async page(filters, before) {
      const { auditPageSchema } = await import('#domain/audit');
      const extra: Record<string, string> = before === undefined ? {} : { before: String(before) };
      const response = await api.send('GET', `/api/audit${query(filters, extra)}`);
      return readReply(auditPageSchema, response);
    },
    csvUrl(filters) {
      return `/api/audit.csv${query(filters)}`;
    },
  };
}

export function createRetentionRepository(api: ApiClient): RetentionRepository {
  return {
    async queue(show) {
      const { retentionQueueSchema } = await import('#domain/retention');
      const response = await api.send('GET', `/api/retention?show=${show}`);
      return readReply(retentionQueueSchema, response);
    },
    async decide(problemId, decision) {
      const { retentionOutcomeSchema } = await import('#domain/retention');
      const response = await api.send('POST', `/api/retention/${encodeURIComponent(problemId)}/decision`, {
        json: decision,
      });
      return readReply(retentionOutcomeSchema, response);
    },
  };
}
