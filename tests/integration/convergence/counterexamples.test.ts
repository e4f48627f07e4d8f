// Scenarios the property found (or that were written down while reasoning about it), kept as
// plain examples so they run on every change even if the random search stops generating them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from './backend';
import { startInProcess } from './in-process';
import { runScenario, type Scenario } from './scenario';

const pgUrl = process.env.TEST_DATABASE_URL;
const kinds = pgUrl !== undefined && pgUrl !== '' ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/**
 * The creator's reply is lost, so it keeps editing its new problem with base null; meanwhile a
 * colleague pulls the problem and changes its title. The creator's later null-base edits must not
 * overwrite the colleague's title without keeping it in `conflicts`.
 */
const lostReplyThenNullBaseEdits: Scenario = {
  users: ['north1', 'north2'],
  creators: [],
  shareFirst: false,
  routes: [0],
  steps: [
    { t: 'create', d: 0 },
    { t: 'sync', d: 0, faults: ['dropResponse'] },
    { t: 'edit', d: 0, slot: 0, fields: ['description'] },
    { t: 'edit', d: 0, slot: 0, fields: ['title'] },
    { t: 'sync', d: 1, faults: [] },
    { t: 'edit', d: 1, slot: 0, fields: ['title'] },
    { t: 'sync', d: 1, faults: [] },
  ],
};

describe.each(kinds)('counterexamples on %s', (kind) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startInProcess(kind, 1);
  });
  afterAll(async () => {
    await backend.close();
  });

  it("keeps a colleague's title replaced by the creator's null-base edits after a lost reply", async () => {
    const stats = await runScenario(backend, lostReplyThenNullBaseEdits);
    expect(stats.conflicts).toBeGreaterThan(0);
  });
});
