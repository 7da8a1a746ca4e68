// The pages' startup modules go into one chunk (build/one-startup-chunk.ts); single-file bundles are left alone.
import type { Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { oneStartupChunk } from '../build/one-startup-chunk';

type Group = { name: string; tags: string[]; test: (id: string) => boolean };

function splitting(format: Rolldown.OutputOptions['format']): Group[] | null {
  const hook = oneStartupChunk().outputOptions as (options: Rolldown.OutputOptions) => Rolldown.OutputOptions | null;
  const options = hook({ format, dir: '/out' });
  return options === null ? null : ((options.codeSplitting as { groups: Group[] }).groups ?? null);
}

test('an ES module build gathers the startup modules, entries apart, into one chunk', () => {
  const [group, ...others] = splitting('es') ?? [];
  expect([group?.name, group?.tags, others]).toEqual(['startup', ['$initial'], []]);
  expect(group?.test('/repo/extension/ui/App.tsx')).toBe(true);
  expect(group?.test('/repo/node_modules/preact/dist/preact.mjs')).toBe(true);
  expect(group?.test('/repo/extension/entrypoints/sidepanel/main.tsx')).toBe(false);
});

test('the background and the content script (IIFE bundles) are left as they are', () => {
  expect(splitting('iife')).toBeNull();
});
