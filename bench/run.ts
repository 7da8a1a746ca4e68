// `npm run bench`: times our FIT, GPX and TCX decoders against the libraries
// issue 2 names, on the same bytes in one process, measures memory in a child
// process (it needs --expose-gc), times the daily-series cases of issue 3,
// measures the side panel in Chromium (issue 4), prints the tables and
// appends them, with the issues' targets marked met or missed, to
// BENCHMARKS.md. A script, not a test.
//   npm run bench -- --browser-only   only the side panel rows
//   npm run bench -- --no-browser     everything but the side panel rows
//   npm run bench -- --browser-only --open-only   only the panel's opening times
//   npm run bench -- --sync-only      only issue 11's sync rows (--no-sync leaves them out)
//   npm run bench -- --only import [--files N] [--profile DIR]
//                                     only the import end to end (issue 15), N files
//                                     (default 3,000), the panel's and the worker's CPU profiles in DIR
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTable, type Column } from '../importer/cli/text-table';
import { ANALYTICS_CASES, type AnalyticsCase } from './analytics-cases';
import { CASES, FIXTURES_MISSING, type BenchCase } from './cases';
import { CONTENDERS } from './contenders';
import type { MemoryJob, MemoryResult } from './memory';
import { TARGET_FILES } from './side-panel/bench-import';
import { benchImportOnly, benchSidePanel, type BenchSection } from './side-panel/bench-side-panel';
import { benchSync } from './sync/bench-sync';
import { timeCalls } from './time';

const REPO = resolve(import.meta.dirname, '..');
const BENCHMARKS_MD = join(REPO, 'BENCHMARKS.md');
// Issue 2, "Benchmark": the targets on this machine.
const TARGET_FIT_RECORDS_PER_S = 3_000_000;
const TARGET_XML_POINTS_PER_S = 250_000;
const TARGET_MEMORY_PER_FILE_BYTE = 3;
// A young generation with room for everything a decoder allocates on these files, so no GC runs (see memory.ts).
const SEMI_SPACE_MB = 512;

interface Row {
  readonly case: BenchCase;
  readonly sizeBytes: number;
  readonly contender: string;
  readonly ours: boolean;
  /** Records (FIT) or points (GPX/TCX) in the file, as our decoder counts them. */
  readonly inFile: number;
  readonly found: number | null;
  readonly ms: number | null;
  readonly oursMs: number;
  readonly failure: string | null;
  memory?: MemoryResult;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const perSecond = (r: Row) => (r.ms === null ? null : (r.inFile / r.ms) * 1000);
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)}x` : '-');

function timeCase(c: BenchCase, bytes: Uint8Array): Row[] {
  const rows: Row[] = [];
  let inFile = 0;
  let oursMs = NaN;
  CONTENDERS[c.format].forEach((contender, i) => {
    const base = { case: c, sizeBytes: bytes.length, contender: contender.name, ours: i === 0 };
    try {
      const { first, medianMs: ms } = timeCalls(() => contender.decode(bytes));
      const found = first.count;
      if (i === 0) [inFile, oursMs] = [found, ms];
      rows.push({ ...base, inFile, found, ms, oursMs, failure: null });
    } catch (e) {
      rows.push({ ...base, inFile, found: null, ms: null, oursMs, failure: (e as Error).message.split('\n')[0]! });
    }
    log(`  ${c.format} ${c.name}: ${contender.name} done`);
  });
  return rows;
}

function measureMemory(rows: readonly Row[], bytesOf: ReadonlyMap<BenchCase, Uint8Array>): void {
  const dir = mkdtempSync(join(tmpdir(), 'sessionsai-bench-'));
  try {
    const paths = new Map<BenchCase, string>();
    [...bytesOf].forEach(([c, bytes], i) => {
      const path = join(dir, `${i}.${c.format}`);
      writeFileSync(path, bytes);
      paths.set(c, path);
    });
    // togeojson's memory is no target, and measuring it would cost a minute of 5 h decodes.
    const measured = rows.filter((r) => r.failure === null && (r.ours || r.case.format === 'fit'));
    const jobs: MemoryJob[] = measured.map((r) => ({
      path: paths.get(r.case)!,
      format: r.case.format,
      contender: CONTENDERS[r.case.format].findIndex((c) => c.name === r.contender),
    }));
    const jobsPath = join(dir, 'jobs.json');
    writeFileSync(jobsPath, JSON.stringify(jobs));
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        `--min-semi-space-size=${SEMI_SPACE_MB}`,
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
        '--import',
        'tsx',
        join(REPO, 'bench/memory.ts'),
        jobsPath,
      ],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    out
      .trim()
      .split('\n')
      .forEach((line, i) => {
        measured[i]!.memory = JSON.parse(line) as MemoryResult;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function memoryCell(r: Row, bytes: (m: MemoryResult) => number): string {
  if (!r.memory) return '-';
  return `${r.memory.gcDuringDecode ? '>=' : ''}${times(bytes(r.memory) / r.sizeBytes)}`;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'Format', cell: (r) => r.case.format.toUpperCase() },
  { header: 'File', cell: (r) => r.case.name },
  { header: 'MB', align: 'right', cell: (r) => (r.sizeBytes / 1e6).toFixed(2) },
  { header: 'Decoder', cell: (r) => r.contender },
  { header: 'Found', align: 'right', cell: (r) => (r.found === null ? `failed: ${r.failure}` : int(r.found)) },
  { header: 'Median ms', align: 'right', cell: (r) => (r.ms === null ? '-' : r.ms.toFixed(1)) },
  { header: 'Per second', align: 'right', cell: (r) => (r.ms === null ? '-' : int(perSecond(r)!)) },
  { header: 'Time vs ours', align: 'right', cell: (r) => (r.ms === null ? '-' : times(r.ms / r.oursMs)) },
  { header: 'Allocated/file', align: 'right', cell: (r) => memoryCell(r, (m) => m.peakBytes) },
  { header: 'Kept/file', align: 'right', cell: (r) => memoryCell(r, (m) => m.retainedBytes) },
];

function targetLines(rows: readonly Row[]): string[] {
  const ours = rows.filter((r) => r.ours && r.ms !== null);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines: string[] = [];
  const fit24 = ours.find((r) => r.case.format === 'fit' && r.case.name === 'generated 24 h');
  if (fit24) {
    const rate = perSecond(fit24)!;
    lines.push(
      `FIT, 24 h file, CRC checked: ${int(rate)} records/s (target >= ${int(TARGET_FIT_RECORDS_PER_S)}): ${verdict(rate >= TARGET_FIT_RECORDS_PER_S)}`,
    );
  }
  const xml = ours.filter((r) => r.case.format !== 'fit');
  if (xml.length > 0) {
    const slowest = xml.reduce((a, b) => (perSecond(a)! <= perSecond(b)! ? a : b));
    const rate = perSecond(slowest)!;
    lines.push(
      `GPX/TCX, slowest file (${slowest.case.format.toUpperCase()} ${slowest.case.name}): ${int(rate)} points/s (target >= ${int(TARGET_XML_POINTS_PER_S)}): ${verdict(rate >= TARGET_XML_POINTS_PER_S)}`,
    );
  }
  // The true peak lies between what the result keeps and all the decode allocated (see memory.ts).
  const withMemory = ours.filter((r) => r.memory && !r.memory.gcDuringDecode);
  if (withMemory.length > 0) {
    const worst = (bytes: (m: MemoryResult) => number) => {
      const ratio = (r: Row) => bytes(r.memory!) / r.sizeBytes;
      const row = withMemory.reduce((a, b) => (ratio(a) >= ratio(b) ? a : b));
      return { ratio: ratio(row), where: `${row.case.format.toUpperCase()} ${row.case.name}` };
    };
    const [allocated, kept] = [worst((m) => m.peakBytes), worst((m) => m.retainedBytes)];
    const limit = TARGET_MEMORY_PER_FILE_BYTE;
    const memoryVerdict =
      allocated.ratio <= limit ? 'met' : kept.ratio > limit ? 'MISSED' : 'not shown (the peak lies between)';
    lines.push(
      `Peak memory (target <= ${limit}x the file size): allocated at most ${times(allocated.ratio)} (${allocated.where}), kept at most ${times(kept.ratio)} (${kept.where}): ${memoryVerdict}`,
    );
  }
  return lines;
}

interface AnalyticsRow {
  readonly case: AnalyticsCase;
  readonly ms: number;
}

function timeAnalytics(): AnalyticsRow[] {
  return ANALYTICS_CASES.map((c) => {
    const { run, before } = c.prepare();
    const row = { case: c, ms: timeCalls(run, { before }).medianMs };
    log(`  analytics ${c.name}: done`);
    return row;
  });
}

const ANALYTICS_COLUMNS: readonly Column<AnalyticsRow>[] = [
  { header: 'Analytics (issue 3)', cell: (r) => r.case.name },
  { header: 'Median ms', align: 'right', cell: (r) => r.ms.toFixed(2) },
  { header: 'Target ms', align: 'right', cell: (r) => `< ${r.case.targetMs}` },
];

const analyticsTargets = (rows: readonly AnalyticsRow[]) =>
  rows.map(
    (r) =>
      `Analytics, ${r.case.name}: ${r.ms.toFixed(2)} ms (target < ${r.case.targetMs} ms): ${r.ms < r.case.targetMs ? 'met' : 'MISSED'}`,
  );

function appendToBenchmarksMd(tables: readonly string[], notes: readonly string[], targets: readonly string[]): void {
  const cpu = cpus();
  const heading = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}`;
  const intro = existsSync(BENCHMARKS_MD)
    ? ''
    : '# Benchmarks\n\nAppended by `npm run bench` (bench/run.ts), newest last. "Per second" counts the records (FIT) or track points (GPX/TCX) in the file; "Time vs ours" is the median time over ours; memory is over the file size, in heap plus array buffers: "Allocated" is everything one decode allocated, measured with the GC held off (an upper bound of the peak), "Kept" what its result holds after a GC (a lower bound); ">=" marks a decode during which V8 collected anyway, so those are lower bounds. GPX/TCX rows measure only our parsers.\n';
  const body = [
    heading,
    '',
    ...tables.flatMap((table) => ['```text', table.trimEnd(), '```', '']),
    ...notes.map((n) => `- ${n}`),
    ...targets.map((t) => `- Target: ${t}`),
    '',
  ];
  appendFileSync(BENCHMARKS_MD, `${intro}\n${body.join('\n')}`);
}

/** Issues 2 and 3: the decoders, their memory, and the analytics cases. */
function benchDecodersAndAnalytics(): BenchSection {
  const rows: Row[] = [];
  const bytesOf = new Map<BenchCase, Uint8Array>();
  const notes: string[] = [];
  for (const c of CASES) {
    const bytes = c.load();
    if (!bytes) {
      if (!notes.includes(FIXTURES_MISSING)) notes.push(FIXTURES_MISSING);
      log(`skipping ${c.name}: ${FIXTURES_MISSING}`);
      continue;
    }
    bytesOf.set(c, bytes);
    rows.push(...timeCase(c, bytes));
  }
  log('measuring memory in a child process');
  measureMemory(rows, bytesOf);
  log('timing the analytics cases');
  const analytics = timeAnalytics();
  return {
    tables: [renderTable(COLUMNS, rows), renderTable(ANALYTICS_COLUMNS, analytics)],
    notes,
    targets: [...targetLines(rows), ...analyticsTargets(analytics)],
  };
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      'browser-only': { type: 'boolean' },
      'no-browser': { type: 'boolean' },
      'open-only': { type: 'boolean' },
      'sync-only': { type: 'boolean' },
      'no-sync': { type: 'boolean' },
      only: { type: 'string' },
      files: { type: 'string', default: String(TARGET_FILES) },
      profile: { type: 'string' },
    },
  });
  const sections: BenchSection[] = [];
  if (flags.only !== undefined) {
    if (flags.only !== 'import') throw new Error(`--only ${flags.only}: the one case that runs alone is "import"`);
    const files = Number(flags.files);
    if (!Number.isInteger(files) || files < 1)
      throw new Error(`--files ${flags.files}: give a whole number of files, 1 or more`);
    sections.push(await benchImportOnly(log, { files, ...(flags.profile && { profileDir: flags.profile }) }));
  } else {
    const syncOnly = flags['sync-only'];
    if (!syncOnly && !flags['browser-only']) sections.push(benchDecodersAndAnalytics());
    if (!syncOnly && !flags['no-browser'])
      sections.push(await benchSidePanel(log, { openOnly: flags['open-only'] === true }));
    if (syncOnly || (!flags['browser-only'] && !flags['no-sync'])) sections.push(await benchSync(log));
  }
  const tables = sections.flatMap((s) => s.tables);
  const notes = sections.flatMap((s) => s.notes);
  const targets = sections.flatMap((s) => s.targets);
  process.stdout.write(`${tables.join('\n')}\n${[...notes, ...targets].join('\n')}\n`);
  appendToBenchmarksMd(tables, notes, targets);
  log(`appended to ${BENCHMARKS_MD}`);
}

await main();
// Whatever a library leaves open (a timer, a pipe) must not keep the process alive once the figures are written.
process.exit(0);
