// Signing out asks what becomes of this browser's copy of the library: kept,
// or removed (the account keeps it). Removing syncs first and refuses while
// changes have not reached the account, so nothing is lost with the copy.
import { useState } from 'preact/hooks';
import type { Account } from './account';
import type { PanelSync } from './panel-sync';

export interface SignOutChoiceProps {
  readonly account: Account;
  readonly sync: PanelSync | null;
  /** Empties this browser's library (the account keeps its copy). */
  readonly removeLocalCopy: () => Promise<void>;
}

export function SignOutChoice({ account, sync, removeLocalCopy }: SignOutChoiceProps) {
  const [choosing, setChoosing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = () =>
    account.signOut().catch(() => setProblem('Signing out failed: check your connection and try again.'));
  const remove = async () => {
    const engine = sync?.engine() ?? null;
    const after = engine === null ? null : await engine.syncNow();
    if (after !== null && after.waiting > 0) {
      setProblem(
        `${after.waiting} ${after.waiting === 1 ? 'change has' : 'changes have'} not reached your account yet (${after.failure?.message ?? 'try again in a moment'}), so the library stays in this browser.`,
      );
      return;
    }
    try {
      await account.signOut();
      await removeLocalCopy();
    } catch (error) {
      setProblem(`Signing out failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      {problem && <p role="alert">{problem}</p>}
      {choosing ? (
        <fieldset class="sign-out-choice">
          <legend>Sign out: what happens to the library in this browser?</legend>
          <p>Your account keeps its copy either way.</p>
          <div class="form-actions">
            <button type="button" onClick={() => void keep()}>
              Keep it in this browser
            </button>
            <button type="button" onClick={() => void remove()}>
              Remove it from this browser
            </button>
            <button type="button" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="form-actions">
          <button type="button" onClick={() => setChoosing(true)}>
            Sign out
          </button>
        </div>
      )}
    </>
  );
}
