// Asked before an account is made (and of a signed-in account that has not
// answered yet): SessionsAI is for people 16 or older. The birth year decides
// unless it is exactly 16 years back; then the birthday is asked too. The rule
// is shared/account/age.ts; the server checks the same answer again.
import { useState } from 'preact/hooks';
import { localIsoDate } from '../../shared/analytics/common/day';
import { type AgeAnswer, checkAge } from '../../shared/account/age';

export interface AgeGateProps {
  /** Why the question is asked, in one sentence. */
  readonly intro: string;
  readonly submitLabel: string;
  /** Called with an answer that is old enough. */
  readonly onPassed: (answer: AgeAnswer) => void;
  /** The athlete's calendar day, 'YYYY-MM-DD'; today by default. */
  readonly today?: string;
}

export function AgeGate({ intro, submitLabel, onPassed, today = localIsoDate() }: AgeGateProps) {
  const [year, setYear] = useState('');
  const [birthdayPassed, setBirthdayPassed] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const birthYear = year.trim() === '' ? Number.NaN : Number(year);
  // The birthday question appears as soon as the year typed makes it decide.
  const askBirthday = checkAge({ birthYear, sixteenthBirthdayPassed: null }, today).kind === 'confirm-birthday';

  const submit = (event: Event) => {
    event.preventDefault();
    const answer = { birthYear, sixteenthBirthdayPassed: askBirthday ? birthdayPassed : null };
    const verdict = checkAge(answer, today);
    if (verdict.kind === 'old-enough') {
      setProblem(null);
      onPassed(answer);
    } else {
      setProblem(verdict.message);
    }
  };

  const problemId = 'age-problem';
  return (
    <form class="age-gate" onSubmit={submit} aria-label="Your age" noValidate>
      <p>{intro}</p>
      <label>
        <span>Year you were born</span>
        <input
          name="birth-year"
          inputMode="numeric"
          autoComplete="bday-year"
          placeholder="1990"
          value={year}
          onInput={(e) => {
            setYear((e.currentTarget as HTMLInputElement).value);
            setBirthdayPassed(null);
          }}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
        />
      </label>
      {askBirthday && (
        <fieldset>
          <legend>Is your 16th birthday on or before today?</legend>
          <label>
            <input
              type="radio"
              name="sixteenth-birthday"
              checked={birthdayPassed === true}
              onChange={() => setBirthdayPassed(true)}
            />
            Yes
          </label>
          <label>
            <input
              type="radio"
              name="sixteenth-birthday"
              checked={birthdayPassed === false}
              onChange={() => setBirthdayPassed(false)}
            />
            Not yet
          </label>
        </fieldset>
      )}
      {problem !== null && (
        <p role="alert" id={problemId} class="form-problem">
          {problem}
        </p>
      )}
      <div class="form-actions">
        <button type="submit">{submitLabel}</button>
      </div>
    </form>
  );
}
