import type { Plugin, Rolldown } from 'vite';

/** Entry modules stay in their own chunks: one page's entry must never run in another page. */
const ENTRYPOINT = /[\\/]extension[\\/]entrypoints[\\/]([^\\/]+)[\\/]/;

type ModuleInfos = Pick<Rolldown.ChunkingContext, 'getModuleInfo'>;

/** Whether the entry of `page` (its folder under extension/entrypoints) imports `moduleId` through static imports. */
export function loadedAtStartupBy(page: string, moduleId: string, modules: ModuleInfos): boolean {
  const seen = new Set([moduleId]);
  const queue = [moduleId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (ENTRYPOINT.exec(id)?.[1] === page) return true;
    for (const importer of modules.getModuleInfo(id)?.importers ?? [])
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
  }
  return false;
}

/**
 * Puts every module an extension page loads at startup (rolldown's `$initial` tag: statically imported by an
 * entry) into one chunk: the side panel's own first, then one for the other pages (billing-return), which load the
 * side panel's too for what they share (Preact). By default the side panel's startup was cut into 29 small chunks,
 * each shared with a different set of views loaded on demand, and opening it fetched all 29: opened in turn with
 * 20,000 sessions stored, the panel reached its first row in 378 ms with one chunk and 468 ms with 29 (medians of 10)
 * (BENCHMARKS.md, 2026-12-03 06:30). One chunk for every page made the side panel load the billing-return page's
 * Convex client too (2026-12-03 09:30). Only for ES module bundles: the background and the content script are
 * single IIFE files, which split nothing.
 */
export function oneStartupChunk(): Plugin {
  return {
    name: 'sessionsai:one-startup-chunk',
    outputOptions(options) {
      if (options.format === 'iife' || options.format === 'umd') return null;
      const notEntry = (id: string) => !ENTRYPOINT.test(id);
      // Earlier groups take their modules first: what the side panel loads never lands in the other pages' chunk.
      const sidePanel = (id: string, modules: ModuleInfos) =>
        notEntry(id) && loadedAtStartupBy('sidepanel', id, modules) ? 'sidepanel-startup' : null;
      return {
        ...options,
        codeSplitting: {
          groups: [
            { name: sidePanel, tags: ['$initial'] },
            { name: 'startup', tags: ['$initial'], test: notEntry },
          ],
        },
      };
    },
  };
}
