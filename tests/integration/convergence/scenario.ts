// A random run: which officers' devices take part, what they do while offline, and how their
// syncs go over a faulty network; then a quiet sync everywhere and the checks.
import fc from 'fast-check';
import { checkDevices } from './agreement';
import { resetSyncState, USERS, type Backend } from './backend';
import { Device, editableFields, type EditEntry, type EditableField } from './device';
import { checkLedger, type LedgerStats } from './ledger';
import { readServerState } from './server-state';
import { faults, Network, type Fault } from './transport';

export type Step =
  | { t: 'create'; d: number }
  | { t: 'edit'; d: number; slot: number; fields: EditableField[] }
  | { t: 'delete'; d: number; slot: number }
  | { t: 'sync'; d: number; faults: Fault[] }
  /** Two devices sync at the same time. */
  | { t: 'together'; d: number; e: number; faults: Fault[] }
  /** Held-back and stale push requests arrive now. */
  | { t: 'replay' }
  | { t: 'restart'; instance: number };

export interface Scenario {
  users: string[];
  /** Devices that each create a problem first (1-3 problems in all). */
  creators: number[];
  /** Whether every device then syncs cleanly, so all start from the same problems. */
  shareFirst: boolean;
  steps: Step[];
  /** Server instance for each successive request, cycled. */
  routes: number[];
}

export interface ScenarioOptions {
  instances: number;
  maxSteps: number;
  restartWeight: number;
  /** Weight of `kill` (SIGKILL mid-push) among faults; only for backends with `killDuring`. */
  killWeight?: number;
  /** Let an officer take part on two devices at once (users may repeat). */
  sameOfficer?: boolean;
}

const device = fc.nat(2);
// A lost reply after the server committed is the fault that most often exposes a merge bug
// (the device keeps editing on a base it never learnt), so it is drawn more often.
const faultWeights: Record<(typeof faults)[number], number> = {
  ok: 3,
  dropResponse: 3,
  delay: 1,
  dropRequest: 1,
  twice: 1,
  stash: 1,
};

function faultListArb(killWeight: number): fc.Arbitrary<Fault[]> {
  const drawn: { arbitrary: fc.Arbitrary<Fault>; weight: number }[] = faults.map((f) => ({
    arbitrary: fc.constant(f),
    weight: faultWeights[f],
  }));
  if (killWeight > 0) drawn.push({ arbitrary: fc.constant('kill'), weight: killWeight });
  return fc.array(fc.oneof(...drawn), { maxLength: 3 });
}

const usernames = USERS.map((u) => u.username);

export function scenarioArb({
  instances,
  maxSteps,
  restartWeight,
  killWeight = 0,
  sameOfficer = false,
}: ScenarioOptions): fc.Arbitrary<Scenario> {
  const faultList = faultListArb(killWeight);
  const step: fc.Arbitrary<Step> = fc.oneof(
    { arbitrary: fc.record({ t: fc.constant('create' as const), d: device }), weight: 2 },
    {
      arbitrary: fc.record({
        t: fc.constant('edit' as const),
        d: device,
        slot: fc.nat(2),
        fields: fc.subarray([...editableFields], { minLength: 1 }),
      }),
      weight: 8,
    },
    { arbitrary: fc.record({ t: fc.constant('delete' as const), d: device, slot: fc.nat(2) }), weight: 1 },
    { arbitrary: fc.record({ t: fc.constant('sync' as const), d: device, faults: faultList }), weight: 6 },
    {
      arbitrary: fc.record({ t: fc.constant('together' as const), d: device, e: device, faults: faultList }),
      weight: 1,
    },
    { arbitrary: fc.constant({ t: 'replay' as const }), weight: 1 },
    {
      arbitrary: fc.record({ t: fc.constant('restart' as const), instance: fc.nat(instances - 1) }),
      weight: restartWeight,
    },
  );
  return fc.record({
    users: sameOfficer
      ? fc.array(fc.constantFrom(...usernames), { minLength: 2, maxLength: 3 })
      : fc.shuffledSubarray(usernames, { minLength: 2, maxLength: 3 }),
    creators: fc.array(device, { minLength: 1, maxLength: 2 }),
    shareFirst: fc.boolean(),
    steps: fc.array(step, { minLength: 4, maxLength: maxSteps, size: 'max' }),
    routes: fc.array(fc.nat(instances - 1), { minLength: 1, maxLength: 8 }),
  });
}

async function runStep(
  step: Step,
  devices: readonly Device[],
  network: Network,
  backend: Backend,
): Promise<void> {
  const pick = (i: number): Device => {
    const d = devices[i % devices.length];
    if (d === undefined) throw new Error('no devices');
    return d;
  };
  switch (step.t) {
    case 'create':
      return pick(step.d).create();
    case 'edit':
      return pick(step.d).edit(step.slot, step.fields);
    case 'delete':
      return pick(step.d).remove(step.slot);
    case 'sync':
      return pick(step.d).sync(step.faults);
    case 'together': {
      const [a, b] = [pick(step.d), pick(step.e)];
      await Promise.all(a === b ? [a.sync(step.faults)] : [a.sync(step.faults), b.sync()]);
      return;
    }
    case 'replay':
      return network.flushStash();
    case 'restart':
      return backend.restart(step.instance);
  }
}

/** Runs one scenario from an empty force database and fresh devices; throws on any failed check. */
export async function runScenario(backend: Backend, scenario: Scenario): Promise<LedgerStats> {
  await resetSyncState(backend.check);
  const network = new Network(backend.deliver, backend.killDuring);
  network.routes = scenario.routes;
  const log = new Map<string, EditEntry>();
  const devices: Device[] = [];
  try {
    network.faultsOn = false;
    // The same officer on two devices: each device gets its own name (the log tells them apart).
    for (const [i, username] of scenario.users.entries()) {
      const twice = scenario.users.indexOf(username) !== scenario.users.lastIndexOf(username);
      devices.push(await Device.open(network, username, log, twice ? `${username}@${i}` : username));
    }
    for (const d of scenario.creators) await runStep({ t: 'create', d }, devices, network, backend);
    if (scenario.shareFirst)
      for (let round = 0; round < 2; round += 1) for (const d of devices) await d.sync();
    network.faultsOn = true;
    for (const step of scenario.steps) await runStep(step, devices, network, backend);

    // Quiet network: late requests land, then everyone syncs twice (push + pull, round robin),
    // so every device has pulled every other device's last push.
    network.faultsOn = false;
    await network.flushStash();
    for (let round = 0; round < 2; round += 1) for (const d of devices) await d.sync();

    const state = await readServerState(backend.check);
    const { failures, stats } = checkLedger(state, log, network.observed);
    failures.push(...(await checkDevices(state, devices, log)));
    if (failures.length > 0)
      throw new Error(`${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    return stats;
  } finally {
    for (const d of devices) await d.discard();
  }
}
