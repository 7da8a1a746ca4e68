// Settings, "SessionsAI account": sign in to sync the library across devices
// and for the hosted assistant (after the age gate), how sync stands, confirm
// the age of an account that has not, delete the account, or sign out
// (keeping or removing this browser's copy). Without accounts in this build it says so in one sentence and
// the rest of the panel works as before.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgeAnswer } from '../../shared/account/age';
import { useFormat } from '../ui/common/format-context';
import type { Account } from './account';
import type { AccountService } from './account-service';
import { AgeGate } from './AgeGate';
import { ConfirmAge } from './ConfirmAge';
import { DeleteAccount } from './DeleteAccount';
import { forgetGivenAge, rememberedAge, rememberGivenAge } from './given-age';
import { pageAccountService } from './page-account-service';
import { type PanelSync, pageSync } from './panel-sync';
import { SignOutChoice } from './SignOutChoice';
import { SyncLine } from './SyncLine';
import { useAccount, type AccountView } from './use-account';
import { useAccountStanding } from './use-account-standing';
import { useSyncStatus } from './use-sync-status';

export interface AccountSectionProps {
  /** Erases this browser's copy, offered alongside deleting the account. */
  readonly eraseThisBrowser?: () => Promise<void>;
  /** Empties this browser's library at sign-out, when the athlete chooses to (the account keeps it). */
  readonly removeLocalCopy: () => Promise<void>;
}

export function AccountSection(props: AccountSectionProps) {
  const service = useMemo(() => pageAccountService(), []);
  return <AccountPanel view={useAccount()} service={service} sync={pageSync()} {...props} />;
}

export interface AccountPanelProps extends AccountSectionProps {
  readonly view: AccountView;
  /** The account on the server; null without one (the section then only signs in and out). */
  readonly service?: AccountService | null;
  /** The page's sync while signed in; null in tests of the account alone. */
  readonly sync?: PanelSync | null;
}

export function AccountPanel({
  view,
  service = null,
  sync = null,
  eraseThisBrowser,
  removeLocalCopy,
}: AccountPanelProps) {
  const { date } = useFormat();
  // The age answer given before signing in, sent once the account exists (given-age.ts: it outlives
  // the load that ends Clerk's sign-in).
  const [givenAge, setGivenAge] = useState<AgeAnswer | null>(rememberedAge);
  // Outlives the sign-out that follows a deletion.
  const [notice, setNotice] = useState<string | null>(null);
  const deleted = (deadline: number, browserErased: boolean) =>
    setNotice(
      `Your account is locked and being deleted: everything on the SessionsAI server will be gone by ${date(deadline, null)}, usually within minutes. ${browserErased ? "This browser's copy was erased too." : "This browser's copy is kept."}`,
    );
  return (
    <section class="settings-section" aria-labelledby="account-title">
      <h2 id="account-title">SessionsAI account</h2>
      {notice && <p role="status">{notice}</p>}
      {view.kind === 'unavailable' && <p>{view.reason}</p>}
      {view.kind === 'loading' && <p>Checking your account…</p>}
      {view.kind === 'ready' &&
        (view.state.signedIn ? (
          <SignedIn
            label={view.state.label}
            account={view.account}
            service={service}
            givenAge={givenAge}
            eraseThisBrowser={eraseThisBrowser}
            onDeleted={deleted}
            sync={sync}
            removeLocalCopy={removeLocalCopy}
          />
        ) : (
          <SignedOut
            account={view.account}
            onAgeGiven={(answer) => {
              rememberGivenAge(answer);
              setGivenAge(answer);
            }}
          />
        ))}
    </section>
  );
}

interface SignedInProps {
  readonly label: string;
  readonly account: Account;
  readonly service: AccountService | null;
  readonly givenAge: AgeAnswer | null;
  readonly eraseThisBrowser?: () => Promise<void>;
  readonly onDeleted: (deadline: number, browserErased: boolean) => void;
  readonly sync: PanelSync | null;
  readonly removeLocalCopy: () => Promise<void>;
}

function SignedIn(props: SignedInProps) {
  const { label, account, service, givenAge, eraseThisBrowser, onDeleted } = props;
  const standing = useAccountStanding(service);
  const status = useSyncStatus(props.sync);
  const confirmed = standing?.kind === 'ready' && standing.ageConfirmed;
  useEffect(() => {
    if (confirmed) forgetGivenAge();
  }, [confirmed]);
  return (
    <>
      <p>Signed in as {label}.</p>
      {standing?.kind === 'refused' && <p role="status">{standing.message}</p>}
      {service && standing?.kind === 'ready' && !standing.ageConfirmed && (
        <ConfirmAge service={service} given={givenAge} />
      )}
      {status !== null && <SyncLine status={status} />}
      <SignOutChoice account={account} sync={props.sync} removeLocalCopy={props.removeLocalCopy} />
      {service && standing?.kind === 'ready' && (
        <DeleteAccount
          service={service}
          eraseThisBrowser={eraseThisBrowser}
          onDeleted={(deadline, browserErased) => {
            onDeleted(deadline, browserErased);
            // The session ends with the account; a sign-out failing now changes nothing.
            void account.signOut().catch(() => undefined);
          }}
        />
      )}
    </>
  );
}

function SignedOut({ account, onAgeGiven }: { account: Account; onAgeGiven: (answer: AgeAnswer) => void }) {
  const [step, setStep] = useState<'closed' | 'age' | 'form'>('closed');
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => (step === 'form' && form.current ? account.mountSignIn(form.current) : undefined), [step, account]);
  return (
    <>
      <p>Sign in to sync your library across devices and to use the hosted assistant.</p>
      {step === 'age' && (
        <AgeGate
          intro="SessionsAI accounts are for people aged 16 or older."
          submitLabel="Continue"
          onPassed={(answer) => {
            onAgeGiven(answer);
            setStep('form');
          }}
        />
      )}
      {step === 'form' && <div ref={form} class="account-sign-in" />}
      <div class="form-actions">
        <button
          type="button"
          aria-expanded={step !== 'closed'}
          onClick={() => setStep(step === 'closed' ? 'age' : 'closed')}
        >
          {step === 'closed' ? 'Sign in' : 'Cancel'}
        </button>
      </div>
    </>
  );
}
