// What the benchmark races, per format: our decoder first (the baseline of
// every ratio), then the libraries named in issue 2. Each `decode` returns how
// many records (FIT) or track points (GPX/TCX) it produced, so a row can show
// a library that silently returned less.
import { Decoder, Stream } from '@garmin/fitsdk';
import { gpx, tcx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import FitParser from 'fit-file-parser';
import { createHash } from 'node:crypto';
import { readFit } from '../importer/fit/read-fit';
import { parseGpx } from '../importer/gpx/parse-gpx';
import { parseTcx } from '../importer/tcx/parse-tcx';
import { sha256Hex } from '../shared/model';
import type { ImportResult } from '../shared/model';

export type Format = 'fit' | 'gpx' | 'tcx';

export interface Contender {
  readonly name: string;
  /** Decodes the bytes and returns what it keeps (so memory can be measured) and the records/points it found. */
  readonly decode: (bytes: Uint8Array) => { readonly kept: unknown; readonly count: number };
}

function ourFit(bytes: Uint8Array) {
  const kept = readFit(bytes);
  // A bad CRC is a warning, not a failure: a row that claims "CRC checked" must not have one.
  if (kept.warnings.some((w) => w.code === 'bad-crc')) throw new Error('readFit reported a bad CRC');
  return { kept, count: kept.files.reduce((n, f) => n + f.records.length, 0) };
}

function fitFileParser(bytes: Uint8Array) {
  // Options as issue 2 names them; force skips its CRC check.
  const parser = new FitParser({
    force: true,
    mode: 'list',
    speedUnit: 'm/s',
    lengthUnit: 'm',
    temperatureUnit: 'celsius',
  });
  let kept: { records?: readonly unknown[] } | undefined;
  // parse() calls back synchronously (fit-file-parser 6.1.2 dist/fit-parser.js).
  parser.parse(Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), (error, data) => {
    if (error) throw new Error(`fit-file-parser: ${error}`);
    kept = data;
  });
  if (!kept) throw new Error('fit-file-parser did not call back synchronously');
  return { kept, count: kept.records?.length ?? 0 };
}

function garminDecoder(bytes: Uint8Array) {
  // read() checks the file CRC as it goes (@garmin/fitsdk src/decoder.js).
  const kept = new Decoder(Stream.fromByteArray(bytes)).read();
  if (kept.errors.length > 0) throw new Error(`@garmin/fitsdk: ${String(kept.errors[0])}`);
  return { kept, count: kept.messages.recordMesgs?.length ?? 0 };
}

// importFiles hashes each file once (crypto.subtle, importer/content-hash.ts)
// and hands the hash to the parser, so our GPX/TCX rows time what togeojson
// does, scanning and parsing, with the hash given. It is computed on the
// first, untimed call (bench/time.ts) and kept per byte array; the hashing
// rows below time it on its own.
const hashes = new WeakMap<Uint8Array, string>();

function hashOnce(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) hashes.set(bytes, (hash = sha256Hex(bytes)));
  return hash;
}

function ourXml(parse: (bytes: Uint8Array, file: string, contentHash: string) => ImportResult) {
  return (bytes: Uint8Array) => {
    const kept = parse(bytes, 'bench', hashOnce(bytes));
    if (kept.errors.length > 0) throw new Error(kept.errors[0]!.message);
    return { kept, count: kept.sessions.reduce((n, s) => n + (s.streams?.time.length ?? 0), 0) };
  };
}

// The content hash alone, in the two ways the importer computes it. Node's
// createHash runs the same native SHA-256 as crypto.subtle.digest (which
// importFiles awaits, and which a synchronous timer cannot time). "Found" is
// the bytes hashed; "Per second" counts the file's points, so it compares
// with the parser's row directly.
const HASHERS: readonly Contender[] = [
  {
    name: 'SHA-256 alone, native (node:crypto)',
    decode: (bytes) => ({ kept: createHash('sha256').update(bytes).digest('hex'), count: bytes.length }),
  },
  { name: 'SHA-256 alone, pure JS (sha256Hex)', decode: (bytes) => ({ kept: sha256Hex(bytes), count: bytes.length }) },
];

// togeojson puts a track's points in a LineString, or a MultiLineString per segment.
// (Its GeoJSON types come from @types/geojson, which is not installed, so the shape is spelled out.)
interface TrackGeometry {
  readonly type: string;
  readonly coordinates: readonly (readonly unknown[])[];
}

function coordinates(g: TrackGeometry | null): number {
  if (g?.type === 'LineString') return g.coordinates.length;
  if (g?.type === 'MultiLineString') return g.coordinates.reduce((n, line) => n + line.length, 0);
  return 0;
}

function togeojson(convert: typeof gpx) {
  return (bytes: Uint8Array) => {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
    const kept = convert(doc);
    return {
      kept,
      count: kept.features.reduce((n: number, f: { geometry: TrackGeometry | null }) => n + coordinates(f.geometry), 0),
    };
  };
}

export const CONTENDERS: Readonly<Record<Format, readonly Contender[]>> = {
  fit: [
    { name: 'ours readFit (CRC checked)', decode: ourFit },
    { name: 'fit-file-parser 6.1.2', decode: fitFileParser },
    { name: '@garmin/fitsdk Decoder', decode: garminDecoder },
  ],
  gpx: [
    { name: 'ours parseGpx (hash given)', decode: ourXml(parseGpx) },
    { name: 'togeojson + xmldom', decode: togeojson(gpx) },
    ...HASHERS,
  ],
  tcx: [
    { name: 'ours parseTcx (hash given)', decode: ourXml(parseTcx) },
    { name: 'togeojson + xmldom', decode: togeojson(tcx) },
    ...HASHERS,
  ],
};
