import { afterEach, expect, test } from 'vitest';
import type { AgeAnswer } from '../../shared/account/age';
import { byText, mount, typeInto, unmountAll, waitFor } from '../ui/test-support/render';
import { AgeGate } from './AgeGate';

// The age gate as the athlete meets it: a birth year, the birthday question
// when the year alone cannot decide, and the reason when it refuses.

afterEach(unmountAll);

function gate(today: string) {
  const passed: AgeAnswer[] = [];
  const root = mount(
    <AgeGate
      intro="For people aged 16 or older."
      submitLabel="Continue"
      today={today}
      onPassed={(a) => passed.push(a)}
    />,
  );
  const year = root.querySelector<HTMLInputElement>('input[name="birth-year"]')!;
  const submit = () => byText(root, 'Continue', 'button').click();
  return { root, year, submit, passed };
}

/** Picks a radio answer by its label, and lets the form re-render before the next click. */
async function choose(root: HTMLElement, label: string) {
  byText(root, label, 'label').querySelector('input')!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

test('a birth year that makes the athlete 15 at most is refused with the reason, and nothing passes', async () => {
  const { root, year, submit, passed } = gate('2026-12-31');
  await typeInto(year, '2011');
  submit();
  await waitFor(() =>
    byText(
      root,
      'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2011, you are at most 15 in 2026.',
      '[role="alert"]',
    ),
  );
  expect(year.getAttribute('aria-invalid')).toBe('true');
  expect(root.querySelector('fieldset')).toBeNull();
  expect(passed).toEqual([]);
});

test('turning 16 this year asks for the birthday: "Not yet" refuses, "Yes" passes', async () => {
  const { root, year, submit, passed } = gate('2026-01-01');
  await typeInto(year, '2010');
  await waitFor(() => byText(root, 'Is your 16th birthday on or before today?', 'legend'));
  submit();
  await waitFor(() =>
    byText(
      root,
      'Born in 2010, you turn 16 this year: confirm whether your 16th birthday is on or before today.',
      '[role="alert"]',
    ),
  );

  await choose(root, 'Not yet');
  submit();
  await waitFor(() =>
    byText(
      root,
      'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2010, you are 15 until your 16th birthday later this year.',
      '[role="alert"]',
    ),
  );
  expect(passed).toEqual([]);

  await choose(root, 'Yes');
  submit();
  await waitFor(() => expect(passed).toEqual([{ birthYear: 2010, sixteenthBirthdayPassed: true }]));
  expect(root.querySelector('[role="alert"]')).toBeNull();
});

test('an older athlete passes on the year alone; an empty or impossible year says how to write it', async () => {
  const { root, year, submit, passed } = gate('2026-12-02');
  submit();
  await waitFor(() => byText(root, 'Enter your birth year as four digits, for example 1990.', '[role="alert"]'));
  await typeInto(year, '3026');
  submit();
  await waitFor(() =>
    byText(root, '3026 cannot be your birth year: enter it as four digits, for example 1990.', '[role="alert"]'),
  );
  await typeInto(year, '1990');
  submit();
  await waitFor(() => expect(passed).toEqual([{ birthYear: 1990, sixteenthBirthdayPassed: null }]));
});
