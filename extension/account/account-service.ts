// The account's standing on the server, for Settings → SessionsAI account:
// whether the athlete has confirmed their age, confirming it, and deleting
// the account. convex-account-service.ts is the real one; tests stand in.
import type { AgeAnswer } from '../../shared/account/age';

export type AccountStanding =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly ageConfirmed: boolean }
  /** Refused: the account is being deleted, or the server cannot be reached; the message says which. */
  | { readonly kind: 'refused'; readonly message: string };

export type Outcome<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly message: string };

export interface AccountService {
  /** Calls `onUpdate` with the standing now and on every change; returns the unsubscribe. */
  watch(onUpdate: (standing: AccountStanding) => void): () => void;
  confirmAge(answer: AgeAnswer): Promise<Outcome<object>>;
  /** Locks the account and starts deleting it; `deadline` (epoch ms) is when everything is gone at the latest. */
  deleteAccount(): Promise<Outcome<{ readonly deadline: number }>>;
}
