// The Convex modules convex-test loads, listed by hand: the bench runs under
// tsx, which has no import.meta.glob (convex/test.setup.ts uses it under Vite).
export const convexModules: Record<string, () => Promise<unknown>> = {
  './_generated/api.js': () => import('../../convex/_generated/api.js'),
  './_generated/server.js': () => import('../../convex/_generated/server.js'),
  './schema.ts': () => import('../../convex/schema'),
  './sync.ts': () => import('../../convex/sync'),
  './files.ts': () => import('../../convex/files'),
  './users.ts': () => import('../../convex/users'),
};
