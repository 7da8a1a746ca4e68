// One seeded run of the sync property test: two or three devices import,
// merge, edit, delete and restore sessions and write notes, while their syncs
// go through a faulty network and devices go offline; then the network heals
// and every device syncs until nothing moves. The run returns every broken
// promise it finds, in words (an empty list is a pass): libraries that differ,
// a row lost or come back, a live session without its files, a deleted one's
// files left behind.
import type { SyncFieldDoc } from '../../../convex/lib/syncValidators';
import { isDeepStrictEqual } from 'node:util';
import { convexTest } from 'convex-test';
import { vi } from 'vitest';
import { api } from '../../../convex/_generated/api';
import schema from '../../../convex/schema';
import { modules } from '../../../convex/test.setup';
import {
  deleteRecord,
  deleteSession,
  saveImport,
  saveRecord,
  SYNCED_TABLES,
  updateSession,
} from '../../../extension/db';
import type { Database } from '../../../extension/db/database';
import { bytesOf, fileHash, testSession } from '../../../extension/db/test-support/sessions';
import { encodeRow, encodeStored, type Row } from '../../../extension/db/sync-fields';
import { epochMs, emptyResult, type Session } from '../../../shared/model';
import type { SyncFields } from '../../../shared/sync/fields';
import { blobOf, type SyncTable } from '../../../shared/sync/tables';
import { convexTestTransport } from './convex-test-transport';
import { device, type Device } from './devices';
import { FaultyNetwork, NO_FAULTS, type Faults } from './faulty-network';
import { libraryOf, syncedRows } from './library';
import { prng } from '../prng';
import { ada } from './athlete';

export interface ScenarioOptions {
  readonly devices: number;
  readonly steps: number;
  readonly faults: Faults;
}

export interface ScenarioReport {
  readonly problems: string[];
  readonly counts: FaultyNetwork['counts'];
  readonly sessions: number;
}

const DAY = 86_400_000;
const START = Date.UTC(2026, 5, 1, 6);
const FILES = 6;
// Each workout recorded twice (a FIT and a GPX of the same ride): importing the second merges it into the first.
const FIT: Session[] = Array.from({ length: FILES }, (_, i) =>
  testSession(fileHash(`ride ${i}.fit`), { start: epochMs(START + i * DAY) }),
);
const GPX: Session[] = Array.from({ length: FILES }, (_, i) =>
  testSession(fileHash(`ride ${i}.gpx`), { start: epochMs(START + i * DAY + 30_000) }, 'gpx'),
);
const EDITABLE = ['title', 'notes', 'rpe'] as const;
const TRACKED = ['sessions', 'notes'] as const;

/**
 * What the libraries must agree with in the end: each tracked row's last
 * write (live or deleted, by the time it was made), and for each edited
 * field the candidates from every device. A device stamps all its unsynced
 * changes to a row with the time of its latest change to that row (docs/sync.md),
 * so a candidate's time moves with later local changes to the row until the
 * device has synced it.
 */
interface Candidate {
  readonly device: string;
  at: number;
  readonly value: unknown;
  /** The device has pushed the row since: the time is final. */
  synced: boolean;
}
interface Oracle {
  live: Map<string, { at: number; live: boolean }>;
  fields: Map<string, Candidate[]>;
  /** Fields an import or restore changed: the file's value, pushed only where it differs from what that device had seen. */
  unknown: Set<string>;
}

async function stateOf(db: Database): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  for (const table of TRACKED)
    for (const row of (await db.table(table).toArray()) as Row[]) rows.set(`${table}:${row.id}`, row);
  return rows;
}

/** Records every tracked row the local operation wrote; `edit` when the athlete set the fields. */
async function observe(
  oracle: Oracle,
  db: Database,
  at: number,
  op: () => Promise<unknown>,
  edit = false,
): Promise<void> {
  const before = await stateOf(db);
  await op();
  for (const [key, row] of await stateOf(db)) {
    const old = before.get(key);
    if (old !== undefined && old.updatedAt === row.updatedAt) continue;
    oracle.live.set(key, { at, live: row.deletedAt === null });
    for (const [path, candidates] of oracle.fields)
      if (path.startsWith(`${key}.`)) for (const c of candidates) if (c.device === db.name && !c.synced) c.at = at;
    if (!key.startsWith('sessions:')) continue;
    for (const field of EDITABLE) {
      if (old !== undefined && JSON.stringify(old[field]) === JSON.stringify(row[field])) continue;
      const path = `${key}.${field}`;
      if (!edit) oracle.unknown.add(path);
      else
        oracle.fields.set(path, [
          ...(oracle.fields.get(path) ?? []),
          { device: db.name, at, value: row[field], synced: false },
        ]);
    }
  }
}

/** Candidates whose device has pushed their row keep their time from now on. */
async function fixSynced(oracle: Oracle, devices: readonly Device[]): Promise<void> {
  for (const [path, candidates] of oracle.fields) {
    const key = path.slice(0, path.lastIndexOf('.'));
    for (const c of candidates) {
      if (c.synced) continue;
      const d = devices.find((x) => x.db.name === c.device)!;
      if ((await d.db.outbox.get(key)) === undefined) c.synced = true;
    }
  }
}

export async function runScenario(seed: number, options: ScenarioOptions): Promise<ScenarioReport> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const network = new FaultyNetwork(random, options.faults);
  const devices: Device[] = Array.from({ length: options.devices }, (_, i) =>
    device(`${seed}-${String.fromCharCode(97 + i)}`, network.transportFor(`d${i}`, server)),
  );
  const name = (d: Device) => `d${devices.indexOf(d)}`;
  const syncing = new Map<Device, Promise<unknown>>();
  const oracle: Oracle = { live: new Map(), fields: new Map(), unknown: new Set() };
  let clock = START + 400 * DAY;

  const startSync = (d: Device) => {
    if (syncing.has(d)) return;
    syncing.set(
      d,
      d.engine.syncNow().finally(() => syncing.delete(d)),
    );
  };
  /** Until every running sync has finished or waits on the network. */
  const settle = () => Promise.all([...syncing].map(([d, done]) => Promise.race([done, network.whenWaiting(name(d))])));

  const liveSessions = async (db: Database) => (await db.sessions.toArray()).filter((s) => s.deletedAt === null);

  async function localOp(d: Device, roll: number): Promise<void> {
    const at = clock;
    if (roll < 0.3) {
      const session = pick(random() < 0.6 ? FIT : GPX);
      await observe(oracle, d.db, at, () =>
        saveImport(d.db, { ...emptyResult(), sessions: [session] }, bytesOf(session)),
      );
    } else if (roll < 0.55) {
      const live = await liveSessions(d.db);
      if (live.length === 0) return;
      const field = pick(EDITABLE);
      const value = field === 'rpe' ? Math.floor(random() * 11) : `${field} ${seed}/${at}`;
      await observe(oracle, d.db, at, () => updateSession(d.db, pick(live).id, { [field]: value }), true);
    } else if (roll < 0.7) {
      const live = await liveSessions(d.db);
      if (live.length === 0) return;
      await observe(oracle, d.db, at, () => deleteSession(d.db, pick(live).id));
    } else if (roll < 0.88) {
      const id = `note-${Math.floor(random() * 4)}`;
      const text = `note ${seed}/${at}`;
      await observe(oracle, d.db, at, () =>
        saveRecord(d.db, 'notes', { id, kind: 'note', sessionId: null, date: null, text }),
      );
    } else {
      await observe(oracle, d.db, at, () => deleteRecord(d.db, 'notes', `note-${Math.floor(random() * 4)}`));
    }
  }

  for (let step = 0; step < options.steps; step++) {
    clock += 1000 + Math.floor(random() * 1000);
    vi.setSystemTime(clock);
    const roll = random();
    const d = pick(devices);
    if (roll < 0.4) await localOp(d, random());
    else if (roll < 0.6) startSync(d);
    else if (roll < 0.95) {
      if (network.pending > 0) await network.deliver(Math.floor(random() * network.pending));
    } else if (network.offline.has(name(d))) network.offline.delete(name(d));
    else network.offline.add(name(d));
    await settle();
    await fixSynced(oracle, devices);
  }

  // Quiescence: the network heals, late copies arrive, and every device syncs until nothing moves.
  network.faults = NO_FAULTS;
  network.offline.clear();
  const pump = async () => {
    while (syncing.size > 0 || network.pending > 0) {
      if (network.pending > 0) await network.deliver(0);
      await settle();
    }
  };
  await pump();
  const problems: string[] = [];
  const asAda = t.withIdentity(ada);
  let rounds = 0;
  for (let head = -1; ; rounds++) {
    for (const d of devices) {
      startSync(d);
      await pump();
    }
    const now = await asAda.query(api.sync.head, {});
    const waiting = await Promise.all(devices.map((d) => d.db.outbox.count()));
    if (now === head && waiting.every((n) => n === 0)) break;
    if (rounds === 8) {
      problems.push(`seed ${seed}: no quiescence after 8 rounds (waiting ${waiting.join(', ')})`);
      break;
    }
    head = now;
  }

  await checkDevicesAgree(seed, devices, problems);
  await checkServerAgrees(seed, t, devices[0]!, problems);
  await checkStoredFiles(seed, t, problems);
  await checkOracle(seed, oracle, devices, problems);
  await checkFilesFollowSessions(seed, devices, problems);
  for (const d of devices) d.db.close();
  return { problems, counts: network.counts, sessions: await liveSessionCount(devices[0]!) };
}

async function liveSessionCount(d: Device): Promise<number> {
  await d.db.open();
  const n = (await d.db.sessions.toArray()).filter((s) => s.deletedAt === null).length;
  d.db.close();
  return n;
}

async function checkDevicesAgree(seed: number, devices: Device[], problems: string[]): Promise<void> {
  const first = await libraryOf(devices[0]!.db);
  for (const d of devices.slice(1))
    if (!isDeepStrictEqual(await libraryOf(d.db), first))
      problems.push(`seed ${seed}: ${d.id}'s library differs from ${devices[0]!.id}'s`);
  for (const d of devices) {
    const fetching = await d.db.syncState.where('id').startsWith('sync.fetch:').count();
    if (fetching > 0) problems.push(`seed ${seed}: ${d.id} still waits for ${fetching} files`);
  }
}

async function checkServerAgrees(
  seed: number,
  t: ReturnType<typeof convexTest>,
  d: Device,
  problems: string[],
): Promise<void> {
  const rows = await t.run((ctx) => ctx.db.query('syncRows').collect());
  for (const table of SYNCED_TABLES) {
    const local = new Map(((await syncedRows(d.db, table)) as Row[]).map((r) => [r.id, r]));
    const remote = rows.filter((r) => r.table === table);
    if (remote.length !== local.size)
      problems.push(`seed ${seed}: the server has ${remote.length} ${table} rows, the devices ${local.size}`);
    for (const row of remote) {
      const mine = local.get(row.rowId);
      const fields: SyncFields = Object.fromEntries(
        row.fields.map((f: SyncFieldDoc) => [f.n, { v: f.v, t: f.t, d: f.d }]),
      );
      const theirs = JSON.stringify(sorted(encodeStored(fields)));
      if (mine === undefined || JSON.stringify(sorted(encodeRow(table as SyncTable, mine))) !== theirs)
        problems.push(`seed ${seed}: ${table} ${row.rowId} differs between the server and the devices`);
    }
  }
}

/** The server's stored files are exactly those its live rows name, each with its bytes in storage. */
async function checkStoredFiles(seed: number, t: ReturnType<typeof convexTest>, problems: string[]): Promise<void> {
  const { named, registered, missing } = await t.run(async (ctx) => {
    const rows = await ctx.db.query('syncRows').collect();
    const files = await ctx.db.query('syncFiles').collect();
    const gone = await Promise.all(files.map(async (f) => (await ctx.db.system.get(f.storageId)) === null));
    return {
      named: rows.flatMap((r) => {
        const blob = blobOf(Object.fromEntries(r.fields.map((f: SyncFieldDoc) => [f.n, f])));
        if (blob !== (r.blob ?? null))
          problems.push(`seed ${seed}: ${r.table} ${r.rowId} indexes ${r.blob} for ${blob}`);
        return blob === null ? [] : [blob];
      }),
      registered: files.map((f) => f.sha256),
      missing: files.filter((_, i) => gone[i]).map((f) => f.sha256),
    };
  });
  const sortedSet = (hashes: string[]) => [...new Set(hashes)].sort().join(',');
  if (sortedSet(named) !== sortedSet(registered))
    problems.push(
      `seed ${seed}: the server stores files [${sortedSet(registered)}], its live rows name [${sortedSet(named)}]`,
    );
  if (missing.length > 0) problems.push(`seed ${seed}: registered files without bytes: ${missing.join(', ')}`);
}

/**
 * On every device, every live session has its samples and each of its original files, bytes included, and no
 * samples or original file outlives every session that used it.
 */
async function checkFilesFollowSessions(seed: number, devices: Device[], problems: string[]): Promise<void> {
  for (const d of devices) {
    const live = (await d.db.sessions.toArray()).filter((s) => s.deletedAt === null);
    for (const session of live) {
      const samples = (await d.db.streams.get(session.id)) as Row | undefined;
      if (samples?.deletedAt !== null || samples.streams === undefined)
        problems.push(`seed ${seed}: session ${session.id} is live on ${d.id} without its samples`);
      for (const hash of session.sourceHashes) {
        const file = (await d.db.sources.get(hash)) as Row | undefined;
        if (file?.deletedAt !== null || file.bytes === undefined)
          problems.push(`seed ${seed}: session ${session.id} is live on ${d.id} without its original file ${hash}`);
      }
    }
    const named = new Set(live.flatMap((s) => s.sourceHashes));
    for (const file of await d.db.sources.toArray())
      if (file.deletedAt === null && !named.has(file.id))
        problems.push(`seed ${seed}: original file ${file.id} outlives its sessions on ${d.id}`);
    for (const samples of await d.db.streams.toArray())
      if (samples.deletedAt === null && !live.some((s) => s.id === samples.id))
        problems.push(`seed ${seed}: samples ${samples.id} outlive their session on ${d.id}`);
  }
}

const sorted = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

async function checkOracle(seed: number, oracle: Oracle, devices: Device[], problems: string[]): Promise<void> {
  for (const d of devices) {
    const state = await stateOf(d.db);
    for (const [key, { live }] of oracle.live) {
      const row = state.get(key);
      if (row === undefined) problems.push(`seed ${seed}: ${key} was lost on ${d.id}`);
      else if (live && row.deletedAt !== null)
        problems.push(`seed ${seed}: ${key} was written last but is deleted on ${d.id}`);
      else if (!live && row.deletedAt === null)
        problems.push(`seed ${seed}: ${key} was deleted last but came back on ${d.id}`);
    }
    for (const [path, candidates] of oracle.fields) {
      if (oracle.unknown.has(path)) continue;
      const [key, field] = path.split('.') as [string, string];
      const last = candidates.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.device > a.device) ? b : a));
      const actual = state.get(key)?.[field];
      if (JSON.stringify(actual) !== JSON.stringify(last.value))
        problems.push(
          `seed ${seed}: ${path} is ${JSON.stringify(actual)} on ${d.id}, last set to ${JSON.stringify(last.value)}`,
        );
    }
  }
}
