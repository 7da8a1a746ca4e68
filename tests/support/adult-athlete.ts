// For convex-test: an athlete signed in who has confirmed being 16 or older,
// as the panel's age gate does on sign-up. Sync and the hosted assistant
// refuse anyone else (convex/lib/functions.ts, needsConfirmedAge).
import type { UserIdentity } from 'convex/server';
import type { TestConvex } from 'convex-test';
import { api } from '../../convex/_generated/api';
import type schema from '../../convex/schema';

export async function asAdult(t: TestConvex<typeof schema>, identity: Partial<UserIdentity>) {
  const athlete = t.withIdentity(identity);
  await athlete.mutation(api.users.confirmAge, { birthYear: 1990, sixteenthBirthdayPassed: null });
  return athlete;
}
