// The fuzzer's mutations of real files: byte damage (bit flips, cuts, splices
// of two files), lies in sizes and counts (FIT header data size and field
// counts, gzip ISIZE, zip sizes and entry counts), FIT definitions duplicated
// and contradicted at real message boundaries, XML nested deep or repeated,
// and any of these applied inside a .gz or a zip and packed again.
import { gunzipSync, gzipSync, unzipSync, zipSync } from 'fflate';
import type { CorpusFile } from './corpus';
import { fitMessages, isFit } from './fit-layout';
import { int, pick, type Random } from '../support/prng';

type Mutate = (bytes: Uint8Array, other: Uint8Array, random: Random) => Uint8Array<ArrayBuffer>;

const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const bigUint32 = (random: Random) => pick(random, [0xffffffff, 0x7fffffff, 0x10000000 + int(random, 0x7fffffff)]);

const bitFlips: Mutate = (bytes, _other, random) => {
  const out = bytes.slice();
  if (out.length === 0) return out;
  for (let i = 1 + int(random, 16); i > 0; i--) out[int(random, out.length)]! ^= 1 << int(random, 8);
  return out;
};

const byteNoise: Mutate = (bytes, _other, random) => {
  const out = bytes.slice();
  if (out.length === 0) return out;
  const at = int(random, out.length);
  for (let i = at; i < Math.min(out.length, at + 1 + int(random, 64)); i++) out[i] = int(random, 256);
  return out;
};

const cut: Mutate = (bytes, _other, random) => concat(bytes.subarray(0, int(random, bytes.length + 1)));

const splice: Mutate = (bytes, other, random) =>
  concat(bytes.subarray(0, int(random, bytes.length + 1)), other.subarray(int(random, other.length + 1)));

/** A stretch of the file repeated many times: counts of points, laps or messages far beyond the real ones. */
const repeatChunk: Mutate = (bytes, _other, random) => {
  if (bytes.length === 0) return concat(bytes);
  const at = int(random, bytes.length);
  const chunk = bytes.subarray(at, Math.min(bytes.length, at + 1 + int(random, 256)));
  const copies = 1 + int(random, 20_000);
  return concat(bytes.subarray(0, at), ...new Array<Uint8Array>(copies).fill(chunk), bytes.subarray(at));
};

const setUint32 = (bytes: Uint8Array, at: number, value: number) => {
  const out = bytes.slice();
  if (at >= 0 && at + 4 <= out.length) new DataView(out.buffer).setUint32(at, value >>> 0, true);
  return out;
};

/** FIT: the header's data size, or a definition's field count or field sizes. */
const fitSizes: Mutate = (bytes, other, random) => {
  if (!isFit(bytes)) return bitFlips(bytes, other, random);
  const definitions = fitMessages(bytes).filter((m) => m.definition);
  if (definitions.length === 0 || random() < 0.3) return setUint32(bytes, 4, random() < 0.5 ? bigUint32(random) : 0);
  const out = bytes.slice();
  const d = pick(random, definitions);
  if (random() < 0.4) out[d.at + 5] = int(random, 256);
  else {
    const fields = out[d.at + 5]!;
    if (fields > 0) out[d.at + 6 + 3 * int(random, fields) + 1] = pick(random, [0, 255, int(random, 256)]);
  }
  return out;
};

/** FIT: a definition copied to another message boundary, as it is or for another local type (contradicting it). */
const fitDefinitions: Mutate = (bytes, other, random) => {
  const messages = fitMessages(bytes);
  const definitions = messages.filter((m) => m.definition);
  if (definitions.length === 0) return bitFlips(bytes, other, random);
  const out: Uint8Array[] = [];
  let from = 0;
  for (let n = 1 + int(random, 8); n > 0; n--) {
    const d = pick(random, definitions);
    const copy = bytes.slice(d.at, d.end);
    if (random() < 0.5) copy[0] = (copy[0]! & 0xf0) | int(random, 16);
    const at = pick(random, messages).at;
    if (at < from) continue;
    out.push(bytes.subarray(from, at), copy);
    from = at;
  }
  out.push(bytes.subarray(from));
  return concat(...out);
};

const XML_TAG = /<([A-Za-z][\w:.-]*)[^>]*>/g;

/** XML: elements nested deep (with or without their end tags, or with unmatched ones) at a tag boundary. */
const xmlNesting: Mutate = (bytes, other, random) => {
  const text = new TextDecoder().decode(bytes);
  const tags = [...text.matchAll(XML_TAG)];
  if (tags.length === 0) return bitFlips(bytes, other, random);
  const tag = pick(random, tags);
  const name = pick(random, [tag[1]!, 'x', 'Lap', 'trkseg', 'Activity', 'trk']);
  const depth = 1 + int(random, 100_000);
  const ends = pick(random, [`</${name}>`.repeat(depth), '', '</unmatched>'.repeat(depth)]);
  const at = tag.index! + tag[0].length;
  return new TextEncoder().encode(text.slice(0, at) + `<${name}>`.repeat(depth) + ends + text.slice(at));
};

/** gzip ISIZE (RFC 1952 §2.3.1), or a zip's sizes (APPNOTE §4.3.7, §4.3.12) and entry counts (§4.3.16). */
const archiveSizes: Mutate = (bytes, other, random) => {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return setUint32(bytes, bytes.length - 4, bigUint32(random));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: [number, number[]][] = [];
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) records.push([at, [18, 22]]);
    else if (sig === 0x02014b50) records.push([at, [20, 24, 42]]);
    else if (sig === 0x06054b50) records.push([at, [8, 10, 12, 16]]);
  }
  if (records.length === 0) return bitFlips(bytes, other, random);
  const [at, offsets] = pick(random, records);
  const field = at + pick(random, offsets);
  const out = setUint32(bytes, field, random() < 0.7 ? bigUint32(random) : int(random, 64));
  return out;
};

interface Kind {
  readonly name: string;
  readonly mutate: Mutate;
}

const STRUCTURAL: readonly Kind[] = [
  { name: 'bit flips', mutate: bitFlips },
  { name: 'byte noise', mutate: byteNoise },
  { name: 'cut', mutate: cut },
  { name: 'splice', mutate: splice },
  { name: 'repeated chunk', mutate: repeatChunk },
  { name: 'FIT sizes and counts', mutate: fitSizes },
  { name: 'FIT definitions', mutate: fitDefinitions },
  { name: 'XML nesting', mutate: xmlNesting },
];

const ARCHIVE: Kind = { name: 'archive sizes and counts', mutate: archiveSizes };

const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Applies `kind` to what a .gz or zip holds (one entry of a zip), and packs it again; null when it cannot be opened. */
function inside(file: Uint8Array, other: Uint8Array, random: Random, kind: Kind): Uint8Array | null {
  try {
    if (isGzip(file)) return gzipSync(kind.mutate(gunzipSync(file), other, random));
    const entries = unzipSync(file);
    const names = Object.keys(entries);
    if (names.length === 0) return null;
    const name = pick(random, names);
    entries[name] = kind.mutate(entries[name]!, other, random);
    return zipSync(entries);
  } catch {
    return null;
  }
}

export interface FuzzCase {
  readonly label: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One mutated file of the corpus, chosen and mutated by `random` alone. */
export function mutateOne(corpus: readonly CorpusFile[], random: Random): FuzzCase {
  const file = pick(random, corpus);
  const other = pick(random, corpus).bytes;
  const archive = isGzip(file.bytes) || isZip(file.bytes);
  if (archive && random() < 0.25) {
    return {
      label: `${ARCHIVE.name} of ${file.name}`,
      name: file.name,
      bytes: ARCHIVE.mutate(file.bytes, other, random),
    };
  }
  const kind = pick(random, STRUCTURAL);
  if (archive && random() < 0.6) {
    const packed = inside(file.bytes, other, random, kind);
    if (packed) return { label: `${kind.name} inside ${file.name}`, name: file.name, bytes: packed };
  }
  return { label: `${kind.name} of ${file.name}`, name: file.name, bytes: kind.mutate(file.bytes, other, random) };
}
