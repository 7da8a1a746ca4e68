import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { eraseAiRequests, listAiRequests, recordAiRequest, type AiRequestEntry } from './ai-ledger';
import { openDatabase } from './database';
import { eraseAll } from './erase-all';
import { countRows } from './test-support/tables';

const request = (at: number, question: string): AiRequestEntry => ({
  at,
  service: 'own-key',
  host: 'api.anthropic.com',
  model: 'claude-sonnet-5-5',
  tone: 'plain',
  messages: [{ role: 'user', content: question }],
  usage: { inputTokens: 1200, outputTokens: 64, cacheReadTokens: 0, cacheWriteTokens: 0 },
  failure: null,
});

test('lists the recorded requests newest first, and erases them on their own, the outbox untouched', async () => {
  const db = openDatabase('ai-ledger', { indexedDB: new IDBFactory(), IDBKeyRange });
  await recordAiRequest(db, request(1_000, 'How was my week?'));
  await recordAiRequest(db, request(3_000, 'And Tuesday?'));
  await recordAiRequest(db, request(2_000, 'Why so tired?'));

  const listed = await listAiRequests(db);
  expect(listed.map((row) => [row.at, row.messages[0]!.content])).toEqual([
    [3_000, 'And Tuesday?'],
    [2_000, 'Why so tired?'],
    [1_000, 'How was my week?'],
  ]);
  expect(await countRows(db, 'outbox')).toBe(0);

  await eraseAiRequests(db);
  expect(await listAiRequests(db)).toEqual([]);
  db.close();
});

test('erasing all local data empties the ledger too', async () => {
  const db = openDatabase('ai-ledger-erase', { indexedDB: new IDBFactory(), IDBKeyRange });
  await recordAiRequest(db, request(1_000, 'How was my week?'));

  await eraseAll(db);

  expect(await listAiRequests(db)).toEqual([]);
  db.close();
});
