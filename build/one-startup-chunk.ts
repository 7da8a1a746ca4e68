import type { Plugin } from 'vite';

/** Entry modules stay in their own chunks: one page's entry must never run in another page. */
const ENTRYPOINT = /[\\/]extension[\\/]entrypoints[\\/]/;

/**
 * Puts every module an extension page loads at startup (rolldown's `$initial` tag: statically imported by an
 * entry) into one `startup` chunk, shared by the pages. By default the side panel's startup was cut into 29 small
 * chunks, each shared with a different set of views loaded on demand, and opening it fetched all 29: opened in
 * turn with 20,000 sessions stored, the panel reached its first row in 378 ms with one chunk and 468 ms with 29 (medians of 10)
 * (BENCHMARKS.md, 2026-12-03 06:30). Only for ES module bundles: the background and the content script are
 * single IIFE files, which split nothing.
 */
export function oneStartupChunk(): Plugin {
  return {
    name: 'sessionsai:one-startup-chunk',
    outputOptions(options) {
      if (options.format === 'iife' || options.format === 'umd') return null;
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'startup', tags: ['$initial'], test: (id) => !ENTRYPOINT.test(id) }] },
      };
    },
  };
}
