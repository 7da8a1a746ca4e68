// Clerk's UI is left out of the background bundle only (build/background-without-clerk-ui.ts).
import type { Rolldown } from 'vite';
import { expect, test } from 'vitest';
import { backgroundWithoutClerkUi } from '../build/background-without-clerk-ui';

/** Where `@clerk/ui/no-rhc` resolves in a build of `input` (null: as usual, from node_modules). */
function clerkUiIn(input: Rolldown.InputOption): string | null {
  const plugin = backgroundWithoutClerkUi();
  (plugin.options as (options: Rolldown.InputOptions) => null)({ input });
  return (plugin.resolveId as (source: string) => string | null)('@clerk/ui/no-rhc');
}

test('the background bundle gets the empty stand-in; the side panel keeps Clerk’s UI', () => {
  expect(clerkUiIn('/repo/extension/entrypoints/background.ts')).toMatch(/\/build\/clerk-ui-left-out\.ts$/);
  expect(clerkUiIn({ sidepanel: '/repo/extension/entrypoints/sidepanel/index.html' })).toBeNull();
});
