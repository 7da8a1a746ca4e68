import { expect, test } from 'vitest';
import { withPushedFields } from './push-answer';

const row = (rowId: string, v: string) => ({
  table: 'notes' as const,
  rowId,
  fields: [{ n: 'text', v, t: 1, d: 'a' }],
});

test("an answer's rows held as pushed get the pushed fields back, each from the row pushed in its place", () => {
  const pushed = [row('n1', '"first"'), row('n2', '"other"'), row('n1', '"second"')];
  const answer = [
    { table: 'notes' as const, rowId: 'n1', seq: 1, fields: [], asPushed: true },
    { table: 'notes' as const, rowId: 'n2', seq: 0, fields: [{ n: 'text', v: '"kept"', t: 2, d: 'b' }] },
    { table: 'notes' as const, rowId: 'n1', seq: 2, fields: [], asPushed: true },
  ];

  expect(withPushedFields(pushed, answer)).toEqual([{ ...pushed[0], seq: 1 }, answer[1], { ...pushed[2], seq: 2 }]);
});

test('an answer out of step with the push is refused, naming the row', () => {
  const answer = [{ table: 'notes' as const, rowId: 'n9', seq: 1, fields: [], asPushed: true }];

  expect(() => withPushedFields([row('n1', '"x"')], answer)).toThrow(
    "The push's answer names notes n9 where it pushed another row",
  );
});
