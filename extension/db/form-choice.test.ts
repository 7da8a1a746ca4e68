import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from './database';
import { DEFAULT_FORM_CHOICE, formGoal, readFormChoice, saveFormChoice } from './form-choice';
import { saveRecord } from './save-record';

let db: Database;
beforeEach(() => {
  db = new Database('form-choice', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('form choice', () => {
  it("is intervals.icu's optimal band and a ramp limit of 8 until the athlete chooses", async () => {
    expect(await readFormChoice(db)).toEqual({ zone: 'optimal', rampLimit: 8 });
    expect(formGoal(DEFAULT_FORM_CHOICE)).toEqual({ min: -30, max: -10, rampLimit: 8 });
  });

  it('keeps the choice as a settings row noted for sync', async () => {
    await saveFormChoice(db, { zone: 'fresh', rampLimit: 5 });
    expect(await readFormChoice(db)).toEqual({ zone: 'fresh', rampLimit: 5 });
    expect(formGoal({ zone: 'fresh', rampLimit: 5 })).toEqual({ min: 5, max: 25, rampLimit: 5 });
    expect(await db.outbox.get('settings:form-target')).toMatchObject({ op: 'put' });
  });

  it('refuses a choice that is no zone or no positive limit, and reads a bad stored row as the default', async () => {
    await expect(saveFormChoice(db, { zone: 'peak' as 'fresh', rampLimit: 5 })).rejects.toThrow(
      'not a form choice: zone peak, ramp limit 5',
    );
    await expect(saveFormChoice(db, { zone: 'fresh', rampLimit: -1 })).rejects.toThrow(
      'not a form choice: zone fresh, ramp limit -1',
    );
    await saveRecord(db, 'settings', { id: 'form-target', value: { zone: 'fresh', rampLimit: 'fast' } });
    expect(await readFormChoice(db)).toEqual(DEFAULT_FORM_CHOICE);
  });
});
