// The benchmark's library: 5,000 session summaries without samples, and 300
// one-hour sessions with 1 Hz samples (7 channels) and an original file.
import {
  type Bpm,
  type Meters,
  type Watts,
  type ImportResult,
  type Session,
  emptyResult,
  epochMs,
  sessionId,
  sha256Hex,
  type Streams,
} from '../../shared/model';
import { MS_PER_DAY } from '../../shared/analytics';
import { makeSession } from '../../tests/support/sessions';

const START = Date.UTC(2010, 0, 1, 6);
// Session ids are the hash's first 24 hex digits (sessionId), so the number leads.
const hash = (n: number) => n.toString(16).padStart(24, '0').padEnd(64, '0');

/** ~100 KB of bytes, as a one-hour FIT is, each its own (the session's number leads), so each is uploaded and stored. */
function originalFile(n: number): Uint8Array {
  const file = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
  new DataView(file.buffer).setUint32(0, n);
  return file;
}

function streams(seed: number): Streams {
  const n = 3600;
  const wave = (base: number, amp: number, step = 0) =>
    Float32Array.from({ length: n }, (_, i) => {
      const value = base + amp * Math.sin((i + seed) / 97);
      return step === 0 ? value : Math.round(value / step) * step;
    });
  // Heart rate, power and cadence in whole units, as a FIT file records them (uint8 bpm, uint16 W, uint8 rpm):
  // fractional readings would make each session's load inputs (seconds at each distinct reading) 3,600 long.
  return {
    time: Float64Array.from({ length: n }, (_, i) => i),
    distance: Float64Array.from({ length: n }, (_, i) => i * 8.3),
    speed: wave(8.3, 1.5),
    heartRate: wave(145, 12, 1),
    power: wave(210, 60, 1),
    cadence: wave(88, 6, 1),
    altitude: wave(120, 30),
  };
}

function session(n: number, withSamples: boolean): Session {
  // An original's sync hash is its source's content hash, so a session with one has its file's real SHA-256.
  const h = withSamples ? sha256Hex(originalFile(n)) : hash(n + 1);
  return makeSession({
    id: sessionId(h, 0),
    start: epochMs(START + n * MS_PER_DAY),
    distanceM: (30_000 + n) as Meters,
    avgHr: (140 + (n % 20)) as Bpm,
    avgPowerW: (200 + (n % 50)) as Watts,
    title: `Session ${n}`,
    sources: [{ format: 'fit', file: `${n}.fit`, contentHash: h, sizeBytes: 1, device: null }],
    ...(withSamples ? { streams: streams(n) } : {}),
  });
}

/** Imports of `count` sessions each, the first `summaries` without samples, then `withSamples` with. */
export function* libraryImports(summaries: number, withSamples: number, perImport = 100) {
  const total = summaries + withSamples;
  for (let from = 0; from < total; from += perImport) {
    const sessions = Array.from({ length: Math.min(perImport, total - from) }, (_, i) =>
      session(from + i, from + i >= summaries),
    );
    const bytes = new Map(
      sessions.flatMap((s, i) =>
        s.streams === undefined
          ? []
          : [[s.sources[0]!.contentHash, { file: s.sources[0]!.file, bytes: originalFile(from + i) }] as const],
      ),
    );
    const result: ImportResult = { ...emptyResult(), sessions };
    yield { result, bytes };
  }
}
