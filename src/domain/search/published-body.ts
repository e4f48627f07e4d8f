// Reading a published copy's `body` for the index. The body is shaped by the publishing service
// (the sanitised sections, actions and evaluation) and may gain or lose fields over time, so it is
// read defensively: any text is indexed, techniques and the outcome are recognised wherever they
// sit, identifiers and codes are skipped, and anything under `governance` or `persons` is never
// read even if a future body carried it.
import { assessmentOutcomes } from '../osara/vocabularies';
import { responseTagCodes } from '../osara/techniques';

export interface PublishedBodyReading {
  /** Every other piece of text, one per line. */
  text: string;
  /** Action descriptions and evidence notes. */
  response: string;
  techniques: string[];
  outcome?: string;
  openedAt?: string;
  locationText?: string;
}

const NEVER_READ = new Set(['governance', 'persons', 'person', 'people']);
const IDENTIFIERS = new Set([
  'id',
  'problemId',
  'teamId',
  'ownerId',
  'supervisorId',
  'userId',
  'createdBy',
  'updatedBy',
  'createdAt',
  'updatedAt',
  'version',
  'reference',
  'incidentRefs',
]);
const techniqueCodes = new Set<string>(responseTagCodes);
const outcomeCodes = new Set<string>(assessmentOutcomes.map((o) => o.code));
const CODE_LIKE = /^[a-z0-9]+(_[a-z0-9]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const MAX_DEPTH = 8;

export function readPublishedBody(body: unknown): PublishedBodyReading {
  const text: string[] = [];
  const response: string[] = [];
  const techniques: string[] = [];
  const found: { outcome?: string; openedAt?: string; locationText?: string } = {};

  function addTechniques(value: unknown): void {
    if (!Array.isArray(value)) return;
    for (const code of value)
      if (typeof code === 'string' && techniqueCodes.has(code) && !techniques.includes(code))
        techniques.push(code);
  }

  function visit(value: unknown, key: string, depth: number, inActions: boolean): void {
    if (depth > MAX_DEPTH || NEVER_READ.has(key)) return;
    if (typeof value === 'string') {
      if (key === 'outcome' && outcomeCodes.has(value)) found.outcome ??= value;
      else if (key === 'openedAt' && ISO.test(value)) found.openedAt ??= value;
      else if (key === 'locationText') found.locationText ??= value;
      else if (
        IDENTIFIERS.has(key) ||
        key === 'techniques' ||
        UUID.test(value) ||
        ISO.test(value) ||
        CODE_LIKE.test(value)
      )
        return;
      else if (value.trim() !== '') (inActions ? response : text).push(value);
      return;
    }
    if (Array.isArray(value)) {
      if (key === 'techniques') addTechniques(value);
      for (const item of value) visit(item, key, depth + 1, inActions);
      return;
    }
    if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1, inActions || key === 'actions');
  }

  visit(body, '', 0, false);
  return {
    text: text.join('\n'),
    response: response.join('\n'),
    techniques,
    ...found,
  };
}
