// The panel's view of the account: unavailable (a build without accounts, or
// Clerk unreachable), loading, or ready with who is signed in, kept current.
import { useEffect, useState } from 'preact/hooks';
import type { Account, AccountState, AccountStatus } from './account';
import { cloudConfig, type CloudConfig } from './cloud-config';
import { pageAccount } from './page-account';

export type AccountView =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly account: Account; readonly state: AccountState };

export type LoadAccount = (publishableKey: string) => Promise<AccountStatus>;

export function useAccount(config: CloudConfig = cloudConfig(), load: LoadAccount = pageAccount): AccountView {
  const [status, setStatus] = useState<AccountStatus>(() =>
    config.available ? { kind: 'loading' } : { kind: 'unavailable', reason: config.reason },
  );
  const [state, setState] = useState<AccountState | null>(null);
  const publishableKey = config.available ? config.clerkPublishableKey : null;

  useEffect(() => {
    if (publishableKey === null) return;
    let live = true;
    void load(publishableKey).then((loaded) => {
      if (!live) return;
      setStatus(loaded);
      if (loaded.kind === 'ready') setState(loaded.account.state());
    });
    return () => {
      live = false;
    };
  }, [publishableKey, load]);

  useEffect(() => (status.kind === 'ready' ? status.account.subscribe(setState) : undefined), [status]);

  if (status.kind !== 'ready') return status;
  return { kind: 'ready', account: status.account, state: state ?? status.account.state() };
}
