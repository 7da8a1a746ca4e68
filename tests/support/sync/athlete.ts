// The athlete every sync test signs in as, and the moment its clock starts at.
import { afterEach, beforeEach, vi } from 'vitest';

/** Ada's identity as Clerk's Convex token names her: convex-test's `withIdentity`. */
export const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };

export const T0 = Date.UTC(2026, 11, 2, 9);

/** Each test's Date starts at T0 and stands still until the test moves it (sync stamps are compared exactly). */
export function useSyncClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());
}
