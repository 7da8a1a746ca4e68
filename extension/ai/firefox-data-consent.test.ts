// Firefox's data-collection consent: agreeing on the consent screen asks
// Firefox for 'healthInfo' straight from the click; declined, no request
// leaves the browser and the athlete is told why in words.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer } from '../../tests/support/fake-anthropic';
import { listAiRequests, type SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { giveAiConsent } from './ai-choices';
import { DEFAULT_AI_SETTINGS, saveAiSettings } from './ai-settings';
import { DATA_COLLECTION_DECLINED, type DataCollectionPermissions } from './firefox-data-consent';
import { memoryArea } from './key-value-area';
import { ownKeyService } from './own-key-service';
import { sessionPrompt } from './prompt-for';
import { summarise } from './summarise';
import { storeTraining } from './test-support/training';

/** Firefox's permissions as the athlete answers its prompt. */
const firefox = vi.hoisted(() => {
  const state = { answer: false, granted: false, asked: [] as unknown[] };
  const permissions = {
    request: async (p: unknown) => {
      state.asked.push(p);
      state.granted = state.answer;
      return state.answer;
    },
    contains: async () => state.granted,
  };
  return { state, permissions };
});
vi.mock('./firefox-data-consent', async (original) => ({
  ...(await original<typeof import('./firefox-data-consent')>()),
  firefoxDataPermissions: (): DataCollectionPermissions => firefox.permissions,
}));

let db: SessionsDb;
let server: FakeAnthropicServer;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
  server = await startFakeAnthropic([{ text: 'A steady ride.' }]);
  firefox.state.asked = [];
  firefox.state.granted = false;
});
afterEach(async () => {
  await server.close();
  await db.delete();
});

async function agreeThenSummarise(answer: boolean) {
  firefox.state.answer = answer;
  const area = memoryArea();
  await saveAiSettings(area, { baseUrl: server.url });
  const agreeing = giveAiConsent(area, db);
  // Asked within the click, before anything was awaited.
  expect(firefox.state.asked).toEqual([{ data_collection: ['healthInfo'] }]);
  const settings = await agreeing;
  const prompt = (await sessionPrompt(db, 'new', { allowNotes: false }))!;
  return summarise({
    db,
    area,
    service: ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url }),
    settings: { ...DEFAULT_AI_SETTINGS, ...settings },
    prompt,
    onText: () => undefined,
    signal: new AbortController().signal,
  });
}

test('declined in Firefox: nothing is sent, and the athlete reads why and where to allow it', async () => {
  const outcome = await agreeThenSummarise(false);

  expect(outcome).toMatchObject({ ok: false, failure: DATA_COLLECTION_DECLINED, text: '' });
  expect(server.requests).toHaveLength(0);
  expect(await listAiRequests(db)).toEqual([]);
});

test('allowed in Firefox: the summary is sent', async () => {
  const outcome = await agreeThenSummarise(true);

  expect(outcome.ok).toBe(true);
  expect(server.requests).toHaveLength(1);
});
