// The worker thread's entry: Node cannot load TypeScript by itself, so this
// loads case-worker.ts through tsx, as `npm run fuzz` and vitest load the rest.
import { tsImport } from 'tsx/esm/api';

await tsImport('./case-worker.ts', import.meta.url);
