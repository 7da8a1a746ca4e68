import { afterEach, expect, test } from 'vitest';
import type { AgeAnswer } from '../../shared/account/age';
import { byText, mount, typeInto, unmountAll, waitFor } from '../ui/test-support/render';
import type { Account } from './account';
import { AccountPanel } from './AccountSection';
import type { AccountService, AccountStanding, Outcome } from './account-service';
import { rememberedAge, rememberGivenAge } from './given-age';

// A signed-in athlete's account on the server, with a fake AccountService:
// the age confirmation, and deleting the account with or without this browser's copy.

afterEach(unmountAll);

const DEADLINE = Date.UTC(2027, 0, 1, 12, 0);

function fakeAccount() {
  const log: string[] = [];
  const account: Account = {
    fetchToken: async () => null,
    state: () => ({ signedIn: true, label: 'ada@example.test' }),
    subscribe: () => () => undefined,
    mountSignIn: () => () => undefined,
    signOut: async () => {
      log.push('sign out');
    },
  };
  return { account, log };
}

function fakeService(
  ageConfirmed: boolean,
  answers: { confirm?: Outcome<object>; deletion?: Outcome<{ deadline: number }> } = {},
) {
  const calls: (string | AgeAnswer)[] = [];
  let listener: (standing: AccountStanding) => void = () => undefined;
  const service: AccountService = {
    watch(onUpdate) {
      listener = onUpdate;
      onUpdate({ kind: 'ready', ageConfirmed });
      return () => undefined;
    },
    async confirmAge(answer) {
      calls.push(answer);
      const outcome = answers.confirm ?? { ok: true };
      if (outcome.ok) listener({ kind: 'ready', ageConfirmed: true });
      return outcome;
    },
    async deleteAccount() {
      calls.push('delete');
      return answers.deletion ?? { ok: true, deadline: DEADLINE };
    },
  };
  return { service, calls };
}

/** The element `selector` finds, or an error that makes waitFor try again. */
function must<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

function panel(service: AccountService, eraseThisBrowser?: () => Promise<void>) {
  const { account, log } = fakeAccount();
  const root = mount(
    <AccountPanel
      view={{ kind: 'ready', account, state: account.state() }}
      service={service}
      eraseThisBrowser={eraseThisBrowser}
      removeLocalCopy={async () => undefined}
    />,
  );
  return { root, log };
}

test('an account without an age confirmation is asked for it; the answer goes to the server and the question goes away', async () => {
  const { service, calls } = fakeService(false);
  const { root } = panel(service);
  await waitFor(() => byText(root, 'Sync and the hosted assistant need you to confirm that you are 16 or older.', 'p'));

  await typeInto(root.querySelector<HTMLInputElement>('input[name="birth-year"]')!, '1990');
  byText(root, 'Confirm age', 'button').click();

  await waitFor(() => expect(root.querySelector('input[name="birth-year"]')).toBeNull());
  expect(calls).toEqual([{ birthYear: 1990, sixteenthBirthdayPassed: null }]);
});

test('an age given before Clerk loaded the panel again goes to the server as the account signs in, without asking twice', async () => {
  rememberGivenAge({ birthYear: 1990, sixteenthBirthdayPassed: null });
  const { service, calls } = fakeService(false);
  const { root } = panel(service);

  await waitFor(() => expect(calls).toEqual([{ birthYear: 1990, sixteenthBirthdayPassed: null }]));
  await waitFor(() => expect(root.querySelector('input[name="birth-year"]')).toBeNull());
  // Confirmed (once the account's standing says so), the year is forgotten here too.
  await waitFor(() => expect(rememberedAge()).toBeNull());
});

test("the server's refusal of an age is shown in its words", async () => {
  const refusal =
    'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2010, you are 15 until your 16th birthday later this year.';
  const { service } = fakeService(false, { confirm: { ok: false, message: refusal } });
  const { root } = panel(service);
  await typeInto(await waitFor(() => must<HTMLInputElement>(root, 'input[name="birth-year"]')), '1990');
  byText(root, 'Confirm age', 'button').click();
  await waitFor(() => byText(root, refusal, '[role="alert"]'));
});

test('deleting names what goes, keeps this browser by default, and then says by when everything is gone', async () => {
  const { service, calls } = fakeService(true);
  let erased = 0;
  const { root, log } = panel(service, async () => {
    erased++;
  });
  await waitFor(() => byText(root, 'Delete my account…', 'button')).then((b) => b.click());
  const dialog = await waitFor(() => must(root, '[role="alertdialog"]'));
  expect(dialog.querySelector('#delete-account-what')?.textContent).toBe(
    'This deletes your SessionsAI account and everything the SessionsAI server keeps of it: the server copy of your sessions and their original files, your plans, wellness and notes, your hosted-AI usage, and your subscription (cancelled at Stripe at once, with no further charges). Sync and the hosted assistant stop now; the rest is gone within minutes, and within 30 days at the latest. It cannot be undone.',
  );
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));

  byText(root, 'Delete my account', 'button').click();

  await waitFor(() =>
    byText(
      root,
      "Your account is locked and being deleted: everything on the SessionsAI server will be gone by Fri, Jan 1, 2027, usually within minutes. This browser's copy is kept.",
      '[role="status"]',
    ),
  );
  expect(calls).toEqual(['delete']);
  expect(erased).toBe(0);
  expect(log).toEqual(['sign out']);
});

test("ticking the box erases this browser's copy too; Escape before that leaves everything", async () => {
  const { service, calls } = fakeService(true);
  let erased = 0;
  const { root } = panel(service, async () => {
    erased++;
  });
  await waitFor(() => byText(root, 'Delete my account…', 'button')).then((b) => b.click());
  const dialog = await waitFor(() => must(root, '[role="alertdialog"]'));
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await waitFor(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
  expect(calls).toEqual([]);

  byText(root, 'Delete my account…', 'button').click();
  const box = await waitFor(() =>
    byText(root, `Also erase this browser's copy (everything "Erase all local data" removes)`, 'label'),
  );
  box.querySelector('input')!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  byText(root, 'Delete my account', 'button').click();

  await waitFor(() =>
    byText(
      root,
      "Your account is locked and being deleted: everything on the SessionsAI server will be gone by Fri, Jan 1, 2027, usually within minutes. This browser's copy was erased too.",
      '[role="status"]',
    ),
  );
  expect(erased).toBe(1);
});

test('a refused deletion says so and deletes nothing, not even this browser', async () => {
  const locked =
    'This SessionsAI account is being deleted: sync and the hosted assistant are off, and everything stored on the server will be gone by 2027-01-01 (UTC).';
  const { service } = fakeService(true, { deletion: { ok: false, message: locked } });
  let erased = 0;
  const { root, log } = panel(service, async () => {
    erased++;
  });
  await waitFor(() => byText(root, 'Delete my account…', 'button')).then((b) => b.click());
  (await waitFor(() => byText(root, 'Delete my account', 'button'))).click();
  await waitFor(() => byText(root, `Nothing was deleted: ${locked}`, '[role="alert"]'));
  expect(erased).toBe(0);
  expect(log).toEqual([]);
});
