import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase, privateValues, saveRecord } from '../../db';
import { countRows } from '../../db/test-support/tables';
import { EXTENSION_AREAS, eraseBrowser } from './erase-browser';

const ROOT = join(__dirname, '../..');

/** Every source file of the extension but tests, relative to extension/. */
function sources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

/** A storage area in memory, as browser.storage's areas behave for get and clear. */
function memoryArea(items: Record<string, unknown>) {
  const store = new Map(Object.entries(items));
  return { clear: async () => store.clear(), size: () => store.size };
}

describe('the storage the extension uses', () => {
  it("is only areas the eraser clears; localStorage only in the panel (sites/ read the visited page's own)", () => {
    const areas = new Set<string>();
    const localStorageUsers: string[] = [];
    for (const file of sources()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/\b(?:browser|chrome|api\??)\.storage\??\.(\w+)\b/g))
        if (!['onChanged'].includes(match[1]!)) areas.add(match[1]!);
      if (/\blocalStorage\b/.test(text) && !file.startsWith('sites/')) localStorageUsers.push(file);
    }
    expect([...areas].filter((a) => !(EXTENSION_AREAS as readonly string[]).includes(a))).toEqual([]);
    // The database keeps its schema version in the panel's localStorage, which main.tsx hands it (remembered-version.ts).
    expect(localStorageUsers.sort()).toEqual([
      'db/database.ts',
      'db/remembered-version.ts',
      'entrypoints/sidepanel/main.tsx',
      'ui/plan/PlanView.tsx',
      'ui/settings/erase-browser.ts',
    ]);
  });
});

describe('eraseBrowser', () => {
  it("leaves the database, the private values, every extension area and the panel's localStorage empty", async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const db = openDatabase('erase-browser', deps);
    await saveRecord(db, 'settings', { id: 'units', value: 'imperial' });
    const secrets = privateValues('erase-browser-private', deps);
    await secrets.set('ai.apiKey', 'sk-ant-x');
    await secrets.set('clerk.example.test|__clerk_client_jwt|v2', 'jwt');
    const local = memoryArea({ 'bulk:strava': [1] });
    const session = memoryArea({ 'ai.consent': true });
    const sync = memoryArea({ units: 'imperial' });
    localStorage.setItem('sessionsai.units', 'imperial');

    await eraseBrowser(db, { privateValues: secrets, areas: [local, session, sync], page: localStorage });

    expect(await countRows(db, 'settings')).toBe(0);
    expect([await secrets.get('ai.apiKey'), await secrets.get('clerk.example.test|__clerk_client_jwt|v2')]).toEqual([
      undefined,
      undefined,
    ]);
    expect([local.size(), session.size(), sync.size(), localStorage.length]).toEqual([0, 0, 0, 0]);
    db.close();
  });
});
