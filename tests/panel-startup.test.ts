// The side panel opens on Today or Sessions, and loads only what that first
// screen shows (issue 16, "Opening at any library size": the JavaScript run
// before the first row was what opening still cost). Everything else arrives
// through import() when it is first needed: the importer (an import runs in a
// worker; merging a stored session, a demo season and a site's import load it
// then), the other views and a session's detail, sync with Convex, Clerk, and
// the zip library an export needs (fflate, which builds its tables as it loads).
// Checked on the static imports from the page's entry, which no bundler
// setting can hide: a module reached here is downloaded and run at startup.
import { describe, expect, test } from 'vitest';
import { importChain, type ReadSource, staticImportGraph } from './support/static-imports';

const ENTRY = 'extension/entrypoints/sidepanel/main.tsx';

/**
 * What the first screen must not load: the importer, every view but Today and Sessions, the AI's code (its settings
 * and storage too: AutoSummary builds them after an import), sync's store, and the two barrels that brought sync's
 * store and the AI's facts along (a bundler puts every module a barrel re-exports in the chunk of whatever imports it:
 * the first screen goes through extension/db/first-screen.ts and the analytics' own modules).
 */
const LOADED_ON_DEMAND = [
  'importer/',
  ...['progress', 'plan', 'wellness', 'insights/InsightsView', 'settings', 'detail'].map((v) => `extension/ui/${v}`),
  'extension/ai/',
  'extension/db/index.ts',
  'extension/db/sync-',
  'shared/analytics/index.ts',
];
/** Packages only signing in, an answer from the AI or an export (fflate's zip) needs. */
const PACKAGES_ON_DEMAND = /^(?:convex|@clerk\/|@anthropic-ai\/|fflate$)/;

/** What the page reaches statically that it should load on demand, each with the imports that pull it in. */
function startupViolations(read?: ReadSource): string[] {
  const graph = staticImportGraph(ENTRY, read);
  const modules = [...graph.importedBy.keys()]
    .filter((path) => LOADED_ON_DEMAND.some((folder) => path.startsWith(folder)))
    .map((path) => `${path}, through ${importChain(graph, path).join(' -> ')}`);
  const packages = [...graph.packages].filter((name) => PACKAGES_ON_DEMAND.test(name)).map((name) => `package ${name}`);
  return [...modules, ...packages];
}

test("the side panel's first screen loads no importer, no other view, no sync, no barrel, no account package and no zip", () => {
  const violations = startupViolations();

  expect(violations, `loaded at startup, import() them instead:\n${violations.join('\n')}`).toEqual([]);
});

describe('the walk catches a planted startup import', () => {
  const files: Record<string, string> = {
    'extension/ui/App.tsx': "import type { X } from '../../importer';\nimport './side-panel.css';",
    'extension/db/first-screen.ts': "export { save } from './save';\nexport type { Y } from '../../importer';",
    'extension/db/index.ts': "export { save } from './save';\nexport { takePushBatch } from './sync-store';",
    'extension/db/sync-store.ts': '',
    'extension/db/save.ts': "const load = () => import('../../importer');",
    'importer/index.ts': "export { parse } from './parse';",
    'importer/parse.ts': '',
    'extension/ui/plan/PlanView.tsx': '',
  };
  // [what the entry imports, what the walk should report]
  const cases: [string, string[]][] = [
    ["import { App } from '../../ui/App';\nimport { save } from '../../db/first-screen';", []],
    [
      "import { save } from '../../db/first-screen';\nimport { parse } from '../../../importer';",
      [
        'importer/index.ts, through extension/entrypoints/sidepanel/main.tsx -> importer/index.ts',
        'importer/parse.ts, through extension/entrypoints/sidepanel/main.tsx -> importer/index.ts -> importer/parse.ts',
      ],
    ],
    [
      "export { PlanView } from '../../ui/plan/PlanView';",
      [
        'extension/ui/plan/PlanView.tsx, through extension/entrypoints/sidepanel/main.tsx -> extension/ui/plan/PlanView.tsx',
      ],
    ],
    [
      "import { ConvexClient } from 'convex/browser';\nimport type { Clerk } from '@clerk/clerk-js';",
      ['package convex/browser'],
    ],
    ["const plan = () => import('../../ui/plan/PlanView');", []],
    ["import { zipSync } from 'fflate';", ['package fflate']],
    [
      "import { save } from '../../db';",
      [
        'extension/db/index.ts, through extension/entrypoints/sidepanel/main.tsx -> extension/db/index.ts',
        'extension/db/sync-store.ts, through extension/entrypoints/sidepanel/main.tsx -> extension/db/index.ts -> extension/db/sync-store.ts',
      ],
    ],
  ];

  test.each(cases)('%s', (entry, expected) => {
    const read: ReadSource = (path) => (path === ENTRY ? entry : files[path]);

    expect(startupViolations(read)).toEqual(expected);
  });
});
