import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { privateValues } from './private-values';

test('a value set in one page is read in another, which hears of the change', async () => {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  const settingsPage = privateValues('private-pages', deps);
  const panel = privateValues('private-pages', deps);
  const heard = new Promise<string>((resolve) => {
    const stop = panel.onChanged((key) => {
      stop();
      resolve(key);
    });
  });

  await settingsPage.set('ai.apiKey', 'sk-ant-own');

  expect(await heard).toBe('ai.apiKey');
  expect(await panel.get('ai.apiKey')).toBe('sk-ant-own');
  await panel.remove('ai.apiKey');
  expect(await settingsPage.get('ai.apiKey')).toBeUndefined();
});

test('clear removes every value and names each one removed', async () => {
  const values = privateValues('private-clear', { indexedDB: new IDBFactory(), IDBKeyRange });
  await values.set('ai.settings', { enabled: true });
  await values.set('ai.apiKey', 'sk-ant-own');
  const heard: string[] = [];
  const stop = values.onChanged((key) => heard.push(key));

  await values.clear();
  stop();

  expect(heard.sort()).toEqual(['ai.apiKey', 'ai.settings']);
  expect([await values.get('ai.settings'), await values.get('ai.apiKey')]).toEqual([undefined, undefined]);
});
