// The AccountService on the page's Convex client (convex/users.ts and
// convex/account/deletion.ts). The server's refusals are ConvexErrors whose
// text is written for the athlete, so they are shown as they come.
// https://docs.convex.dev/client/javascript
import type { ConvexClient } from 'convex/browser';
import { ConvexError } from 'convex/values';
import { api } from '../../convex/_generated/api';
import type { AccountService } from './account-service';

/** The part of ConvexClient this service uses. */
export type AccountConvexClient = Pick<ConvexClient, 'onUpdate' | 'mutation'>;

const UNREACHABLE = 'The SessionsAI server could not be reached. Try again in a minute.';

function said(error: unknown): string {
  return error instanceof ConvexError && typeof error.data === 'string' ? error.data : UNREACHABLE;
}

export function convexAccountService(client: AccountConvexClient): AccountService {
  return {
    watch(onUpdate) {
      onUpdate({ kind: 'loading' });
      const subscription = client.onUpdate(
        api.users.me,
        {},
        (me) => onUpdate({ kind: 'ready', ageConfirmed: me.ageConfirmed }),
        (error) => onUpdate({ kind: 'refused', message: said(error) }),
      );
      return () => subscription.unsubscribe();
    },
    confirmAge: (answer) =>
      client.mutation(api.users.confirmAge, answer).then(
        () => ({ ok: true }),
        (error: unknown) => ({ ok: false, message: said(error) }),
      ),
    deleteAccount: () =>
      client.mutation(api.account.deletion.request, {}).then(
        ({ deadline }) => ({ ok: true, deadline }),
        (error: unknown) => ({ ok: false, message: said(error) }),
      ),
  };
}
