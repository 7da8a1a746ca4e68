// The CI's fuzz run: a smaller seeded run of `npm run fuzz` (tests/fuzz) over
// the fixture corpus's smaller files. Every case must be imported, imported
// with warnings, or refused with an error naming the file; none may crash, run
// out of memory or run over time (each runs in a worker thread that is killed
// past its limit, so a hang is counted rather than hanging the test).
import { expect, it } from 'vitest';
import { loadCorpus } from './fuzz/corpus';
import { runFuzz } from './fuzz/run-fuzz';
import { describeWithFixtures } from './support/fixtures';

const CASES = 150;
const MAX_FILE_BYTES = 400_000;

describeWithFixtures('fuzz: mutated real files', () => {
  it(`${CASES} seeded mutations: none crashes or runs over time`, async () => {
    const report = await runFuzz(loadCorpus(MAX_FILE_BYTES), {
      seed: 15,
      cases: CASES,
      workers: 1,
      fileTimeMs: 10_000,
      killAfterMs: 30_000,
      heapMb: 512,
    });
    expect(report.failures.map((f) => `case ${f.index} (${f.label}): ${f.outcome}: ${f.detail}`)).toEqual([]);
    const { imported, refused } = report.counts;
    expect(imported + report.counts['with warnings'] + refused).toBe(CASES);
  }, 300_000);
});
