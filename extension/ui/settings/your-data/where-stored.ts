// Where the athlete's data is, in words, from what this page knows: the local
// counts, the account's state and the AI settings. One line per place.
import type { AccountView } from '../../../account/use-account';
import type { AiSettings } from '../../../ai/ai-settings';

/** SessionsAI's servers: what the account keeps, or why nothing is there. */
export function serverWords(account: AccountView): string {
  if (account.kind === 'unavailable') return `Nothing: ${account.reason}`;
  if (account.kind === 'loading') return 'Checking your account…';
  if (!account.state.signedIn) return 'Nothing: you are not signed in to a SessionsAI account.';
  return `Your account (${account.state.label}): its sign-in, your hosted-AI use per day and month, your plan, and what your devices sync.`;
}

/** Anthropic: what the AI is sent and by which way, or that AI is off. */
export function anthropicWords(settings: AiSettings | undefined): string {
  if (settings === undefined) return 'Checking your AI settings…';
  if (!settings.enabled) return 'Nothing: AI is off.';
  const what = `the facts computed from the training you ask about${settings.allowNotes ? ', with titles and notes' : ''}; never samples or GPS positions`;
  return settings.mode === 'hosted'
    ? `When you ask: ${what}, through SessionsAI's server.`
    : `When you ask: ${what}, sent from this browser with your own API key.`;
}

export const STRIPE_WORDS =
  'Only if you subscribe to Pro: your payment details and subscription, kept by Stripe. SessionsAI never sees your card.';
