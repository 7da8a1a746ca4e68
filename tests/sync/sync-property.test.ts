// The sync property test (issue 11, docs/sync.md): seeded runs of two or three
// devices against convex-test through a faulty network; after quiescence every
// device and the server hold the same library, nothing written last is lost
// and nothing deleted last comes back.
//   Long run: SYNC_RUNS=5000 SYNC_STEPS=80 SYNC_SEED=1001 npx vitest run --project node tests/sync/sync-property.test.ts
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { runScenario } from '../support/sync/scenario';

const RUNS = Number(process.env.SYNC_RUNS ?? 200);
const STEPS = Number(process.env.SYNC_STEPS ?? 40);
const FIRST_SEED = Number(process.env.SYNC_SEED ?? 1);
const FAULTS = { drop: 0.1, duplicate: 0.15, loseAnswer: 0.1 };

// Timers too: the server's scheduled collection of unnamed uploads runs at the end of each run, a day later.
beforeAll(() => vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] }));
afterAll(() => vi.useRealTimers());

test(`${RUNS} seeded runs from seed ${FIRST_SEED} end with every device and the server agreeing`, {
  timeout: 0,
}, async () => {
  const problems: string[] = [];
  const totals = { delivered: 0, dropped: 0, duplicated: 0, answersLost: 0, refusedOffline: 0, sessions: 0 };
  for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
    const report = await runScenario(seed, { devices: 2 + (seed % 2), steps: STEPS, faults: FAULTS });
    problems.push(...report.problems);
    for (const [k, v] of Object.entries(report.counts)) totals[k as keyof typeof totals] += v;
    totals.sessions += report.sessions;
  }
  console.log(`sync property: ${RUNS} runs`, totals);

  expect(problems).toEqual([]);
  // The faults did happen.
  for (const kind of ['dropped', 'duplicated', 'answersLost', 'refusedOffline'] as const)
    expect(totals[kind]).toBeGreaterThan(0);
});
