// Rows of every athlete-owned Convex table, for convex-test: what an athlete
// with a synced library, a file, a hosted-AI turn and a subscription has on
// the server (convex/account/ownedTables.ts lists those tables).
import type { WithoutSystemFields } from 'convex/server';
import type { TestConvex } from 'convex-test';
import type { Doc, Id } from '../../convex/_generated/dataModel';
import type schema from '../../convex/schema';

/** A 10 km run starting at `start`; only the title and start differ between rows. */
export function run(userId: Id<'users'>, title: string, start: number): WithoutSystemFields<Doc<'sessions'>> {
  return {
    userId,
    sessionId: `sha256-${title}`,
    sport: 'running',
    subSport: 'generic',
    start,
    elapsedS: 3000,
    movingS: 2950,
    distanceM: 10_000,
    ascentM: 85,
    descentM: 84,
    avgHr: 152,
    maxHr: 171,
    avgPowerW: null,
    maxPowerW: null,
    avgCadence: 88,
    maxCadence: 95,
    avgSpeed: 3.39,
    maxSpeed: 4.9,
    calories: 720,
    avgTempC: null,
    utcOffsetS: 3600,
    title,
    notes: null,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [],
    warnings: [],
  };
}

/**
 * One row in each owned table for the athlete, `syncRows` of them in syncRows,
 * and one stored file whose bytes are `label`; returns the file's storage id.
 */
export async function seedOwnedRows(
  t: TestConvex<typeof schema>,
  userId: Id<'users'>,
  label: string,
  syncRows = 1,
): Promise<Id<'_storage'>> {
  const storageId = await t.run((ctx) => ctx.storage.store(new Blob([label])));
  await t.run(async (ctx) => {
    await ctx.db.insert('sessions', run(userId, `${label} run`, Date.UTC(2026, 10, 2, 6)));
    await ctx.db.insert('insightStreams', { userId, text: label, cancelled: false, outcome: null });
    await ctx.db.insert('aiBudgetUsage', { userId, period: '2026-12', requests: 3, tokens: 900 });
    await ctx.db.insert('stripeCustomers', { userId, stripeCustomerId: `cus_${label}` });
    await ctx.db.insert('stripeSubscriptions', {
      userId,
      stripeSubscriptionId: `sub_${label}`,
      status: 'active',
      interval: 'month',
      currentPeriodEnd: Date.UTC(2027, 0, 2),
      cancelAtPeriodEnd: false,
      pastDueSince: null,
      refundedAt: null,
      eventCreated: 1,
    });
    for (let seq = 1; seq <= syncRows; seq++) {
      await ctx.db.insert('syncRows', {
        userId,
        table: 'notes',
        rowId: `n${seq}`,
        seq,
        fields: [{ n: 'text', v: JSON.stringify(label), t: 1, d: 'laptop' }],
      });
    }
    await ctx.db.insert('syncCounters', { userId, seq: syncRows });
    await ctx.db.insert('syncFiles', { userId, sha256: `sha-${label}`, storageId, size: label.length });
  });
  return storageId;
}
