// Mutated real files (flipped bytes, cuts, size fields that lie) must never
// make the importer throw or hang: each comes back as sessions and/or issues
// that name the file. Deterministic: a seeded PRNG picks every mutation.
//
// Time bound: each case must finish within 2 s (measured around its
// importFiles call). The inputs are 2-16 KB, which import in well under
// 50 ms; 2 s leaves room for a slow CI machine while still catching a loop
// that spins or a size field that is trusted for an allocation.
import { expect, it } from 'vitest';
import type { ImportResult } from '../shared/model';
import { importFiles } from '../importer';
import { describeWithFixtures, fixture } from './support/fixtures';

const CASE_TIME_BOUND_MS = 2000;
const CASES_PER_KIND = 40;
// A bomb among the mutations may claim gigabytes; keep the fuzz run's memory small.
const LIMITS = { maxDecompressedBytes: 64 * 1024 * 1024, maxEntries: 1000 };

/** mulberry32: a small, well-mixed 32-bit PRNG (public domain, Tommy Ettinger). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const int = (random: () => number, n: number) => Math.floor(random() * n);

const flipBytes: Mutation = (bytes, random) => {
  const out = bytes.slice();
  const flips = 1 + int(random, 8);
  for (let i = 0; i < flips; i++) out[int(random, out.length)]! ^= 1 + int(random, 255);
  return out;
};

const cut: Mutation = (bytes, random) => bytes.slice(0, int(random, bytes.length));

const hugeUint32 = (random: () => number) => 0x7fff0000 + int(random, 0xffff) * 0x10000 || 0xffffffff;

/** FIT header data_size (bytes 4-7, FIT protocol §3.3.1). */
const inflateFitSize: Mutation = (bytes, random) => {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(4, hugeUint32(random), true);
  return out;
};

/** A zip central-directory record's compressed or uncompressed size (APPNOTE §4.3.12, offsets 20 and 24). */
const inflateZipSize: Mutation = (bytes, random) => {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 4; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + (random() < 0.5 ? 20 : 24), random() < 0.5 ? hugeUint32(random) : int(random, 64), true);
      break;
    }
  }
  return out;
};

/** gzip ISIZE, the last 4 bytes (RFC 1952 §2.3.1). */
const inflateGzipSize: Mutation = (bytes, random) => {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(out.length - 4, hugeUint32(random), true);
  return out;
};

const SOURCES: readonly { path: string; name: string; sizeMutation: Mutation | null }[] = [
  { path: 'fit/fitparse__garmin-fenix-5-run.fit', name: 'run.fit', sizeMutation: inflateFitSize },
  { path: 'gpx/togeojson__run_gpxtpx.gpx', name: 'run.gpx', sizeMutation: null },
  { path: 'tcx/togeojson__sample.tcx', name: 'sample.tcx', sizeMutation: null },
  { path: 'export/gc__TacxNeo.fit.zip', name: 'TacxNeo.fit.zip', sizeMutation: inflateZipSize },
  { path: 'export/strava-layout-DERIVED/activities/1001.fit.gz', name: '1001.fit.gz', sizeMutation: inflateGzipSize },
];

function expectWellFormed(result: ImportResult, name: string): void {
  expect(result.sessions.length + result.errors.length + result.warnings.length).toBeGreaterThan(0);
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.file.startsWith(name)).toBe(true);
    expect(issue.code).toMatch(/^[a-z-]+$/);
    expect(issue.message.startsWith(issue.file)).toBe(true);
  }
}

describeWithFixtures('fuzz: mutated real files', () => {
  const cases: [string, string, Uint8Array][] = [];
  SOURCES.forEach((source, s) => {
    const original = fixture(source.path);
    const mutations: [string, Mutation][] = [
      ['flip', flipBytes],
      ['cut', cut],
      ...(source.sizeMutation ? [['size', source.sizeMutation] as [string, Mutation]] : []),
    ];
    mutations.forEach(([kind, mutate], m) => {
      for (let i = 0; i < CASES_PER_KIND; i++) {
        const random = prng(1_000_003 * s + 1009 * m + i);
        cases.push([`${source.name} ${kind} #${i}`, source.name, mutate(original, random)]);
      }
    });
  });

  it.each(cases)(
    `%s: never throws, names the file, finishes within ${CASE_TIME_BOUND_MS} ms`,
    async (_label, name, bytes) => {
      const started = performance.now();
      const result = await importFiles([{ name, bytes }], { limits: LIMITS });
      expect(performance.now() - started).toBeLessThan(CASE_TIME_BOUND_MS);
      expectWellFormed(result, name);
    },
  );
});
