// The pages' startup modules go into one chunk per page, the side panel's first (build/one-startup-chunk.ts);
// single-file bundles are left alone.
import type { Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { type loadedAtStartupBy, oneStartupChunk } from '../build/one-startup-chunk';

type Modules = Parameters<typeof loadedAtStartupBy>[2];
type NameGroup = { name: (id: string, modules: Modules) => string | null; tags: string[] };
type FixedGroup = { name: string; tags: string[]; test: (id: string) => boolean };

function splitting(format: Rolldown.OutputOptions['format']): [NameGroup, FixedGroup] | null {
  const hook = oneStartupChunk().outputOptions as (options: Rolldown.OutputOptions) => Rolldown.OutputOptions | null;
  const options = hook({ format, dir: '/out' });
  return options === null ? null : ((options.codeSplitting as { groups: [NameGroup, FixedGroup] }).groups ?? null);
}

// Who imports whom statically: the side panel and the billing-return page share Preact; Convex is the billing page's.
const IMPORTERS: Record<string, string[]> = {
  '/repo/extension/entrypoints/sidepanel/main.tsx': [],
  '/repo/extension/entrypoints/billing-return/main.tsx': [],
  '/repo/extension/ui/App.tsx': ['/repo/extension/entrypoints/sidepanel/main.tsx'],
  '/repo/node_modules/preact/dist/preact.mjs': [
    '/repo/extension/ui/App.tsx',
    '/repo/extension/ui/settings/plan/BillingReturn.tsx',
  ],
  '/repo/extension/ui/settings/plan/BillingReturn.tsx': ['/repo/extension/entrypoints/billing-return/main.tsx'],
  '/repo/node_modules/convex/dist/esm/index.js': ['/repo/extension/ui/settings/plan/BillingReturn.tsx'],
};
const modules: Modules = {
  getModuleInfo: (id) => (id in IMPORTERS ? ({ importers: IMPORTERS[id] } as Rolldown.ModuleInfo) : null),
};

describe('an ES module build', () => {
  const [sidePanel, others] = splitting('es') ?? [];

  test.each([
    ['/repo/extension/ui/App.tsx', 'sidepanel-startup'],
    ['/repo/node_modules/preact/dist/preact.mjs', 'sidepanel-startup'],
    ['/repo/extension/ui/settings/plan/BillingReturn.tsx', null],
    ['/repo/node_modules/convex/dist/esm/index.js', null],
    ['/repo/extension/entrypoints/sidepanel/main.tsx', null],
  ])("puts %s in the side panel's startup chunk: %s", (id, chunk) => {
    expect(sidePanel?.name(id, modules)).toBe(chunk);
  });

  test("gathers the other pages' startup modules, entries apart, into a second chunk", () => {
    expect([sidePanel?.tags, others?.name, others?.tags]).toEqual([['$initial'], 'startup', ['$initial']]);
    expect(others?.test('/repo/node_modules/convex/dist/esm/index.js')).toBe(true);
    expect(others?.test('/repo/extension/entrypoints/billing-return/main.tsx')).toBe(false);
  });
});

test('the background and the content script (IIFE bundles) are left as they are', () => {
  expect(splitting('iife')).toBeNull();
});
