import { expect, test } from 'vitest';
import schema from '../schema';
import { NOT_OWNED_TABLES, OWNED_FILES, OWNED_TABLES } from './ownedTables';

// The deletion registry against the schema: a table added to convex/schema.ts
// fails here until ownedTables.ts says whether it holds an athlete's data.

/** A table's fields as its validator declares them (every table here is an object). */
function fieldsOf(table: string): Record<string, { kind: string; tableName?: string }> {
  return (
    schema.tables[table as keyof typeof schema.tables].validator as unknown as {
      fields: Record<string, { kind: string }>;
    }
  ).fields;
}

test('every table in the schema is listed as owned by an athlete or not, and none as both', () => {
  const listed = [...Object.keys(OWNED_TABLES), ...Object.keys(NOT_OWNED_TABLES)].sort();
  expect(listed).toEqual(Object.keys(schema.tables).sort());
});

test('a table with a userId field cannot be listed as not owned', () => {
  for (const table of Object.keys(NOT_OWNED_TABLES)) {
    expect(Object.keys(fieldsOf(table)), table).not.toContain('userId');
  }
});

test("each owned table's listed index starts with userId, so deletion reads one athlete's rows only", () => {
  for (const [table, index] of Object.entries(OWNED_TABLES)) {
    const indexes = schema.tables[table as keyof typeof schema.tables][' indexes']();
    const fields = indexes.find((i) => i.indexDescriptor === index)?.fields;
    expect(fields?.[0], `${table}.${index}`).toBe('userId');
  }
});

test('each file kind names an owned table and a storage id field of it', () => {
  for (const [table, field] of Object.entries(OWNED_FILES)) {
    expect(Object.keys(OWNED_TABLES)).toContain(table);
    expect(fieldsOf(table)[field], `${table}.${field}`).toMatchObject({ kind: 'id', tableName: '_storage' });
  }
});
