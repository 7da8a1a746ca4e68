// The age answer given before signing in, kept until the account has it:
// Clerk's sign-in ends by loading the panel again (signInForceRedirectUrl in
// clerk-account.ts), which would lose the answer and ask the athlete twice.
// sessionStorage holds it for this panel only, and forgets it when the panel
// closes; the year never leaves the browser (the server keeps only when the
// athlete confirmed).
import type { AgeAnswer } from '../../shared/account/age';

const KEY = 'sessionsai.given-age';

export function rememberGivenAge(answer: AgeAnswer): void {
  sessionStorage.setItem(KEY, JSON.stringify(answer));
}

/** The answer remembered, or null (none, or not one this page wrote). */
export function rememberedAge(): AgeAnswer | null {
  try {
    const answer = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<AgeAnswer> | null;
    const passed = answer?.sixteenthBirthdayPassed;
    if (typeof answer?.birthYear !== 'number' || !(passed === null || typeof passed === 'boolean')) return null;
    return { birthYear: answer.birthYear, sixteenthBirthdayPassed: passed };
  } catch {
    return null;
  }
}

export function forgetGivenAge(): void {
  sessionStorage.removeItem(KEY);
}
