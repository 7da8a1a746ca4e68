import { afterEach, expect, test } from 'vitest';
import { byText, mount, typeInto, unmountAll, waitFor } from '../ui/test-support/render';
import type { Account, AccountState, AccountStatus } from './account';
import { AccountPanel } from './AccountSection';
import type { CloudConfig } from './cloud-config';
import type { PanelSync } from './panel-sync';
import { INITIAL_STATUS, type SyncEngine, type SyncStatus } from '../sync';
import { useAccount, type LoadAccount } from './use-account';

// Clerk itself needs its servers, so these tests stand in for it with a fake
// Account; the token plumbing is tested in convex-token.test.ts.

afterEach(unmountAll);

function fakeAccount(initial: AccountState) {
  let state = initial;
  const listeners = new Set<(s: AccountState) => void>();
  const log: string[] = [];
  const account: Account = {
    fetchToken: async () => null,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mountSignIn(node) {
      log.push(`mount into ${node.className}`);
      return () => log.push('unmount');
    },
    signOut: async () => {
      log.push('sign out');
      emit({ signedIn: false });
    },
  };
  const emit = (next: AccountState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };
  return { account, log, emit };
}

const configured: CloudConfig = {
  available: true,
  convexUrl: 'https://happy-otter-123.convex.cloud',
  clerkPublishableKey: 'pk_test_abc',
};

function Harness({
  config,
  load,
  sync = null,
  removeLocalCopy = async () => undefined,
}: {
  config: CloudConfig;
  load: LoadAccount;
  sync?: PanelSync | null;
  removeLocalCopy?: () => Promise<void>;
}) {
  return <AccountPanel view={useAccount(config, load)} sync={sync} removeLocalCopy={removeLocalCopy} />;
}

/** A signed-in sync whose engine reports `status` after every sync. */
function syncReporting(status: Partial<SyncStatus>): PanelSync & { syncs: number } {
  const after: SyncStatus = { ...INITIAL_STATUS, ...status };
  const handle = {
    syncs: 0,
    engine: (): SyncEngine => ({
      syncNow: async () => {
        handle.syncs++;
        return after;
      },
      status: () => after,
      subscribe: () => () => undefined,
      start: () => () => undefined,
    }),
    subscribe: () => () => undefined,
    stop: () => undefined,
  };
  return handle;
}

test('without accounts in the build the section says why in one sentence and never loads Clerk', () => {
  let loads = 0;
  const root = mount(
    <Harness
      config={{ available: false, reason: 'No accounts in this build.' }}
      load={() => {
        loads++;
        return new Promise<AccountStatus>(() => undefined);
      }}
    />,
  );

  expect(root.querySelector('section p')?.textContent).toBe('No accounts in this build.');
  expect(loads).toBe(0);
});

test('signing in asks the age first, then opens the sign-in form in the section, and the section follows the account', async () => {
  const { account, log, emit } = fakeAccount({ signedIn: false });
  const root = mount(<Harness config={configured} load={async () => ({ kind: 'ready', account })} />);
  await waitFor(() => byText(root, 'Sign in', 'button'));

  byText(root, 'Sign in', 'button').click();
  await waitFor(() => byText(root, 'SessionsAI accounts are for people aged 16 or older.', 'p'));
  expect(log).toEqual([]);
  await typeInto(root.querySelector<HTMLInputElement>('input[name="birth-year"]')!, '1990');
  byText(root, 'Continue', 'button').click();
  await waitFor(() => expect(log).toEqual(['mount into account-sign-in']));
  expect(byText(root, 'Cancel', 'button').getAttribute('aria-expanded')).toBe('true');

  emit({ signedIn: true, label: 'ada@example.test' });
  await waitFor(() => byText(root, 'Signed in as ada@example.test.', 'p'));
  await waitFor(() => expect(log).toEqual(['mount into account-sign-in', 'unmount']));
});

/** A signed-in section whose "remove this browser's copy" is counted; `sync` is the page's sync, if any. */
function signedIn(sync: PanelSync | null = null) {
  const { account, log } = fakeAccount({ signedIn: true, label: 'ada@example.test' });
  const removed = { count: 0 };
  const root = mount(
    <Harness
      config={configured}
      load={async () => ({ kind: 'ready', account })}
      sync={sync}
      removeLocalCopy={async () => {
        removed.count++;
      }}
    />,
  );
  return { root, log, removed };
}

test("signing out asks about this browser's copy; keeping it returns the section to the sign-in offer", async () => {
  const { root, log, removed } = signedIn();
  await waitFor(() => byText(root, 'Sign out', 'button'));

  byText(root, 'Sign out', 'button').click();
  (await waitFor(() => byText(root, 'Keep it in this browser', 'button'))).click();

  await waitFor(() =>
    byText(root, 'Sign in to sync your library across devices and to use the hosted assistant.', 'p'),
  );
  expect(log).toEqual(['sign out']);
  expect(removed.count).toBe(0);
});

test("removing this browser's copy syncs first, and refuses while changes have not reached the account", async () => {
  const offline = syncReporting({
    waiting: 3,
    failure: { kind: 'offline', message: 'Offline: changes wait on this device and sync when the connection is back.' },
  });
  const { root, log, removed } = signedIn(offline);
  await waitFor(() => byText(root, 'Not synced yet. 3 changes waiting to sync.', 'p'));

  byText(root, 'Sign out', 'button').click();
  (await waitFor(() => byText(root, 'Remove it from this browser', 'button'))).click();

  await waitFor(() =>
    byText(
      root,
      '3 changes have not reached your account yet (Offline: changes wait on this device and sync when the connection is back.), so the library stays in this browser.',
      '[role="alert"]',
    ),
  );
  expect(offline.syncs).toBe(1);
  expect(log).toEqual([]);
  expect(removed.count).toBe(0);
});

test("removing this browser's copy once everything is on the account signs out and empties the library", async () => {
  const { root, log, removed } = signedIn(syncReporting({ waiting: 0, lastSyncedAt: Date.UTC(2026, 11, 2, 9, 30) }));
  await waitFor(() => byText(root, 'Sign out', 'button'));

  byText(root, 'Sign out', 'button').click();
  (await waitFor(() => byText(root, 'Remove it from this browser', 'button'))).click();

  await waitFor(() => expect(removed.count).toBe(1));
  expect(log).toEqual(['sign out']);
});

test('an age under 16 is refused with the reason and the sign-in form never opens', async () => {
  const { account, log } = fakeAccount({ signedIn: false });
  const root = mount(<Harness config={configured} load={async () => ({ kind: 'ready', account })} />);
  await waitFor(() => byText(root, 'Sign in', 'button')).then((button) => button.click());
  await waitFor(() => byText(root, 'Year you were born', 'span'));
  const year = new Date().getFullYear();
  await typeInto(root.querySelector<HTMLInputElement>('input[name="birth-year"]')!, String(year - 12));

  byText(root, 'Continue', 'button').click();

  await waitFor(() =>
    byText(
      root,
      `SessionsAI is only for people aged 16 or older, so no account can be created. Born in ${year - 12}, you are at most 12 in ${year}.`,
      '[role="alert"]',
    ),
  );
  expect(log).toEqual([]);
});

test('Clerk unreachable shows the reason instead of a form', async () => {
  const root = mount(
    <Harness
      config={configured}
      load={async () => ({ kind: 'unavailable', reason: 'Could not reach the sign-in service.' })}
    />,
  );
  expect(root.querySelector('section p')?.textContent).toBe('Checking your account…');
  await waitFor(() => byText(root, 'Could not reach the sign-in service.', 'p'));
});
