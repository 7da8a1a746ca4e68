// The CLI as an athlete runs it: a child process on files written to a temp
// folder from the known track (tests/support), and on a few real fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithFixtures, FIXTURES_DIR } from '../../tests/support/fixtures';
import { makeKnownTrack, type KnownTrack } from '../../tests/support/known-track';
import { summarizePoints, writeKnownTrackFit } from '../../tests/support/write-fit';
import { writeKnownGpx } from '../../tests/support/write-gpx';

const MAIN = resolve(import.meta.dirname, 'main.ts');
const REPO = resolve(import.meta.dirname, '../..');

/** Runs the CLI from the repo (where `--import tsx` resolves); paths starting with "@/" are under `base`. */
function cli(args: readonly string[], base = dir) {
  const absolute = args.map((a) => (a.startsWith('@/') ? join(base, a.slice(2)) : a));
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...absolute], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A 1 h ride written as FIT (local clock +2 h), a 30 min run as GPX (no
// offset), a byte-identical copy of the ride, and a file that is no workout.
const ride = makeKnownTrack({ seconds: 3600 });
const run = makeKnownTrack({ seconds: 1800, sport: 'running', start: Date.UTC(2024, 5, 2, 17, 30, 0) });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sessionsai-cli-'));
  mkdirSync(join(dir, 'export/copies'), { recursive: true });
  writeFileSync(join(dir, 'export/ride.fit'), writeKnownTrackFit(ride, { utcOffsetS: 7200 }));
  writeFileSync(join(dir, 'export/run.gpx'), writeKnownGpx(run, { type: 'running' }));
  cpSync(join(dir, 'export/ride.fit'), join(dir, 'export/copies/ride-again.fit'));
  writeFileSync(join(dir, 'notes.txt'), 'hello');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// --- Expected values for `report`, computed here from the known track's samples
// with the published definitions, independently of shared/analytics.

/** Mean of every `w`-second window of the track's 1 Hz power. */
function rollingMeans(track: KnownTrack, w: number): number[] {
  const p = track.points.map((x) => x.power);
  return p.slice(w - 1).map((_, i) => p.slice(i, i + w).reduce((a, b) => a + b, 0) / w);
}

/** Normalized power (Allen & Coggan): 4th root of the mean 4th power of the 30 s rolling average. */
const np = (t: KnownTrack) => {
  const means = rollingMeans(t, 30);
  return (means.reduce((a, m) => a + m ** 4, 0) / means.length) ** 0.25;
};
const best20MinPower = (t: KnownTrack) => Math.max(...rollingMeans(t, 1200));

/** Power TSS (Coggan): seconds x NP x IF / (FTP x 3600) x 100, IF = NP / FTP; one point per second of power. */
const tss = (t: KnownTrack, ftp: number) => ((t.points.length * np(t) ** 2) / (ftp * ftp * 3600)) * 100;

/**
 * CTL/ATL/TSB day by day from daily loads (GoldenCheetah PMCData.cpp, Coggan):
 * X_t = X_(t-1) + (load_t - X_(t-1)) (1 - e^(-1/N)), N = 42 (CTL) and 7 (ATL), from 0;
 * TSB_t = CTL_(t-1) - ATL_(t-1).
 */
function pmc(loads: readonly number[]) {
  let ctl = 0;
  let atl = 0;
  return loads.map((load) => {
    const tsb = ctl - atl;
    ctl += (load - ctl) * (1 - Math.exp(-1 / 42));
    atl += (load - atl) * (1 - Math.exp(-1 / 7));
    return { load, ctl, atl, tsb };
  });
}

const hundredths = (v: number) => Math.round(v * 100) / 100;

// Report input: the 1 h ride on Saturday 2024-06-01, a rest day, then 30 min of the same ride on the 3rd.
const ride2 = makeKnownTrack({ seconds: 1800, start: Date.UTC(2024, 5, 3, 6, 0, 0) });
beforeAll(() => {
  mkdirSync(join(dir, 'report'));
  writeFileSync(join(dir, 'report/ride1.fit'), writeKnownTrackFit(ride));
  writeFileSync(join(dir, 'report/ride2.fit'), writeKnownTrackFit(ride2));
});

describe('cli import: the table', () => {
  it('lists the known ride with its exact values, on the local clock the file gives', () => {
    const r = cli(['import', '@/export/ride.fit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Known track: 3,600 points at 1 Hz (elapsed 3,599 s), 28,909.32 m, HR mean 140, power mean 200.
    const whole = summarizePoints(ride, 0, ride.points.length);
    expect([whole.elapsedS, Math.round(whole.distanceM), Math.round(whole.avgHr), Math.round(whole.avgPowerW)]).toEqual(
      [3599, 28909, 140, 200],
    );
    expect(r.stdout).toBe(
      [
        'Start (local, else UTC)  Sport         Duration  Distance km  Avg HR  Avg W  Warnings  Source',
        '-----------------------  ------------  --------  -----------  ------  -----  --------  --------',
        '2024-06-01 08:00 +02:00  cycling/road   0:59:59        28.91     140    200         0  ride.fit',
        '',
        'Sessions: 1',
        'Total time: 0:59:59',
        'Total distance: 28.91 km',
        'Duplicates skipped: 0',
        'Merged: 0',
        '',
      ].join('\n'),
    );
  });

  it('walks a folder, names files from its parent, counts the duplicate and exits 1 for a file that failed', () => {
    const r = cli(['import', '@/export', '@/notes.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe(
      '2024-06-01 08:00 +02:00  cycling/road   0:59:59        28.91     140    200         0  export/ride.fit',
    );
    // The run's GPX writes power 0 at every point: no power meter, so no power.
    expect(lines[3]).toBe(
      '2024-06-02 17:30 UTC     running        0:29:59         5.45     140      -         0  export/run.gpx',
    );
    expect(lines.slice(5, 10)).toEqual([
      'Sessions: 2',
      'Total time: 1:29:58',
      'Total distance: 34.36 km',
      'Duplicates skipped: 1',
      'Merged: 0',
    ]);
    expect(r.stderr).toContain('\nWarnings (1):\n  export/copies/ride-again.fit: identical to export/ride.fit');
    expect(r.stderr).toMatch(/\nErrors \(1\):\n {2}notes\.txt: is not a FIT, GPX or TCX file/);
  });
});

describe('cli import --json', () => {
  it('prints one session per line with the documented keys and exact values, oldest first; problems go to stderr as NDJSON', () => {
    const r = cli(['import', '--json', '@/export/run.gpx', '@/export/ride.fit', '@/notes.txt']);
    expect(r.code).toBe(1);
    const sessions = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sessions.map((s) => s.sport)).toEqual(['cycling', 'running']);
    const fit = sessions[0];
    expect(fit).toMatchObject({
      start: '2024-06-01T06:00:00.000Z',
      utcOffsetS: 7200,
      sport: 'cycling',
      subSport: 'road',
      elapsedS: 3599,
      movingS: 3599,
      distanceM: 28909.32,
      avgHr: 140,
      maxHr: 150,
      avgPowerW: 200,
      maxPowerW: 250,
      legs: [],
      warnings: [],
      source: { format: 'fit', file: 'ride.fit', sizeBytes: expect.any(Number) },
      // Scored on the FTP estimated from the imported set: 95% of the ride's best 20 minutes.
      load: { value: hundredths(tss(ride, 0.95 * best20MinPower(ride))), method: 'power-tss', estimated: true },
    });
    expect(fit.laps).toHaveLength(1);
    expect(fit.sources).toEqual([fit.source]);
    expect(fit.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(fit.id).toBe(fit.source.contentHash.slice(0, 24));
    expect('streams' in fit).toBe(false);
    // A run with no power meter has power 0 in the known track, which GPX stores as written.
    expect(sessions[1]).toMatchObject({
      start: '2024-06-02T17:30:00.000Z',
      utcOffsetS: null,
      source: { format: 'gpx', file: 'run.gpx' },
      // GPX carries elevation, so the run is scored on grade-adjusted pace against its own best 30 minutes.
      load: { method: 'running-tss-gap', estimated: true },
    });
    const problems = r.stderr
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(problems).toEqual([
      { error: { file: 'notes.txt', code: 'unknown-format', message: expect.stringContaining('notes.txt:') } },
    ]);
  });

  it('adds the samples with --streams, positions in degrees', () => {
    const r = cli(['import', '--json', '--streams', '@/export/ride.fit']);
    expect(r.code).toBe(0);
    const { streams } = JSON.parse(r.stdout);
    expect(streams.time).toHaveLength(3600);
    expect(streams.time.slice(0, 3)).toEqual([0, 1, 2]);
    expect(streams.lat[0]).toBe(45); // 45 degrees is a whole number of semicircles (2^29)
    expect(streams.lon[0]).toBeCloseTo(6, 7); // within one semicircle (8.4e-8 degrees)
    expect(streams.heartRate.slice(0, 3)).toEqual(ride.points.slice(0, 3).map((p) => p.hr));
    expect(streams.speed.slice(0, 3)).toEqual([8, 8.017, 8.033]);
  });
});

describe('cli report', () => {
  it("--json: one hour at FTP (--ftp = the ride's NP) is 100 TSS; exact days, records with dates, thresholds as given", () => {
    const ftp = np(ride); // 207.8 W; String() round-trips the double exactly
    const r = cli(['report', '--json', '--ftp', String(ftp), '@/report']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['sessions', 'days', 'records', 'weeks', 'thresholds', 'workouts']);
    expect(doc.sessions.map((s: { load: unknown }) => s.load)).toEqual([
      { value: 100, method: 'power-tss', estimated: false, basis: `NP 208 W over 3600 s at FTP ${ftp} W` },
      {
        value: hundredths(tss(ride2, ftp)),
        method: 'power-tss',
        estimated: false,
        basis: expect.stringContaining('over 1800 s'),
      },
    ]);
    const expected = pmc([100, 0, tss(ride2, ftp)]);
    expect(doc.days).toEqual(
      ['2024-06-01', '2024-06-02', '2024-06-03'].map((date, i) => {
        const d = expected[i]!;
        return {
          date,
          load: hundredths(d.load),
          ctl: hundredths(d.ctl),
          atl: hundredths(d.atl),
          tsb: hundredths(d.tsb),
        };
      }),
    );
    // By hand: CTL_1 = 100 (1 - e^(-1/42)) = 2.35, ATL_1 = 100 (1 - e^(-1/7)) = 13.31, TSB_2 = 2.35 - 13.31.
    expect(doc.days[0]).toEqual({ date: '2024-06-01', load: 100, ctl: 2.35, atl: 13.31, tsb: 0 });
    expect(doc.days[1].tsb).toBe(-10.96);
    // The 30 min ride repeats the first half hour of the 1 h one, so it beats no record.
    const power20 = doc.records.find((x: { key: string }) => x.key === 'cycling.power.1200');
    expect(power20).toMatchObject({
      unit: 'W',
      better: 'higher',
      date: '2024-06-01',
      value: hundredths(best20MinPower(ride)),
    });
    expect(power20.progression).toEqual([{ date: '2024-06-01', value: power20.value, sessionId: doc.sessions[0].id }]);
    expect(doc.thresholds.ftp).toEqual({ value: ftp, estimated: false, how: 'given with --ftp' });
    expect(doc.thresholds.maxHr).toMatchObject({ value: 150, estimated: true });
    expect([doc.thresholds.sex, doc.thresholds.trimpK]).toEqual([null, 1.92]);
  });

  it('estimates FTP from the best 20 minutes and says so; prints weekly volume and the daily series', () => {
    const r = cli(['report', '@/report']);
    expect(r.code).toBe(0);
    const best = best20MinPower(ride);
    const ftp = 0.95 * best; // Allen & Coggan's 20-minute test
    expect(r.stdout).toContain(
      `  FTP ${Math.round(ftp)} W (estimated: 95% of the best 20-minute power, ${Math.round(best)} W on 2024-06-01)\n`,
    );
    expect(r.stdout).toContain(
      "Heart-rate load (Banister TRIMP): k = 1.92, the men's constant (the default; --sex female uses 1.67)",
    );
    expect(r.stdout).toContain('Load: 2 sessions by power (TSS); 2 sessions scored with an estimated threshold.');
    const loads = [tss(ride, ftp), tss(ride2, ftp)];
    const [volume, form] = r.stdout.split('Fitness, fatigue and form, daily\n');
    const row = (text: string, first: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(first))!
        .split(/ {2,}/);
    // ISO weeks: Saturday the 1st closes the week of Monday 27 May; the 3rd is a Monday.
    expect(row(volume!, '2024-05-27')).toEqual([
      '2024-05-27',
      'cycling',
      '1',
      '0:59:59',
      '28.91',
      loads[0]!.toFixed(1),
    ]);
    expect(row(volume!, '2024-06-03')).toEqual([
      '2024-06-03',
      'cycling',
      '1',
      '0:29:59',
      '14.44',
      loads[1]!.toFixed(1),
    ]);
    const expected = pmc([loads[0]!, 0, loads[1]!]);
    ['2024-06-01', '2024-06-02', '2024-06-03'].forEach((date, i) => {
      const d = expected[i]!;
      expect(row(form!, date)).toEqual([date, ...[d.load, d.ctl, d.atl, d.tsb].map((v) => v.toFixed(1))]);
    });
  });
});

describe('cli usage', () => {
  it.each([
    [[], 'No command given.'],
    [['frobnicate'], 'There is no command "frobnicate".'],
    [['import'], 'import needs at least one file, folder or archive.'],
    [['import', 'missing.fit', '@/export'], 'Nothing was imported: "missing.fit" does not exist.'],
    [['import', '--bogus', '@/export'], "Unknown option '--bogus'"],
    [['import', '--streams', '@/export'], '--streams only goes with --json.'],
    [
      ['report', '--threshold-pace', '4:75', '@/export'],
      '--threshold-pace "4:75" is not a pace: give minutes:seconds per km, e.g. 4:30.',
    ],
  ])('exits 2 and says what is wrong: %j', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('for usage.');
  });

  it('prints help with exit 0', () => {
    const overview = cli(['help']);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain('  import <files|folders|zips...>');
    const importHelp = cli(['import', '--help']);
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toContain('Usage: npm run -s cli -- import [options] <files|folders|zips...>');
    expect(cli(['help', 'import']).stdout).toBe(importHelp.stdout);
  });
});

describe('cli progress', () => {
  it('shows none on a non-terminal by default, even for many files; --progress prints lines', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 8; i++)
      writeFileSync(
        join(many, `${i}.gpx`),
        writeKnownGpx(makeKnownTrack({ seconds: 60, start: Date.UTC(2024, 0, 1 + i) })),
      );
    expect(cli(['import', '@/many']).stderr).toBe('');
    const forced = cli(['import', '--progress', '@/many']);
    expect(forced.code).toBe(0);
    expect(forced.stderr.split('\n').filter((l) => l.startsWith('import: '))).toEqual([
      'import: 1/8 files, 1 session, 0 errors',
      'import: 2/8 files, 2 sessions, 0 errors',
      'import: 3/8 files, 3 sessions, 0 errors',
      'import: 4/8 files, 4 sessions, 0 errors',
      'import: 5/8 files, 5 sessions, 0 errors',
      'import: 6/8 files, 6 sessions, 0 errors',
      'import: 7/8 files, 7 sessions, 0 errors',
      'import: 8/8 files, 8 sessions, 0 errors',
    ]);
  });
});

describeWithFixtures('cli import on real files', () => {
  it('reads a Garmin ride, a zipped export and reports an empty file by name', () => {
    const r = cli(
      ['import', '@/fit/elevate__huez.fit', '@/export/gc__TacxNeo.fit.zip', '@/bad/elevate__empty.fit'],
      FIXTURES_DIR,
    );
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').slice(2, 4);
    // huez (MANIFEST.md): start 2015-07-10T08:58:32Z, 141,944.2 m, average HR 148; no UTC offset in the file.
    expect(rows[0]).toMatch(/^2015-07-10 08:58 UTC +cycling +\d:\d\d:\d\d +141\.94 +148 +- +\d+ +elevate__huez\.fit$/);
    expect(rows[1]).toMatch(/ cycling\/indoor .* gc__TacxNeo\.fit\.zip\/2019-11-21T12_57_39\+00_00_4271854808\.fit$/);
    expect(r.stderr).toContain('Errors (1):\n  elevate__empty.fit: is empty (0 bytes)');
  });

  it('names a planned workout in import, and report --json lists its steps', () => {
    const file = '@/fit/non-activity/fitparse__WorkoutIndividualSteps.fit';
    const imported = cli(['import', file], FIXTURES_DIR);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Planned workout in fitparse__WorkoutIndividualSteps.fit: Example 1, 4 steps\n');
    const report = JSON.parse(cli(['report', '--json', file], FIXTURES_DIR).stdout) as {
      workouts: { title: string; sport: string; steps: unknown[] }[];
    };
    expect(report.workouts.map((w) => [w.title, w.sport, w.steps.length])).toEqual([['Example 1', 'other', 4]]);
    expect(report.workouts[0]!.steps[0]).toEqual({
      durationS: 60,
      target: { kind: 'hr-zone', zone: 2 },
      intensity: 'warmup',
      label: '_A_',
    });
  });
});

describe('a file-level warning', () => {
  it('is on the sessions of the file in --json, as on stderr', () => {
    // A header stating far more data than follows.
    const bytes = writeKnownTrackFit(makeKnownTrack({ seconds: 600 }));
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, 0x7ffffff0, true);
    writeFileSync(join(dir, 'lying-header.fit'), bytes);
    const r = cli(['import', '--json', '@/lying-header.fit']);
    const warnings = r.stderr
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { warning: { code: string; message: string } }).warning);
    // The header CRC no longer matches, and the file CRC (over the header too) neither: the data reads as cut off.
    expect(warnings.map((w) => w.code)).toEqual(['bad-crc', 'truncated']);
    expect(warnings[1]!.message).toMatch(
      /^lying-header\.fit: The FIT file is cut off: its header gives a data size of 2147483632 bytes/,
    );
    const session = JSON.parse(r.stdout.trim()) as { warnings: string[] };
    expect(session.warnings.slice(-2)).toEqual(warnings.map((w) => w.message));
  });
});
