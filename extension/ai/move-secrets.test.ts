import { expect, test } from 'vitest';
import { memoryArea } from './key-value-area';
import { type LegacyArea, moveSecrets } from './move-secrets';

const CLERK_TOKEN = 'clerk.sessionsai.example|__clerk_client_jwt|v2';

/** browser.storage.local as a content script on Strava could read it. */
function storageLocal(items: Record<string, unknown>): LegacyArea & { items: Map<string, unknown> } {
  const stored = new Map(Object.entries(items));
  return {
    items: stored,
    get: async () => Object.fromEntries(stored),
    async remove(keys) {
      for (const key of keys) stored.delete(key);
    },
  };
}

test('the key, the AI settings with consent and address, and Clerk’s token leave storage.local for the private values', async () => {
  const settings = { enabled: true, baseUrl: 'https://proxy.example.com', consent: { at: 1, version: 1 } };
  const local = storageLocal({
    'ai.apiKey': 'sk-ant-own',
    'ai.settings': settings,
    [CLERK_TOKEN]: 'client-jwt',
    'bulk:strava': { cursor: 3 },
  });
  const secrets = memoryArea();

  await moveSecrets(local, secrets);

  expect(Object.fromEntries(local.items)).toEqual({ 'bulk:strava': { cursor: 3 } });
  expect([await secrets.get('ai.apiKey'), await secrets.get('ai.settings'), await secrets.get(CLERK_TOKEN)]).toEqual([
    'sk-ant-own',
    settings,
    'client-jwt',
  ]);
});

test('a value already in the private values is newer and stays; moving again finds nothing', async () => {
  const local = storageLocal({ 'ai.apiKey': 'sk-ant-old' });
  const secrets = memoryArea({ 'ai.apiKey': 'sk-ant-new' });

  await moveSecrets(local, secrets);
  await moveSecrets(local, secrets);

  expect(await secrets.get('ai.apiKey')).toBe('sk-ant-new');
  expect(local.items.size).toBe(0);
});
