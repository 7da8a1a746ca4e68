// Settings, "SessionsAI account": sign in to sync the library across devices
// and for the hosted assistant; how sync stands; sign out, keeping or removing
// this browser's copy. Without accounts in this build it says so in one
// sentence and the rest of the panel works as before.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from './account';
import { type PanelSync, pageSync } from './panel-sync';
import { SyncLine } from './SyncLine';
import { useAccount, type AccountView } from './use-account';
import { useSyncStatus } from './use-sync-status';

export interface AccountActions {
  /** Empties this browser's library (the account keeps its copy). */
  readonly removeLocalCopy: () => Promise<void>;
}

export function AccountSection({ removeLocalCopy }: AccountActions) {
  return <AccountPanel view={useAccount()} sync={pageSync()} removeLocalCopy={removeLocalCopy} />;
}

export function AccountPanel({
  view,
  sync = null,
  removeLocalCopy,
}: { view: AccountView; sync?: PanelSync | null } & AccountActions) {
  return (
    <section class="settings-section" aria-labelledby="account-title">
      <h2 id="account-title">SessionsAI account</h2>
      {view.kind === 'unavailable' && <p>{view.reason}</p>}
      {view.kind === 'loading' && <p>Checking your account…</p>}
      {view.kind === 'ready' &&
        (view.state.signedIn ? (
          <SignedIn label={view.state.label} account={view.account} sync={sync} removeLocalCopy={removeLocalCopy} />
        ) : (
          <SignedOut account={view.account} />
        ))}
    </section>
  );
}

function SignedIn({
  label,
  account,
  sync,
  removeLocalCopy,
}: { label: string; account: Account; sync: PanelSync | null } & AccountActions) {
  const status = useSyncStatus(sync);
  const [choosing, setChoosing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = () =>
    account.signOut().catch(() => setProblem('Signing out failed: check your connection and try again.'));
  const remove = async () => {
    const engine = sync?.engine() ?? null;
    // What has not reached the account yet would be lost with this browser's copy.
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
      <p>Signed in as {label}.</p>
      {status !== null && <SyncLine status={status} />}
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

function SignedOut({ account }: { account: Account }) {
  const [open, setOpen] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => (open && form.current ? account.mountSignIn(form.current) : undefined), [open, account]);
  return (
    <>
      <p>Sign in to sync your library across devices and to use the hosted assistant.</p>
      {open && <div ref={form} class="account-sign-in" />}
      <div class="form-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Cancel' : 'Sign in'}
        </button>
      </div>
    </>
  );
}
