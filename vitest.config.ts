import { defineConfig } from 'vitest/config';

// Three environments, one per layer's runtime: Node for the domain and the
// importer, happy-dom for the extension's UI, edge-runtime for Convex functions.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'importer/**/*.test.ts', 'tests/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['extension/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'convex',
          environment: 'edge-runtime',
          include: ['convex/**/*.test.ts'],
          server: { deps: { inline: ['convex-test'] } },
        },
      },
    ],
  },
});
