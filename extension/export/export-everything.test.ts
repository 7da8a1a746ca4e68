import { getFunctionName, type FunctionReference } from 'convex/server';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStreams } from '../../shared/analytics/test-support';
import { emptyResult, watts } from '../../shared/model';
import { API_KEY_KEY, recordConsent, saveApiKey } from '../ai/ai-settings';
import { memoryArea, type KeyValueArea } from '../ai/key-value-area';
import { recordAiRequest, recordPrivacyChoice, saveImport, saveRecord, updateSession, type SessionsDb } from '../db';
import { testSession } from '../db/test-support/sessions';
import { freshDb } from '../ui/test-support/fresh-db';
import { exportEverything, type ExportProgress } from './export-everything';
import type { ExportConvexClient } from './server-section';

const HASH = 'aa'.repeat(32);
const ID = 'aa'.repeat(12);
const NOW = Date.UTC(2024, 6, 1);
const FIT_BYTES = new Uint8Array([14, 16, 0x2e, 0x46, 0x49, 0x54]);
const API_KEY = 'sk-ant-api03-SECRET-do-not-export-7f3a';

// An hour at a steady 250 W: at an FTP of 250 W, NP 250, IF 1.00, VI 1.00, 100 TSS, all of it in Coggan zone 4.
const ride = testSession(HASH, {
  title: 'Tempo',
  avgPowerW: watts(250),
  streams: makeStreams(3600, { power: () => 250 }),
});

let db: SessionsDb;
let area: KeyValueArea;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = freshDb();
  area = memoryArea();
  await saveImport(
    db,
    { ...emptyResult(), sessions: [ride] },
    new Map([[HASH, { file: 'garmin/1001.fit', bytes: FIT_BYTES }]]),
  );
  await updateSession(db, ID, { rpe: 6 });
  await saveRecord(db, 'profile', { id: 'ftp', key: 'ftp', value: 250, from: Date.UTC(2024, 0, 1) });
  await saveRecord(db, 'wellness', { id: '2024-06-01', date: '2024-06-01', restingHr: 48 });
  await saveRecord(db, 'plans', { id: 'p1', date: '2024-06-02', sport: 'running', targetDurationS: 3600 });
  await saveRecord(db, 'notes', { id: 'n1', kind: 'reflection', sessionId: ID, date: null, text: 'felt strong' });
  await saveApiKey(area, API_KEY);
  await recordConsent(area, NOW);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

/** A Convex client answering the export queries as a signed-in account with one synced note and one file would. */
function fakeServer(): ExportConvexClient {
  const pages: Record<string, unknown> = {
    'exportMine:rows': {
      page: [{ table: 'notes', rowId: 'n1', seq: 1, fields: [] }],
      isDone: true,
      continueCursor: 'x',
    },
    'exportMine:files': {
      page: [{ sha256: HASH, size: 6, url: 'http://127.0.0.1/f' }],
      isDone: true,
      continueCursor: 'y',
    },
    'exportMine:account': { createdAt: NOW, aiUse: [], subscriptions: [] },
  };
  return {
    query: (async (ref: FunctionReference<'query'>) => pages[getFunctionName(ref)]) as ExportConvexClient['query'],
  };
}

const json = (files: Record<string, Uint8Array>, path: string) => JSON.parse(strFromU8(files[path]!));

describe('exportEverything', () => {
  it('zips every part with a README explaining each file, and shows its progress', async () => {
    const progress: ExportProgress[] = [];
    const zip = await exportEverything({
      db,
      aiArea: area,
      server: { kind: 'signed-in', client: fakeServer() },
      onProgress: (p) => progress.push(p),
    });
    const files = unzipSync(zip);

    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'ai-requests.json',
      'ai-settings.json',
      'insights.json',
      'manifest.json',
      'metrics/sessions.json',
      'notes.json',
      'outbox.json',
      'plans.json',
      'privacy-choices.json',
      'profile.json',
      'server/account.json',
      'server/files.json',
      'server/rows.json',
      'sessions.json',
      'settings.json',
      'sources.json',
      `sources/aaaaaaaaaaaa-1001.fit`,
      `streams/${ID}.json`,
      'syncState.json',
      'thresholds.json',
      'wellness.json',
    ]);
    const readme = strFromU8(files['README.md']!);
    // Every file is named in the README (a session's samples and original files by their pattern).
    for (const path of Object.keys(files)) {
      const named = path
        .replace(`streams/${ID}.json`, 'streams/<session id>.json')
        .replace('sources/aaaaaaaaaaaa-1001.fit', 'sources/<hash>-<name>');
      if (path !== 'README.md') expect(readme, path).toContain(`\`${named}\``);
    }

    expect(files['sources/aaaaaaaaaaaa-1001.fit']).toEqual(FIT_BYTES);
    expect(json(files, 'sessions.json')).toMatchObject([{ id: ID, title: 'Tempo', rpe: 6, editedFields: ['rpe'] }]);
    expect(json(files, 'notes.json')).toMatchObject([{ kind: 'reflection', sessionId: ID, text: 'felt strong' }]);
    expect(json(files, 'plans.json')).toMatchObject([{ date: '2024-06-02', sport: 'running', targetDurationS: 3600 }]);
    expect(json(files, 'wellness.json')).toMatchObject([{ date: '2024-06-01', restingHr: 48 }]);
    const [metrics] = json(files, 'metrics/sessions.json');
    expect(metrics).toMatchObject({
      sessionId: ID,
      start: '2024-06-01T06:00:00.000Z',
      sport: 'cycling',
      load: { value: 100, method: 'power-tss', basis: 'NP 250 W over 3600 s at FTP 250 W', estimated: false },
      normalizedPowerW: 250,
      intensityFactor: 1,
      variabilityIndex: 1,
      efficiencyFactor: null,
      decouplingPct: null,
    });
    expect(metrics.timeInZones.map((z: { seconds: number[] }) => z.seconds)).toEqual([[0, 0, 0, 3600, 0, 0, 0]]);
    expect(json(files, 'thresholds.json')).toEqual({
      set: [{ key: 'ftp', value: 250, from: '2024-01-01' }],
      estimated: [],
      notEstimated: [],
    });
    expect(json(files, 'ai-settings.json')).toMatchObject({
      enabled: true,
      consent: { at: '2024-07-01T00:00:00.000Z', version: 1 },
    });
    expect(json(files, 'server/rows.json')).toEqual([{ table: 'notes', rowId: 'n1', seq: 1, fields: [] }]);
    expect(json(files, 'server/files.json')).toEqual([{ sha256: HASH, size: 6, url: 'http://127.0.0.1/f' }]);
    expect(json(files, 'server/account.json')).toEqual({
      createdAt: '2024-07-01T00:00:00.000Z',
      aiUse: [],
      subscriptions: [],
    });

    expect(progress.map((p) => p.step)).toEqual([
      'Reading your local data…',
      'Computing metrics: session 1 of 1…',
      "Reading your account's copy: page 1…",
      "Reading your account's copy: page 2…",
      'Writing the zip…',
    ]);
  });

  it('never holds the API key, in any file', async () => {
    expect(await area.get(API_KEY_KEY)).toBe(API_KEY);
    const files = unzipSync(
      await exportEverything({ db, aiArea: area, server: { kind: 'signed-in', client: fakeServer() } }),
    );
    for (const [path, bytes] of Object.entries(files)) {
      expect(strFromU8(bytes, true), path).not.toContain('SECRET-do-not-export');
    }
    expect(strFromU8(files['README.md']!)).toContain('Your Anthropic API key is not in this export');
  });

  it('holds what was sent to the AI and each restriction choice, with their dates', async () => {
    const messages = [{ role: 'user' as const, content: 'Facts: load 100' }];
    await recordAiRequest(db, {
      at: Date.UTC(2024, 5, 2, 8),
      service: 'own-key',
      host: 'api.anthropic.com',
      model: 'claude-opus-5-5',
      tone: 'coach',
      messages,
      usage: { inputTokens: 1830, outputTokens: 41, cacheReadTokens: 0, cacheWriteTokens: 0 },
      failure: null,
    });
    await recordPrivacyChoice(db, { what: 'sync', on: false, at: Date.UTC(2024, 5, 3, 9) });

    const files = unzipSync(
      await exportEverything({ db, aiArea: area, server: { kind: 'absent', reason: 'not signed in.' } }),
    );

    expect(json(files, 'ai-requests.json')).toEqual([
      {
        id: expect.any(String),
        at: '2024-06-02T08:00:00.000Z',
        service: 'own-key',
        host: 'api.anthropic.com',
        model: 'claude-opus-5-5',
        tone: 'coach',
        messages,
        usage: { inputTokens: 1830, outputTokens: 41, cacheReadTokens: 0, cacheWriteTokens: 0 },
        failure: null,
      },
    ]);
    expect(json(files, 'privacy-choices.json')).toEqual([{ what: 'sync', on: false, at: '2024-06-03T09:00:00.000Z' }]);
    expect(strFromU8(files['README.md']!)).toContain('## What was sent to an AI model');
  });

  it('says why the server part is absent when not signed in, and adds extra parts with their README', async () => {
    const files = unzipSync(
      await exportEverything({
        db,
        aiArea: area,
        server: { kind: 'absent', reason: 'you are not signed in to a SessionsAI account.' },
        extraSections: [
          { files: { 'ai-ledger.json': new Uint8Array([91, 93]) }, readme: '## AI ledger\n\n`ai-ledger.json`: …\n' },
        ],
      }),
    );
    expect(Object.keys(files).filter((p) => p.startsWith('server/'))).toEqual([]);
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain(
      "## The server's copy (your SessionsAI account)\n\nNot included: you are not signed in to a SessionsAI account.",
    );
    expect(readme).toContain('## AI ledger');
    expect(strFromU8(files['ai-ledger.json']!)).toBe('[]');
  });
});
