// The side panel's views live in folders of their own and never import one
// another: what two views share (charts, dates, form pieces, the AI panel,
// units, the import) sits in a shared UI folder, and only the panel's frame
// (App, TopBar, EmptyState, SessionsPage and the VIEWS registry in extension/ui/) puts views together.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { VIEWS } from '../extension/ui/views';
import { importsOf, isTest, sourcesUnder, type Source } from './support/source-files';

const VIEW_NAMES = ['today', 'sessions', 'detail', 'progress', 'plan', 'wellness', 'insights', 'settings'];
/** Pieces more than one view shows: the journal, the manual-session form and the workout editor. */
const SHARED_NAMES = [
  'common',
  'units',
  'import',
  'site-import',
  'ai-panel',
  'journal',
  'manual',
  'workout',
  'test-support',
];
const VIEW_FOLDERS = VIEW_NAMES.map((view) => `extension/ui/${view}/`).concat('extension/demo/');
const SHARED_FOLDERS = SHARED_NAMES.map((f) => `extension/ui/${f}/`);
/** The frame: files directly in extension/ui/. */
const isFrame = (path: string) => /^extension\/ui\/[^/]+$/.test(path);

const folderOf = (path: string, folders: readonly string[]) => folders.find((f) => path.startsWith(f));

/** Imports from a view or a shared UI folder into another view, or into the frame. */
function findCrossViewImports(files: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    if (isTest(file.path)) continue;
    const own = folderOf(file.path, VIEW_FOLDERS);
    if (own === undefined && folderOf(file.path, SHARED_FOLDERS) === undefined) continue;
    for (const { specifier, target } of importsOf(file)) {
      if (target === null) continue;
      const view = folderOf(`${target}/`, VIEW_FOLDERS);
      if (view !== undefined && view !== own) violations.push(`${file.path} imports the view folder ${view}`);
      else if (isFrame(target)) violations.push(`${file.path} imports '${specifier}' of the panel's frame`);
    }
  }
  return violations;
}

test('no side-panel view folder imports another, and shared UI folders import none', () => {
  const files = ['extension/ui', 'extension/demo'].flatMap(sourcesUnder);

  const violations = findCrossViewImports(files);

  expect(files.length).toBeGreaterThan(0);
  expect(violations, `views importing views:\n${violations.join('\n')}`).toEqual([]);
});

test('every folder under extension/ui is declared a view or a shared folder, so the rule covers it', () => {
  const folders = readdirSync('extension/ui', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  expect(folders.filter((name) => !VIEW_NAMES.includes(name) && !SHARED_NAMES.includes(name))).toEqual([]);
});

test('every view in the top bar is registered with its component, Sessions included', () => {
  expect(VIEWS.map((view) => [view.id, typeof view.component])).toEqual([
    ['today', 'function'],
    ['sessions', 'function'],
    ['progress', 'function'],
    ['plan', 'function'],
    ['wellness', 'function'],
    ['insights', 'function'],
    ['settings', 'function'],
  ]);
});

describe('the scanner catches a planted cross-view import', () => {
  // [file, its text, whether it crosses]
  const cases: [string, string, boolean][] = [
    ['extension/ui/wellness/x.tsx', "import { DayCharts } from '../today/DayCharts';", true],
    ['extension/ui/today/x.tsx', "import { WELLNESS_FIELDS } from '../wellness/wellness-metrics';", true],
    ['extension/ui/plan/PlanView.tsx', "import type { ViewProps } from '../views';", true],
    ['extension/demo/x.tsx', "import { App } from '../ui/App';", true],
    ['extension/ui/common/x.ts', "import { TodayView } from '../today/TodayView';", true],
    ['extension/ui/ai-panel/x.tsx', "import { InsightsView } from '../insights/InsightsView';", true],
    ['extension/ui/today/x.tsx', "import { DayCharts } from '../common/DayCharts';", false],
    ['extension/ui/today/x.tsx', "import { TodayPlan } from './TodayPlan';", false],
    ['extension/demo/x.tsx', "import { useServices } from '../ui/common/services';", false],
    ['extension/ui/views.ts', "import { TodayView } from './today/TodayView';", false],
    ['extension/ui/today/x.test.tsx', "import { storeWeek } from '../plan/plan-test-support';", false],
  ];

  test.each(cases)('%s: %s', (path, text, crosses) => {
    expect(findCrossViewImports([{ path, text }])).toHaveLength(crosses ? 1 : 0);
  });
});
