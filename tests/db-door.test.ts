// extension/db is the only door to IndexedDB (extension/db/index.ts): outside
// it, no code reaches a table, opens a transaction, or imports db/'s own files;
// tests may also use db/test-support, which plants and reads rows for them.
// Inside db/, rows are written only through write-rows.ts, which notes each
// change for sync in the same transaction.
import { describe, expect, test } from 'vitest';
import { importsOf, isTest, sourcesUnder, type Source } from './support/source-files';

const TABLES = 'sessions|streams|sources|wellness|plans|notes|profile|settings|insights|outbox|syncState';
/** A table, a transaction or the table list, reached through a database (by any name ending in db or Db). */
const TABLE_ACCESS = new RegExp(
  `\\b\\w*[dD]b\\s*\\.\\s*(?:(?:${TABLES})\\b|(?:table|transaction)\\s*\\(|tables\\b)`,
  'g',
);

const insideDb = (path: string) => path.startsWith('extension/db/');
/** The door, and the smaller one the side panel's first screen goes through (extension/db/first-screen.ts). */
const DOORS = ['extension/db', 'extension/db/index', 'extension/db/first-screen'];

/** A write to a table, by name or through db.table(...). */
const WRITES = 'put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|modify|clear';
const TABLE_WRITE = new RegExp(`\\bdb\\s*\\.\\s*(?:(?:${TABLES})|table\\([^)]*\\))\\s*\\.\\s*(?:${WRITES})\\(`, 'g');
/**
 * The files of db/ that write rows themselves: the write path, the outbox, erasing everything, migrations, and
 * sync's own: its store, which applies the server's rows (never noted for sync again), its state (the sync
 * bookkeeping), its push batch, which clears outbox entries with nothing left to send, its kept files, which
 * brings back a file's row deleted here from the copy it kept (its base, stamp and outbox note written with it), and
 * its intervals, which a samples row from sync gives back to its session.
 */
const WRITERS = [
  'write-rows.ts',
  'outbox.ts',
  'erase-all.ts',
  'schema-versions.ts',
  'sync-store.ts',
  'sync-state.ts',
  'sync-push-batch.ts',
  'sync-kept-files.ts',
  'sync-intervals.ts',
].map((f) => `extension/db/${f}`);

/** Writes inside db/ that bypass write-rows.ts. */
function findStrayWrites(files: readonly Source[]): string[] {
  return files
    .filter((file) => insideDb(file.path) && !isTest(file.path) && !WRITERS.includes(file.path))
    .flatMap((file) => [...file.text.matchAll(TABLE_WRITE)].map((match) => `${file.path}: ${match[0]}`));
}

/** Where a file outside extension/db reaches past the door. */
function findTableAccess(files: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    if (insideDb(file.path)) continue;
    for (const match of file.text.matchAll(TABLE_ACCESS)) violations.push(`${file.path}: ${match[0]}`);
    for (const { specifier, target } of importsOf(file)) {
      if (target === null || !insideDb(`${target}/`) || DOORS.includes(target)) continue;
      if (isTest(file.path) && target.startsWith('extension/db/test-support/')) continue;
      violations.push(
        `${file.path} imports '${specifier}': import extension/db (its index.ts or first-screen.ts) instead`,
      );
    }
  }
  return violations;
}

test('nothing outside extension/db reaches a table or a file of db/ other than its index', () => {
  const files = sourcesUnder('extension');

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
    ['extension/ui/x.ts', "import { getSession } from '../db/index';", 0],
    ['extension/ui/x.ts', "import { countSessions } from '../db/first-screen';", 0],
    ['extension/demo/x.ts', 'const ids = season.sessions.map((s) => s.id);', 0],
    ['extension/db/x.ts', 'await db.sessions.put(row);', 0],
  ];

  test.each(cases)('%s: %s', (path, text, count) => {
    expect(findTableAccess([{ path, text }])).toHaveLength(count);
  });
});

test('inside extension/db, rows are written only through write-rows.ts', () => {
  const violations = findStrayWrites(sourcesUnder('extension/db'));

  expect(violations, `writes that skip the sync note:\n${violations.join('\n')}`).toEqual([]);
});

describe('the scanner catches a planted write that skips write-rows.ts', () => {
  const cases: [string, string, number][] = [
    ['extension/db/x.ts', 'await db.sessions.put(row);', 1],
    ['extension/db/x.ts', 'await db.table(table).bulkPut([...rows]);', 1],
    ['extension/db/x.ts', "await db.settings.delete('demo');", 1],
    ['extension/db/x.ts', 'ids.add(source.site.activityId);', 0],
    ['extension/db/x.ts', "await putRows(db, 'sessions', [row], 'sync');", 0],
    ['extension/db/write-rows.ts', 'await db.table(table).bulkPut([...rows]);', 0],
    ['extension/db/x.test.ts', 'await db.sessions.put(row);', 0],
  ];

  test.each(cases)('%s: %s', (path, text, count) => {
    expect(findStrayWrites([{ path, text }])).toHaveLength(count);
  });
});
