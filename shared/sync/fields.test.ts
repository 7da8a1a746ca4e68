import { expect, test } from 'vitest';
import { effectiveDeletedAt, mergeFields, type SyncFields } from './fields';
import { fromSyncJson, toSyncJson } from './value-codec';

const f = (value: unknown, t: number, d = 'a') => ({ v: JSON.stringify(value), t, d });

test('fields merge one by one, the later stamp winning, and the same merge twice changes nothing', () => {
  const stored: SyncFields = { title: f('Ride', 10), rpe: f(5, 30) };
  const incoming: SyncFields = { title: f('Hills', 20, 'b'), rpe: f(6, 25, 'b') };

  const once = mergeFields(stored, incoming);
  const twice = mergeFields(once.fields, incoming);

  expect(once).toEqual({ fields: { title: f('Hills', 20, 'b'), rpe: f(5, 30) }, changed: true });
  expect(twice).toEqual({ fields: once.fields, changed: false });
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
