// Every adapter keeps what issue 6 asks of it, checked the way refined-github
// checks its features: each folder beside site-adapter.ts is an adapter with
// URL examples beside its detection, saved responses, mapping and fetch
// tests, and it is in the registry.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../shared/model';
import { ADAPTERS } from './registry';

const HERE = import.meta.dirname;
/** Folders here that are no adapter: shared test helpers and the bulk/content features built on the adapters. */
const NOT_ADAPTERS = new Set(['test-support', 'bulk', 'content']);
const folders = readdirSync(HERE).filter((name) => statSync(join(HERE, name)).isDirectory() && !NOT_ADAPTERS.has(name));
const REQUIRED_FILES = [
  'adapter.ts',
  'urls.ts',
  'urls.test.ts',
  'details.ts',
  'details.test.ts',
  'fetch-activity.ts',
  'fetch-activity.test.ts',
  'list-activities.ts',
  'list-activities.test.ts',
];

describe('site adapters', () => {
  it('has one folder per site the model knows', () => {
    expect(folders.sort()).toEqual(SITES.map((s) => s.replace('.', '-')).sort());
  });

  describe.each(folders)('%s', (folder) => {
    it.each(REQUIRED_FILES)('has %s', (name) => {
      expect(existsSync(join(HERE, folder, name))).toBe(true);
    });

    it('has saved responses in fixtures/', () => {
      const fixtures = join(HERE, folder, 'fixtures');
      expect(existsSync(fixtures) && readdirSync(fixtures).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(
        0,
      );
    });

    it('keeps URL examples of every kind beside its detection', async () => {
      const { EXAMPLES } = (await import(`./${folder}/urls.ts`)) as typeof import('./strava/urls');
      expect(EXAMPLES.activity.length).toBeGreaterThan(0);
      expect(EXAMPLES.list.length).toBeGreaterThan(0);
      expect(EXAMPLES.notMatching.length).toBeGreaterThan(0);
    });

    it('is in the registry', () => {
      expect(ADAPTERS.map((a) => a.site.replace('.', '-'))).toContain(folder);
    });
  });
});
