// Summaries after import: only when the athlete opted in and agreed, one per
// new session, stopping at the first failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeScript } from '../../tests/support/fake-anthropic';
import type { SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { CONSENT_VERSION, saveAiSettings, saveApiKey, type AiSettings } from './ai-settings';
import { summariseImported } from './auto-summary';
import { connectService } from './connect-service';
import { readCachedAnswer } from './insight-cache';
import { memoryArea } from './key-value-area';
import { storeTraining } from './test-support/training';

let db: SessionsDb;
let server: FakeAnthropicServer;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
});
afterEach(async () => {
  await server.close();
  await db.delete();
});

const AGREED: Partial<AiSettings> = { enabled: true, consent: { at: 1, version: CONSENT_VERSION }, autoSummary: true };

async function run(script: FakeScript, settings: Partial<AiSettings>) {
  server = await startFakeAnthropic(script);
  const area = memoryArea();
  await saveApiKey(area, 'sk-ant-test');
  await saveAiSettings(area, { baseUrl: server.url, ...settings });
  return summariseImported(db, ['old', 'new'], { area, connect: connectService, signal: new AbortController().signal });
}

describe('summaries after import', () => {
  it('send nothing unless the athlete turned them on and agreed', async () => {
    expect(await run([{ text: 'x' }], { autoSummary: true })).toEqual({ kind: 'off' });
    expect(await run([{ text: 'x' }], { ...AGREED, autoSummary: false })).toEqual({ kind: 'off' });
    expect(server.requests).toHaveLength(0);
  });

  it('summarise each new session and keep the answers', async () => {
    expect(await run([{ text: 'The first ride.' }, { text: 'The second ride.' }], AGREED)).toEqual({
      kind: 'done',
      summarised: 2,
    });
    expect((await readCachedAnswer(db, 'session:old'))?.text).toBe('The first ride.');
    expect((await readCachedAnswer(db, 'session:new'))?.text).toBe('The second ride.');
  });

  it('stop at the first failure', async () => {
    expect(await run([{ error: 429, retryAfterS: 60 }, { text: 'never asked' }], AGREED)).toEqual({
      kind: 'failed',
      summarised: 0,
      failure: { kind: 'rate-limited', retryAfterS: 60 },
    });
    expect(server.requests).toHaveLength(1);
  });
});
