import { describe, expect, it } from 'vitest';
import { NO_ACCOUNTS_IN_BUILD } from '../account/cloud-config';
import { pageServerCopy } from './page-server-copy';

const CONFIG = { available: true, convexUrl: 'http://127.0.0.1:3210', clerkPublishableKey: 'pk_test_x' } as const;
const signedOut = { signedIn: false } as const;

describe('pageServerCopy', () => {
  it('says why the server part is absent in each case it cannot be read', () => {
    expect(pageServerCopy({ kind: 'loading' }, { available: false, reason: NO_ACCOUNTS_IN_BUILD })).toEqual({
      kind: 'absent',
      reason: 'this copy of SessionsAI has no accounts, so no server keeps your data.',
    });
    expect(pageServerCopy({ kind: 'unavailable', reason: 'Clerk could not be reached.' }, CONFIG)).toEqual({
      kind: 'absent',
      reason: 'Clerk could not be reached.',
    });
    expect(pageServerCopy({ kind: 'loading' }, CONFIG)).toMatchObject({
      reason: 'your account was still loading; export again in a moment to include its copy.',
    });
    expect(pageServerCopy({ kind: 'ready', account: {} as never, state: signedOut }, CONFIG)).toMatchObject({
      reason: 'you were not signed in to a SessionsAI account; sign in and export again to include what it keeps.',
    });
  });
});
