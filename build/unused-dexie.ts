import type { Plugin } from 'vite';

/**
 * Lets the bundler drop Dexie from a bundle that never calls it. Dexie's ES entry
 * registers the library on globalThis when loaded (to catch two copies in one
 * page), so by default every bundle that imports a module importing Dexie keeps
 * all 100 kB of it: Firefox's background, which only toggles the sidebar, would.
 * Where Dexie is used, it is kept and registers as before.
 */
export function dropUnusedDexie(): Plugin {
  return {
    name: 'sessionsai:drop-unused-dexie',
    transform(code, id) {
      return id.includes('/node_modules/dexie/') ? { code, moduleSideEffects: false } : null;
    },
  };
}
