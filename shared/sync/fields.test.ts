import { expect, test } from 'vitest';
import { effectiveDeletedAt, mergeFields, type SyncFields } from './fields';
import { fromSyncJson, toSyncJson } from './value-codec';

const f = (value: unknown, t: number, d = 'a') => ({ v: JSON.stringify(value), t, d });

test('fields merge one by one, the later stamp winning, and the same merge twice changes nothing', () => {
  const stored: SyncFields = { title: f('Ride', 10), rpe: f(5, 30) };
  const incoming: SyncFields = { title: f('Hills', 20, 'b'), rpe: f(6, 25, 'b') };

  const once = mergeFields(stored, incoming, false);
  const twice = mergeFields(once.fields, incoming, false);

  expect(once).toEqual({ fields: { title: f('Hills', 20, 'b'), rpe: f(5, 30) }, changed: true, needsWhole: false });
  expect(twice).toEqual({ fields: once.fields, changed: false, needsWhole: false });
});

const BLANK = (t: number, d = 'a') => ({ v: '', t, d });

test('a deletion that wins blanks every value of the row, whatever the deleting device sent', () => {
  const stored: SyncFields = { title: f('Ride', 10), notes: f('Legs felt great', 12, 'b'), deletedAt: f(null, 10) };

  const merged = mergeFields(stored, { title: BLANK(20), deletedAt: f(20, 20) }, false);

  expect(merged).toEqual({
    fields: { title: BLANK(20), notes: BLANK(20), deletedAt: f(20, 20) },
    changed: true,
    needsWhole: false,
  });
  // An edit made before the deletion, arriving after it, leaves it deleted and blank.
  expect(mergeFields(merged.fields, { notes: f('Easy', 15, 'b') }, false)).toEqual({ ...merged, changed: false });
});

test('a deletion that loses to a later edit erases nothing', () => {
  const stored: SyncFields = { title: f('Ride', 10), notes: f('Legs felt great', 30, 'b'), deletedAt: f(null, 10) };

  const merged = mergeFields(stored, { title: BLANK(20), notes: BLANK(20), deletedAt: f(20, 20) }, false);

  expect(merged.fields).toEqual({ title: f('Ride', 10), notes: f('Legs felt great', 30, 'b'), deletedAt: f(20, 20) });
  expect(effectiveDeletedAt(merged.fields)).toBeNull();
});

test('an edit made after a deletion brings the row back only with the whole row, from a device that has it', () => {
  const deleted: SyncFields = { title: BLANK(20), notes: BLANK(20), deletedAt: f(20, 20) };

  expect(mergeFields(deleted, { notes: f('Felt fine', 25, 'b') }, false)).toEqual({
    fields: deleted,
    changed: false,
    needsWhole: true,
  });
  const whole = mergeFields(deleted, { title: f('Ride', 25, 'b'), notes: f('Felt fine', 25, 'b') }, true);
  expect(whole.fields).toEqual({ title: f('Ride', 25, 'b'), notes: f('Felt fine', 25, 'b'), deletedAt: f(20, 20) });
  expect(effectiveDeletedAt(whole.fields)).toBeNull();
});

test('a whole row bringing a deleted row back fills its blanks even with values stamped before the deletion', () => {
  const deleted: SyncFields = { title: BLANK(20), notes: BLANK(20), rpe: BLANK(20), deletedAt: f(20, 20) };
  // A device's first push of a session it imported too: what the file says is stamped 0, its edit later.
  const whole: SyncFields = {
    title: f('Ride', 0, 'b'),
    notes: f(null, 0, 'b'),
    rpe: f(7, 25, 'b'),
    deletedAt: f(null, 25, 'b'),
  };

  const back = mergeFields(deleted, whole, true);

  expect(back).toEqual({ fields: whole, changed: true, needsWhole: false });
  // The deletion sent again (a late duplicate) still erases nothing.
  expect(
    mergeFields(back.fields, { title: BLANK(20), notes: BLANK(20), rpe: BLANK(20), deletedAt: f(20, 20) }, false),
  ).toEqual({
    fields: whole,
    changed: false,
    needsWhole: false,
  });
});

test('a row is deleted while its deletion is the latest write; a later edit brings it back', () => {
  expect(effectiveDeletedAt({ title: f('Ride', 10), deletedAt: f(20, 20) })).toBe(20);
  expect(effectiveDeletedAt({ title: f('Ride', 21, 'b'), deletedAt: f(20, 20) })).toBeNull();
  expect(effectiveDeletedAt({ title: f('Ride', 20, 'b'), deletedAt: f(20, 20, 'a') })).toBeNull();
  expect(effectiveDeletedAt({ title: f('Ride', 10), deletedAt: f(null, 30) })).toBeNull();
});

test('sync JSON keeps typed arrays and missing samples', () => {
  const value = { power: new Float32Array([200, Number.NaN, 210]), time: new Float64Array([0, 1]), avg: Number.NaN };

  expect(fromSyncJson(toSyncJson(value))).toEqual(value);
  expect(toSyncJson(value)).toBe(
    '{"power":{"$typed":"Float32Array","v":[200,"NaN",210]},"time":{"$typed":"Float64Array","v":[0,1]},"avg":{"$num":"NaN"}}',
  );
});
