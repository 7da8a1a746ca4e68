// The athlete's AI choices that are also rights (issue 12, restriction and
// objection): switching AI on or off and giving or withdrawing the agreement
// to what is sent. Each takes effect at once (every request checks the
// settings first, run-conversation.ts) and is added, dated, to the history
// the export includes (db/privacy-choices.ts).
import { recordPrivacyChoice, type SessionsDb } from '../db';
import { recordConsent, saveAiSettings, type AiSettings } from './ai-settings';
import type { KeyValueArea } from './key-value-area';

export async function switchAi(area: KeyValueArea, db: SessionsDb, on: boolean, now = Date.now()): Promise<AiSettings> {
  const settings = await saveAiSettings(area, { enabled: on });
  await recordPrivacyChoice(db, { what: 'ai', on, at: now });
  return settings;
}

/** Agreeing on the consent screen: recorded with its date, and AI turns on. */
export async function giveAiConsent(area: KeyValueArea, db: SessionsDb, now = Date.now()): Promise<AiSettings> {
  const settings = await recordConsent(area, now);
  await recordPrivacyChoice(db, { what: 'ai-consent', on: true, at: now });
  return settings;
}

/** Withdrawing the agreement: AI goes off, and nothing is sent until the athlete agrees again. */
export async function withdrawAiConsent(area: KeyValueArea, db: SessionsDb, now = Date.now()): Promise<AiSettings> {
  const settings = await saveAiSettings(area, { enabled: false, consent: null });
  await recordPrivacyChoice(db, { what: 'ai-consent', on: false, at: now });
  return settings;
}
