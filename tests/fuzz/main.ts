// `npm run fuzz -- [--seed N] [--cases N] [--workers N] [--save DIR] [--only 12,345]`:
// mutates the fixture corpus and prints how every case ended. Exits 1 when any
// case crashed or ran over time; --save writes those cases' bytes, --only
// replays cases of a seed by index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fixturesAvailable, FIXTURES_DIR } from '../support/fixtures';
import { loadCorpus } from './corpus';
import type { Outcome } from './protocol';
import { runFuzz } from './run-fuzz';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261202' },
    cases: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '1' },
    save: { type: 'string' },
    only: { type: 'string' },
  },
});

if (!fixturesAvailable) {
  console.error(`The corpus is missing: no ${FIXTURES_DIR}/MANIFEST.md`);
  process.exit(2);
}

const seed = Number(values.seed);
const only = values.only?.split(',').map(Number);
const cases = only?.length ?? Number(values.cases);
const corpus = loadCorpus();
const line = (counts: Readonly<Record<Outcome, number>>) =>
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join(', ');

console.log(`Fuzzing ${cases.toLocaleString('en-US')} mutations of ${corpus.length} files, seed ${seed}`);
const started = performance.now();
const report = await runFuzz(corpus, {
  seed,
  cases,
  ...(only && { only }),
  workers: Number(values.workers),
  fileTimeMs: 10_000,
  killAfterMs: 30_000,
  heapMb: 1024,
  onCase: (done, counts) => {
    if (done % 500 === 0) console.error(`${done.toLocaleString('en-US')}: ${line(counts)}`);
  },
  onFailure: (f) => {
    console.error(`  case ${f.index} (${f.label}): ${f.outcome}: ${f.detail.split('\n')[0]}`);
    if (values.save) {
      mkdirSync(values.save, { recursive: true });
      writeFileSync(join(values.save, `${seed}-${f.index}-${f.fuzzCase.name}`), f.fuzzCase.bytes);
    }
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`Done in ${seconds} s: ${line(report.counts)}`);
for (const f of report.failures)
  console.log(`  case ${f.index} (${f.label}): ${f.outcome}: ${f.detail.split('\n')[0]}`);
process.exit(report.counts.crashed + report.counts['over time'] > 0 ? 1 : 0);
