// Settings, "SessionsAI account": sign in for the hosted assistant, or sign
// out. Without accounts in this build it says so in one sentence and the rest
// of the panel works as before.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from './account';
import { useAccount, type AccountView } from './use-account';

export function AccountSection() {
  return <AccountPanel view={useAccount()} />;
}

export function AccountPanel({ view }: { view: AccountView }) {
  return (
    <section class="settings-section" aria-labelledby="account-title">
      <h2 id="account-title">SessionsAI account</h2>
      {view.kind === 'unavailable' && <p>{view.reason}</p>}
      {view.kind === 'loading' && <p>Checking your account…</p>}
      {view.kind === 'ready' &&
        (view.state.signedIn ? (
          <SignedIn label={view.state.label} account={view.account} />
        ) : (
          <SignedOut account={view.account} />
        ))}
    </section>
  );
}

function SignedIn({ label, account }: { label: string; account: Account }) {
  const [problem, setProblem] = useState<string | null>(null);
  const signOut = () =>
    account.signOut().catch(() => setProblem('Signing out failed: check your connection and try again.'));
  return (
    <>
      <p>Signed in as {label}.</p>
      {problem && <p role="alert">{problem}</p>}
      <div class="form-actions">
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </>
  );
}

function SignedOut({ account }: { account: Account }) {
  const [open, setOpen] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => (open && form.current ? account.mountSignIn(form.current) : undefined), [open, account]);
  return (
    <>
      <p>Sign in to use the hosted assistant.</p>
      {open && <div ref={form} class="account-sign-in" />}
      <div class="form-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Cancel' : 'Sign in'}
        </button>
      </div>
    </>
  );
}
