// SessionsAI is not for people under 16 (issue 12). The rule, on the athlete's
// calendar day `today`:
//   - 16 or older on that day may have an account;
//   - asked only the birth year, the age this year is `year(today) - birthYear`.
//     15 or less: refused, whatever the birthday. More than 16: accepted.
//     Exactly 16: old enough only once the 16th birthday has come, so the
//     athlete is asked to confirm it is on or before today; "not yet" refuses.
// The panel and the server both judge with this function.

export const MINIMUM_AGE = 16;
/** Nobody is older than this: an earlier birth year is a typing mistake. */
const OLDEST_AGE = 120;

export interface AgeAnswer {
  readonly birthYear: number;
  /** Whether the 16th birthday is on or before today; null until asked (only asked when it decides). */
  readonly sixteenthBirthdayPassed: boolean | null;
}

export type AgeVerdict =
  | { readonly kind: 'old-enough' }
  | { readonly kind: 'confirm-birthday'; readonly message: string }
  | { readonly kind: 'too-young'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The verdict for `answer` on the calendar day `today` ('YYYY-MM-DD'). */
export function checkAge(answer: AgeAnswer, today: string): AgeVerdict {
  const year = Number(DAY.exec(today)?.[1] ?? Number.NaN);
  if (!Number.isInteger(year)) throw new Error(`Not a calendar day (YYYY-MM-DD): ${today}`);
  const { birthYear } = answer;
  if (!Number.isInteger(birthYear)) {
    return { kind: 'invalid', message: 'Enter your birth year as four digits, for example 1990.' };
  }
  if (birthYear > year || birthYear < year - OLDEST_AGE) {
    return {
      kind: 'invalid',
      message: `${birthYear} cannot be your birth year: enter it as four digits, for example 1990.`,
    };
  }
  const ageThisYear = year - birthYear;
  if (ageThisYear > MINIMUM_AGE) return { kind: 'old-enough' };
  if (ageThisYear < MINIMUM_AGE) return tooYoung(`Born in ${birthYear}, you are at most ${ageThisYear} in ${year}.`);
  if (answer.sixteenthBirthdayPassed === true) return { kind: 'old-enough' };
  if (answer.sixteenthBirthdayPassed === false) {
    return tooYoung(`Born in ${birthYear}, you are 15 until your 16th birthday later this year.`);
  }
  return {
    kind: 'confirm-birthday',
    message: `Born in ${birthYear}, you turn 16 this year: confirm whether your 16th birthday is on or before today.`,
  };
}

function tooYoung(why: string): AgeVerdict {
  return {
    kind: 'too-young',
    message: `SessionsAI is only for people aged ${MINIMUM_AGE} or older, so no account can be created. ${why}`,
  };
}
