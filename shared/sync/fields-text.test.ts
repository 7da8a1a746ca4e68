import { expect, test } from 'vitest';
import { fieldsFromText, fieldsToText, toWire } from './fields-text';

const fields = [
  { n: 'title', v: '"Tempo \\"hard\\""', t: 1_733_000_000_000, d: 'laptop' },
  { n: 'rpe', v: '', t: 0, d: 'laptop' },
];

test('fields go through their text unchanged, in order', () => {
  expect(fieldsToText(fields)).toBe(
    '[["title","\\"Tempo \\\\\\"hard\\\\\\"\\"",1733000000000,"laptop"],["rpe","",0,"laptop"]]',
  );
  expect(fieldsFromText(fieldsToText(fields))).toEqual(fields);
  expect(toWire([{ table: 'sessions', rowId: 's1', fields, whole: true }])).toEqual([
    { table: 'sessions', rowId: 's1', fields: fieldsToText(fields), whole: true },
  ]);
});

test('a text that is not fields says what is wrong', () => {
  expect(() => fieldsFromText('[["title"')).toThrow('are not JSON');
  expect(() => fieldsFromText('{"title":"Ride"}')).toThrow('are not a list');
  expect(() => fieldsFromText('[["title","\\"Ride\\"",1,"laptop"],["rpe","5",null,"laptop"]]')).toThrow(
    'hold an item 1 that is not [name, value as JSON, time, device]',
  );
  expect(() => fieldsFromText('[["title","\\"Ride\\"",1]]')).toThrow('hold an item 0');
});
