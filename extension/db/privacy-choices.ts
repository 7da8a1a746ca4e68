// The athlete's restriction and objection choices (issue 12): pausing sync,
// switching AI off, withdrawing the AI agreement. Each is kept as a dated
// history in one synced settings row, so the choice follows the athlete to
// their other devices and the export can show when each was made.
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import type { SettingRow } from './records';
import { putRows } from './write-rows';

export const PRIVACY_CHOICES_ID = 'privacy.choices';

export interface PrivacyChoice {
  /** 'sync': the library syncs to the account; 'ai': AI features; 'ai-consent': the agreement to what the AI is sent. */
  readonly what: 'sync' | 'ai' | 'ai-consent';
  readonly on: boolean;
  /** Epoch ms the athlete made the choice. */
  readonly at: number;
}

/** Every choice made, oldest first: for Settings and the export. */
export async function readPrivacyChoices(handle: SessionsDb): Promise<PrivacyChoice[]> {
  const row = await tablesOf(handle).settings.get(PRIVACY_CHOICES_ID);
  return isLive(row) && Array.isArray(row.value) ? (row.value as PrivacyChoice[]) : [];
}

/** Appends a choice to the history, in one transaction with its outbox note. */
export async function recordPrivacyChoice(handle: SessionsDb, choice: PrivacyChoice): Promise<void> {
  const db = tablesOf(handle);
  await db.transaction('rw', [db.settings, db.outbox], async () => {
    const history = await readPrivacyChoices(handle);
    const row: SettingRow = {
      id: PRIVACY_CHOICES_ID,
      value: [...history, choice],
      updatedAt: choice.at,
      deletedAt: null,
    };
    await putRows(db, 'settings', [row], 'sync');
  });
}

/** Whether the athlete paused sync: the server keeps their data and processes nothing. */
export async function syncPaused(handle: SessionsDb): Promise<boolean> {
  const last = (await readPrivacyChoices(handle)).findLast((choice) => choice.what === 'sync');
  return last !== undefined && !last.on;
}
