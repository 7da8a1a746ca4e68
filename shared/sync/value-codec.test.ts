import { expect, test } from 'vitest';
import { fromSyncJson, toSyncJson } from './value-codec';

test('a typed array or a missing sample deep inside a value is tagged and comes back as it went', () => {
  const laps = [{ n: 1 }, { n: 2, power: new Int16Array([200, 210]), ratio: [1, Number.POSITIVE_INFINITY] }];

  const text = toSyncJson({ laps });

  expect(text).toBe(
    '{"laps":[{"n":1},{"n":2,"power":{"$typed":"Int16Array","v":[200,210]},"ratio":[1,{"$num":"Infinity"}]}]}',
  );
  expect(fromSyncJson(text)).toEqual({ laps });
});

test('a value with nothing to tag is plain JSON, and text with nothing tagged is read as plain JSON', () => {
  const value = { title: 'Hills, $5 entry', laps: [{ n: 1, hr: [120, 121] }], note: null, gone: undefined };

  const text = toSyncJson(value);

  expect(text).toBe('{"title":"Hills, $5 entry","laps":[{"n":1,"hr":[120,121]}],"note":null}');
  expect(fromSyncJson(text)).toEqual({ title: 'Hills, $5 entry', laps: [{ n: 1, hr: [120, 121] }], note: null });
});

test('a tag written with an escaped "$" is still read as a tag', () => {
  expect(fromSyncJson('{"avg":{"\\u0024num":"NaN"}}')).toEqual({ avg: Number.NaN });
});
