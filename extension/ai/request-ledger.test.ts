// The AI ledger as the athlete will read it: each request a summary sent to
// the fake Messages API on 127.0.0.1, with its host, model, exact messages and
// the tokens the response reported; plan labels sent only when notes are allowed.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer } from '../../tests/support/fake-anthropic';
import { listAiRequests, saveRecord, type SessionsDb } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import { DEFAULT_AI_SETTINGS, type AiSettings } from './ai-settings';
import { ownKeyService } from './own-key-service';
import { sessionPrompt } from './prompt-for';
import { summarise } from './summarise';
import { agreedArea } from './test-support/agreed-area';
import { storeTraining } from './test-support/training';

let db: SessionsDb;
let server: FakeAnthropicServer;
beforeEach(async () => {
  db = freshDb();
  await storeTraining(db);
  await saveRecord(db, 'plans', {
    id: 'p2',
    date: '2024-06-09',
    sport: 'cycling',
    steps: [{ durationS: 600, label: 'Secret warm-up label' }],
  });
  server = await startFakeAnthropic([
    {
      toolUse: { name: 'get_plan', input: { from: '2024-06-09', to: '2024-06-09' }, id: 'toolu_plan' },
      usage: { input_tokens: 1830, output_tokens: 41, cache_read_input_tokens: 0, cache_creation_input_tokens: 1200 },
    },
    {
      text: 'Tomorrow holds a 10-minute warm-up.',
      usage: { input_tokens: 1912, output_tokens: 12, cache_read_input_tokens: 1200, cache_creation_input_tokens: 0 },
    },
  ]);
});
afterEach(async () => {
  await server.close();
  await db.delete();
});

async function summariseWith(settings: AiSettings) {
  const prompt = (await sessionPrompt(db, 'new', { allowNotes: settings.allowNotes }))!;
  const service = ownKeyService({ apiKey: 'sk-ant-test', baseUrl: server.url });
  const outcome = await summarise({
    db,
    area: await agreedArea(settings),
    service,
    settings,
    prompt,
    onText: () => undefined,
    signal: new AbortController().signal,
  });
  if (!outcome.ok) throw new Error(`the summary failed: ${JSON.stringify(outcome.failure)}`);
}

test('each request is recorded, newest first, with its host, model, exact messages and tokens', async () => {
  await summariseWith({ ...DEFAULT_AI_SETTINGS, enabled: true, model: 'claude-opus-5-5' });

  const ledger = await listAiRequests(db);
  const host = new URL(server.url).host;
  expect(ledger.map((r) => [r.service, r.host, r.model, r.tone, r.failure, r.usage])).toEqual([
    [
      'own-key',
      host,
      'claude-opus-5-5',
      'plain',
      null,
      { inputTokens: 1912, outputTokens: 12, cacheReadTokens: 1200, cacheWriteTokens: 0 },
    ],
    [
      'own-key',
      host,
      'claude-opus-5-5',
      'plain',
      null,
      { inputTokens: 1830, outputTokens: 41, cacheReadTokens: 0, cacheWriteTokens: 1200 },
    ],
  ]);
  const sent = server.requests.map((r) => (r.body as { messages: unknown }).messages);
  expect(ledger.map((r) => r.messages).reverse()).toEqual(sent);
  expect(ledger[0]!.at).toBeGreaterThanOrEqual(ledger[1]!.at);
});

test("a planned workout's labels are neither sent nor recorded unless notes are allowed", async () => {
  await summariseWith({ ...DEFAULT_AI_SETTINGS, enabled: true });
  const withheld = await listAiRequests(db);
  expect(JSON.stringify(server.requests)).not.toContain('Secret warm-up label');
  expect(JSON.stringify(withheld)).not.toContain('Secret warm-up label');
});

test('with notes allowed, the label goes in the tool result quoted as data, and the ledger shows it so', async () => {
  await summariseWith({ ...DEFAULT_AI_SETTINGS, enabled: true, allowNotes: true });
  const [answered] = await listAiRequests(db);
  const [result] = answered!.messages.at(-1)!.content;
  if (typeof result !== 'object' || result.type !== 'tool_result') throw new Error('expected the tool result');
  expect(result.content).toContain(
    '<athlete_text label="Step 1 of planned session p2">Secret warm-up label</athlete_text>',
  );
});
