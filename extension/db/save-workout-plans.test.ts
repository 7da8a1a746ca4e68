import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { Database } from './database';
import { saveImport } from './save-import';

const NAME = 'fitparse__WorkoutIndividualSteps.fit';

let db: Database;
beforeEach(() => {
  db = new Database('save-workout-plans', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describeWithFixtures('a FIT workout in an import', () => {
  it('is planned on the day given, with its steps and a sync note; the same file again is not planned twice', async () => {
    const result = await importFiles([{ name: NAME, bytes: fixture(`fit/non-activity/${NAME}`) }]);
    const saved = await saveImport(db, result, new Map(), '2026-12-02');
    expect(saved).toMatchObject({
      added: 0,
      issues: [],
      plannedIds: [expect.stringMatching(/^workout-[0-9a-f]{16}$/)],
    });
    const [id] = saved.plannedIds;
    const plan = await db.plans.get(id!);
    expect(plan).toMatchObject({ id, date: '2026-12-02', sport: 'other', title: 'Example 1', deletedAt: null });
    // 60 s then two 500 m steps with no pace and one "until lap": no duration or distance can be planned.
    expect(plan?.steps).toHaveLength(4);
    expect(plan).not.toHaveProperty('targetDurationS');
    expect(await db.outbox.get(`plans:${id}`)).toMatchObject({ op: 'put' });

    const again = await saveImport(db, result, new Map(), '2026-12-09');
    expect(again.plannedIds).toEqual([]);
    expect(again.issues).toEqual([
      {
        file: NAME,
        code: 'duplicate',
        message: `${NAME}: “Example 1” is already planned on 2026-12-02: skipped, not planned twice`,
      },
    ]);
  });
});
