// The athlete's AI choices that are also rights (issue 12, restriction and
// objection): switching AI on or off and giving or withdrawing the agreement
// to what is sent. Each takes effect at once (every request checks the
// settings first, run-conversation.ts) and is added, dated, to the history
// the export includes (db/privacy-choices.ts).
import { recordPrivacyChoice, type SessionsDb } from '../db';
import { recordConsent, saveAiSettings, type AiSettings } from './ai-settings';
import {
  firefoxDataPermissions,
  requestAiDataCollection,
  type DataCollectionPermissions,
} from './firefox-data-consent';
import type { KeyValueArea } from './key-value-area';

export async function switchAi(area: KeyValueArea, db: SessionsDb, on: boolean, now = Date.now()): Promise<AiSettings> {
  const settings = await saveAiSettings(area, { enabled: on });
  await recordPrivacyChoice(db, { what: 'ai', on, at: now });
  return settings;
}

/**
 * Agreeing on the consent screen: recorded with its date, and AI turns on. In
 * Firefox, its own data-collection prompt comes first (called before any
 * await, so it still counts as the athlete's click); declined, every request
 * is refused in words (request-gate.ts).
 */
export async function giveAiConsent(
  area: KeyValueArea,
  db: SessionsDb,
  now = Date.now(),
  permissions: DataCollectionPermissions | null = firefoxDataPermissions(),
): Promise<AiSettings> {
  const asked = requestAiDataCollection(permissions);
  const settings = await recordConsent(area, now);
  await asked;
  await recordPrivacyChoice(db, { what: 'ai-consent', on: true, at: now });
  return settings;
}

/** Withdrawing the agreement: AI goes off, and nothing is sent until the athlete agrees again. */
export async function withdrawAiConsent(area: KeyValueArea, db: SessionsDb, now = Date.now()): Promise<AiSettings> {
  const settings = await saveAiSettings(area, { enabled: false, consent: null });
  await recordPrivacyChoice(db, { what: 'ai-consent', on: false, at: now });
  return settings;
}
