// One simulated tablet: the app's real session service, workspace, Dexie database (on
// fake-indexeddb), outbox and sync runner, talking to the force database through its own link
// (cookie jar and fault queue). The runner's own timers are pushed an hour away so that only the
// test decides when a sync runs.
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { uuidv7 } from '#domain/ids';
import type { ProblemFields } from '#domain/records';
import { commitLocalWrite } from '#client/platform/db/write';
import { createApiClient } from '#client/platform/api/client';
import { createDeviceStore, memoryStorage } from '#client/platform/db/device';
import { createSessionService } from '#client/app/workspace';
import { openUserDb, type BeatbookDb } from '#client/platform/db/schema';
import { type Workspace } from '#client/app/contract';
import { PASSWORD } from './backend';
import type { DeviceLink, Fault, Network } from './transport';

export const BASE = 'http://localhost';
const HOUR = 3_600_000;

export const editableFields = ['title', 'description', 'locationText'] as const;
export type EditableField = (typeof editableFields)[number];

/** What a device did, with the values the officer saw on screen before the edit. */
export interface EditEntry {
  id: string;
  device: string;
  recordId: string;
  op: 'put' | 'delete';
  baseVersion: number | null;
  changes: Record<string, unknown>;
  /**
   * What the officer saw just before the edit: each changed field's value and `deleted`, or for
   * a delete, every editable field (empty when creating).
   */
  seen: Record<string, unknown>;
}

export class Device {
  private counter = 0;

  private constructor(
    readonly name: string,
    readonly link: DeviceLink,
    readonly ws: Workspace,
    /** A second connection to the same IndexedDB database, for looking inside it. */
    readonly db: BeatbookDb,
    private readonly log: Map<string, EditEntry>,
  ) {}

  /**
   * Signs `username` in on a new device called `name`. The app keeps one IndexedDB database per
   * officer, named by user id, so the same officer on two devices in this one process needs a
   * separate IndexedDB per device: Dexie takes its factory when a database object is made, and
   * every one of this device's is made here (devices open one at a time, never concurrently).
   */
  static async open(
    network: Network,
    username: string,
    log: Map<string, EditEntry>,
    name = username,
  ): Promise<Device> {
    const previous = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = new IDBFactory();
    try {
      return await Device.openHere(network, username, log, name);
    } finally {
      Dexie.dependencies.indexedDB = previous;
    }
  }

  private static async openHere(
    network: Network,
    username: string,
    log: Map<string, EditEntry>,
    name: string,
  ): Promise<Device> {
    const link = network.link();
    const service = createSessionService({
      api: createApiClient({ baseUrl: BASE, fetch: link.fetch }),
      device: createDeviceStore(memoryStorage()),
      sync: {
        syncOnStart: false,
        intervalMs: HOUR,
        debounceMs: HOUR,
        backoff: { baseMs: HOUR, capMs: HOUR },
      },
    });
    const ws = await service.signIn(username, PASSWORD);
    const db = openUserDb(ws.me.id);
    await db.open();
    return new Device(name, link, ws, db, log);
  }

  private value(field: EditableField): string {
    this.counter += 1;
    return `${this.name} #${this.counter} ${field}`;
  }

  private async lastQueued(): Promise<{ id: string; baseVersion: number | null }> {
    const row = await this.db.outbox.orderBy('seq').last();
    if (row === undefined) throw new Error(`${this.name}: the write queued no mutation`);
    return { id: row.id, baseVersion: row.baseVersion };
  }

  /** Live (not deleted) problems on this device, in a stable order for slot picking. */
  async live(): Promise<string[]> {
    const rows = await this.db.problems.toArray();
    return rows
      .filter((p) => !p.deleted)
      .map((p) => p.id)
      .sort();
  }

  async create(): Promise<void> {
    const fields: ProblemFields = {
      teamId: 'north',
      title: this.value('title'),
      problemType: 'asb_youth',
      description: this.value('description'),
      locationText: this.value('locationText'),
      status: 'scanning',
    };
    const record = await this.ws.problems.create(fields);
    const { id, baseVersion } = await this.lastQueued();
    this.log.set(id, {
      id,
      device: this.name,
      recordId: record.id,
      op: 'put',
      baseVersion,
      changes: { ...fields },
      seen: {},
    });
  }

  async edit(slot: number, fields: readonly EditableField[]): Promise<void> {
    const live = await this.live();
    const recordId = live[slot % Math.max(live.length, 1)];
    if (recordId === undefined || fields.length === 0) return;
    const view = await this.db.problems.get(recordId);
    if (view === undefined) return;
    const changes: Partial<Record<EditableField, string>> = {};
    const seen: Record<string, unknown> = { deleted: view.deleted };
    for (const f of fields) {
      changes[f] = this.value(f);
      seen[f] = view[f];
    }
    await this.ws.problems.update(recordId, changes);
    const { id, baseVersion } = await this.lastQueued();
    this.log.set(id, { id, device: this.name, recordId, op: 'put', baseVersion, changes, seen });
  }

  /**
   * The app has no delete screen yet, so the delete goes straight through the one write path
   * (view and outbox in one transaction), built the way the repository builds an update.
   */
  async remove(slot: number): Promise<void> {
    const live = await this.live();
    const recordId = live[slot % Math.max(live.length, 1)];
    if (recordId === undefined) return;
    const id = uuidv7();
    const at = new Date().toISOString();
    let baseVersion: number | null = null;
    const seen: Record<string, unknown> = { deleted: false };
    const { written } = await commitLocalWrite(this.db, 'problems', recordId, (current) => {
      if (current === undefined || current.deleted) return null;
      baseVersion = current.version;
      Object.assign(seen, current, { deleted: false });
      return {
        record: { ...current, deleted: true, updatedAt: at, updatedBy: this.ws.me.id },
        mutation: { id, collection: 'problems', recordId, op: 'delete', changes: {}, baseVersion, at },
      };
    });
    if (written)
      this.log.set(id, { id, device: this.name, recordId, op: 'delete', baseVersion, changes: {}, seen });
  }

  /** One sync as "Sync now" runs it, with these faults on its requests in turn. */
  async sync(faults: readonly Fault[] = []): Promise<void> {
    this.link.faults = [...faults];
    try {
      await this.ws.sync.syncNow();
    } finally {
      this.link.faults = [];
    }
  }

  /** Closes the workspace and deletes this device's database, so the next run starts clean. */
  async discard(): Promise<void> {
    this.ws.close();
    await this.db.delete();
  }
}
