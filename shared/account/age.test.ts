import { expect, test } from 'vitest';
import { checkAge } from './age';

// The age gate's boundaries, on exact days: the first and last day of a year
// decide nothing by themselves, only the birth year and the birthday answer do.

const answer = (birthYear: number, sixteenthBirthdayPassed: boolean | null = null) => ({
  birthYear,
  sixteenthBirthdayPassed,
});

test('15 at most this year is refused with the reason, on the first and the last day of the year', () => {
  expect(checkAge(answer(2011), '2026-12-31')).toEqual({
    kind: 'too-young',
    message:
      'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2011, you are at most 15 in 2026.',
  });
  expect(checkAge(answer(2011, true), '2026-01-01').kind).toBe('too-young');
  expect(checkAge(answer(2026), '2026-06-15').kind).toBe('too-young');
});

test('turning 16 this year asks for the birthday, and only "on or before today" lets in', () => {
  expect(checkAge(answer(2010), '2026-01-01')).toEqual({
    kind: 'confirm-birthday',
    message: 'Born in 2010, you turn 16 this year: confirm whether your 16th birthday is on or before today.',
  });
  expect(checkAge(answer(2010, true), '2026-01-01')).toEqual({ kind: 'old-enough' });
  expect(checkAge(answer(2010, false), '2026-12-31')).toEqual({
    kind: 'too-young',
    message:
      'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2010, you are 15 until your 16th birthday later this year.',
  });
});

test('17 or more this year is old enough on 1 January, whatever the birthday answer', () => {
  expect(checkAge(answer(2009), '2026-01-01')).toEqual({ kind: 'old-enough' });
  expect(checkAge(answer(2009, false), '2026-01-01')).toEqual({ kind: 'old-enough' });
  expect(checkAge(answer(1906), '2026-03-01')).toEqual({ kind: 'old-enough' });
});

test('a birth year that cannot be right says so', () => {
  expect(checkAge(answer(2027), '2026-12-31')).toEqual({
    kind: 'invalid',
    message: '2027 cannot be your birth year: enter it as four digits, for example 1990.',
  });
  expect(checkAge(answer(1905), '2026-12-31').kind).toBe('invalid');
  expect(checkAge(answer(1990.5), '2026-12-31')).toEqual({
    kind: 'invalid',
    message: 'Enter your birth year as four digits, for example 1990.',
  });
  expect(() => checkAge(answer(1990), '2 Dec 2026')).toThrow('Not a calendar day (YYYY-MM-DD): 2 Dec 2026');
});
