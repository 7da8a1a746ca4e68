// extension/db is the only door to IndexedDB (extension/db/index.ts): outside
// it, no code reaches a table, opens a transaction, or imports db/'s own files;
// tests may also use db/test-support, which plants and reads rows for them.
import { describe, expect, test } from 'vitest';
import { importsOf, isTest, sourcesUnder, type Source } from './support/source-files';

const TABLES = 'sessions|streams|sources|wellness|plans|notes|profile|settings|insights|outbox|syncState';
/** A table, a transaction or the table list, reached through a database (by any name ending in db or Db). */
const TABLE_ACCESS = new RegExp(
  `\\b\\w*[dD]b\\s*\\.\\s*(?:(?:${TABLES})\\b|(?:table|transaction)\\s*\\(|tables\\b)`,
  'g',
);

const insideDb = (path: string) => path.startsWith('extension/db/');

/** Where a file outside extension/db reaches past the door. */
function findTableAccess(files: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    if (insideDb(file.path)) continue;
    for (const match of file.text.matchAll(TABLE_ACCESS)) violations.push(`${file.path}: ${match[0]}`);
    for (const { specifier, target } of importsOf(file)) {
      if (target === null || !insideDb(`${target}/`) || target === 'extension/db') continue;
      if (isTest(file.path) && target.startsWith('extension/db/test-support/')) continue;
      violations.push(`${file.path} imports '${specifier}': import extension/db (its index.ts) instead`);
    }
  }
  return violations;
}

test('nothing outside extension/db reaches a table or a file of db/ other than its index', () => {
  const files = ['extension', 'tests'].flatMap(sourcesUnder);

  const violations = findTableAccess(files);

  expect(files.length).toBeGreaterThan(0);
  expect(violations, `past the door:\n${violations.join('\n')}`).toEqual([]);
});

describe('the scanner catches a planted table access', () => {
  // [file, its text, how many violations]
  const cases: [string, string, number][] = [
    ['extension/ui/x.ts', 'await db.sessions.put(row);', 1],
    ['extension/ui/x.ts', "const rows = await db.plans.where('date').equals(d).toArray();", 1],
    ['extension/ai/x.ts', "await db.transaction('r', [], () => 1);", 1],
    ['extension/ai/x.ts', "const t = sessionsDb.table('wellness');", 1],
    ['extension/ui/x.test.ts', 'for (const t of db.tables) await t.clear();', 1],
    ['extension/ui/x.ts', "import { toSessionRow } from '../db/session-row';", 1],
    ['extension/ui/x.ts', "import { plantRows } from '../db/test-support/tables';", 1],
    ['extension/ui/x.test.ts', "import { plantRows } from '../db/test-support/tables';", 0],
    ['extension/ui/x.ts', "import { listPlans, type SessionsDb } from '../db';", 0],
    ['extension/ui/x.ts', "import { getSession } from '../db/index';", 1],
    ['extension/demo/x.ts', 'const ids = season.sessions.map((s) => s.id);', 0],
    ['extension/db/x.ts', 'await db.sessions.put(row);', 0],
  ];

  test.each(cases)('%s: %s', (path, text, count) => {
    expect(findTableAccess([{ path, text }])).toHaveLength(count);
  });
});
