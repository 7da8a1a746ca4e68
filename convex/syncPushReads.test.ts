// A push reads the rows it names with one index range read when they lie together in key order, and row by
// row when they are scattered among others (convex/lib/storedRows.ts): either way each row merges with the
// stored row as it stands, also when the push writes it twice.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';
import { asAdult } from '../tests/support/adult-athlete';
import { withPushedFields } from '../shared/sync/push-answer';
import { toWire } from '../shared/sync/fields-text';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const field = (n: string, value: unknown, t: number) => ({ n, v: JSON.stringify(value), t, d: 'laptop' });
const note = (rowId: string, text: string, t: number) => ({
  table: 'notes' as const,
  rowId,
  fields: [field('text', text, t)],
});
type Note = ReturnType<typeof note>;
/** Each answered row as `<id>@<seq>:<values>`, fields left out as pushed put back. */
const texts = (pushed: Note[], answer: Parameters<typeof withPushedFields>[1]) =>
  withPushedFields(pushed, answer).map((r) => `${r.rowId}@${r.seq}:${r.fields.map((f) => f.v).join('|')}`);

async function adaWithNotes(count: number) {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  const ids = Array.from({ length: count }, (_, i) => `n${String(i).padStart(2, '0')}`);
  await asAda.mutation(api.sync.push, { rows: toWire(ids.map((id) => note(id, `first ${id}`, 1))) });
  return asAda;
}

test('rows lying together, some stored and some new, merge with what is stored', async () => {
  const asAda = await adaWithNotes(4);

  const rows = [note('n01', 'older', 0), note('n02', 'later', 2), note('n02x', 'new', 2)];
  const answer = await asAda.mutation(api.sync.push, { rows: toWire(rows) });

  expect(texts(rows, answer)).toEqual(['n01@2:"first n01"', 'n02@5:"later"', 'n02x@6:"new"']);
});

test('rows scattered among many others are read one by one, with the same outcome', async () => {
  const asAda = await adaWithNotes(12);

  const rows = [note('n00', 'later', 2), note('n11', 'older', 0), note('n05x', 'new', 2)];
  const answer = await asAda.mutation(api.sync.push, { rows: toWire(rows) });

  expect(texts(rows, answer)).toEqual(['n00@13:"later"', 'n11@12:"first n11"', 'n05x@14:"new"']);
});

test('a row written twice in one push is merged the second time with what the first wrote', async () => {
  const asAda = await adaWithNotes(2);

  const rows = [note('n00', 'second', 3), note('n01', 'other', 3), note('n00', 'between', 2), note('n00', 'third', 4)];
  const answer = await asAda.mutation(api.sync.push, { rows: toWire(rows) });

  expect(texts(rows, answer)).toEqual(['n00@3:"second"', 'n01@4:"other"', 'n00@3:"second"', 'n00@5:"third"']);
  expect(await asAda.query(api.sync.head, {})).toBe(5);
});

test('row ids outside printable ASCII are read one by one', async () => {
  const asAda = await adaWithNotes(0);
  await asAda.mutation(api.sync.push, { rows: toWire([note('é', 'accent', 1), note('z', 'zed', 1)]) });

  const rows = [note('é', 'later', 2), note('a', 'new', 2)];
  const answer = await asAda.mutation(api.sync.push, { rows: toWire(rows) });

  expect(texts(rows, answer)).toEqual(['é@3:"later"', 'a@4:"new"']);
});
