// The streams table's door: every write is stored packed, every read (get, bulkGet, toArray, a cursor) gives the
// model's Streams back, so sync and export see the samples as they were before packing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyResult } from '../../shared/model';
import { Database } from './database';
import { saveImport } from './save-import';
import { rawStreamsRow } from './test-support/raw-row';
import { bytesOf, testSession } from './test-support/sessions';

const ride = testSession('ab'.repeat(32));
let factory: IDBFactory;
let db: Database;
beforeEach(async () => {
  factory = new IDBFactory();
  db = new Database('packing', { indexedDB: factory, IDBKeyRange });
  await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
});
afterEach(() => db.close());

describe('the streams table', () => {
  it('stores a saved session’s samples packed: whole watts a byte each, the gap as the byte’s lowest value', async () => {
    const { streams } = await rawStreamsRow(factory, 'packing', ride.id);
    expect(streams.packed).toBe(1);
    expect(streams.power).toMatchObject({ type: 'f32', scale: 1, width: 1 });
    expect(Array.from(new Int8Array(streams.power!.bytes))).toEqual([0, -128, 10]);
  });

  it('gives the samples back as the model’s typed arrays on every kind of read', async () => {
    const expected = { time: [0, 1, 2], power: [200, NaN, 210] };
    const asArrays = (row: { streams: { time: Float64Array; power?: Float32Array } } | undefined) => ({
      time: Array.from(row!.streams.time),
      power: Array.from(row!.streams.power!),
    });
    expect(asArrays(await db.streams.get(ride.id))).toEqual(expected);
    expect(asArrays((await db.streams.bulkGet([ride.id]))[0])).toEqual(expected);
    expect(asArrays((await db.streams.toArray())[0])).toEqual(expected);
    const seen: unknown[] = [];
    await db.streams.each((row) => seen.push(asArrays(row)));
    expect(seen).toEqual([expected]);
    expect((await db.streams.get(ride.id))!.streams.power).toBeInstanceOf(Float32Array);
  });
});
