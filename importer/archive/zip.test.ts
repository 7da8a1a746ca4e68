import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { peekZipEntry, readZipEntry } from './zip-entry';

const MiB = 1024 * 1024;
const fit = new Uint8Array(10_000).map((_, i) => (i * 7) & 0xff);
const text = new TextEncoder().encode('Activity ID,Filename\r\n'.repeat(100));

function entries(zip: Uint8Array): readonly ZipEntry[] {
  const dir = readZipDirectory(zip);
  if (dir.kind !== 'ok') throw new Error(dir.reason);
  return dir.entries;
}

/** Offset of the central directory record of entry `index` (APPNOTE §4.3.12). */
function centralRecord(zip: Uint8Array, index: number): number {
  let found = -1;
  for (let at = 0; at + 4 <= zip.length; at++) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x01 && zip[at + 3] === 0x02 && ++found === index)
      return at;
  }
  throw new Error('no such central record');
}

describe('zip directory and entries', () => {
  const zip = zipSync({
    'rides/a.fit': [fit, { level: 6 }],
    'activities.csv': [text, { level: 0 }],
    'rides/': new Uint8Array(),
  });

  it('lists names and declared sizes, folders included', () => {
    expect(entries(zip).map((e) => [e.name, e.method, e.declaredSize])).toEqual([
      ['rides/a.fit', 8, 10_000],
      ['activities.csv', 0, text.length],
      ['rides/', 8, 0],
    ]);
  });

  it('reads deflated and stored entries byte for byte, with their CRC-32 checked', () => {
    const [a, csv] = entries(zip);
    expect(readZipEntry(zip, a!, MiB)).toEqual({ kind: 'ok', bytes: fit, intact: true });
    expect(readZipEntry(zip, csv!, MiB)).toEqual({ kind: 'ok', bytes: text, intact: true });
  });

  it('peeks at the first bytes without reading the rest', () => {
    const [a] = entries(zip);
    expect(peekZipEntry(zip, a!, 16)).toEqual(fit.subarray(0, 16));
  });

  it('refuses an entry that declares more than the budget left, before inflating', () => {
    const [a] = entries(zip);
    expect(readZipEntry(zip, a!, 9_999)).toEqual({
      kind: 'failed',
      code: 'too-large',
      reason: "it declares 9.8 KiB, more than the 9.8 KiB left of the import's decompression limit",
    });
  });

  it('stops an entry that lies about its size (a zip bomb) at the declared size', () => {
    const bomb = zipSync({ 'bomb.fit': new Uint8Array(8 * MiB) });
    const view = new DataView(bomb.buffer);
    view.setUint32(centralRecord(bomb, 0) + 24, 1000, true); // uncompressed size: "1000 bytes"
    const [entry] = entries(bomb);
    expect(entry!.declaredSize).toBe(1000);
    expect(readZipEntry(bomb, entry!, 1024 * MiB)).toEqual({
      kind: 'failed',
      code: 'too-large',
      reason: 'it expands past its declared size of 1000 B (a zip bomb, or a damaged archive)',
    });
  });

  it('keeps a damaged stored entry but marks it not intact', () => {
    const copy = zip.slice();
    const csv = entries(copy)[1]!;
    copy[csv.localHeaderOffset + 30 + 'activities.csv'.length + 3]! ^= 0xff;
    expect(readZipEntry(copy, csv, MiB)).toMatchObject({ kind: 'ok', intact: false });
  });

  it('refuses encrypted entries and unknown methods', () => {
    const copy = zip.slice();
    const view = new DataView(copy.buffer);
    view.setUint16(centralRecord(copy, 0) + 8, 0x0001, true); // general purpose flag: encrypted
    view.setUint16(centralRecord(copy, 1) + 10, 12, true); // method 12: bzip2
    const [a, csv] = entries(copy);
    expect(readZipEntry(copy, a!, MiB)).toEqual({ kind: 'failed', code: 'unsupported', reason: 'it is encrypted' });
    expect(readZipEntry(copy, csv!, MiB)).toMatchObject({ kind: 'failed', code: 'unsupported' });
  });

  it('says a zip cut short has no end record', () => {
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toMatchObject({ kind: 'failed', code: 'truncated' });
  });

  it('reads an empty zip as no entries', () => {
    expect(readZipDirectory(zipSync({}))).toEqual({ kind: 'ok', entries: [] });
  });
});

describeWithFixtures('zip fixtures', () => {
  it('export/gc__GarminFR955v18.zip holds 14211916346_ACTIVITY.fit of 699,722 bytes', () => {
    const zip = fixture('export/gc__GarminFR955v18.zip');
    const [entry, ...rest] = entries(zip);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ name: '14211916346_ACTIVITY.fit', declaredSize: 699_722 });
    const read = readZipEntry(zip, entry!, 1024 * MiB);
    expect(read.kind === 'ok' && read.bytes.length).toBe(699_722);
    expect(read.kind === 'ok' && read.intact).toBe(true);
  });

  it('export/elevate__samples.zip nests a folder: 11111.fit, 22222.fit, subfolder/33333.fit', () => {
    const names = entries(fixture('export/elevate__samples.zip')).map((e) => e.name);
    expect(names.filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX')).sort()).toEqual([
      '11111.fit',
      '22222.fit',
      'subfolder/33333.fit',
    ]);
  });
});
