// The AI settings: private defaults, stored values read defensively, consent
// recorded with its time and version, and the API key kept out of the
// database (so out of every export and sync).
import { describe, expect, it } from 'vitest';
import { exportAll } from '../db';
import { freshDb } from '../ui/test-support/fresh-db';
import {
  CONSENT_VERSION,
  DEFAULT_AI_SETTINGS,
  loadAiSettings,
  loadApiKey,
  maySend,
  recordConsent,
  saveAiSettings,
  saveApiKey,
  SETTINGS_KEY,
} from './ai-settings';
import { memoryArea } from './key-value-area';
import { countRows } from '../db/test-support/tables';

describe('AI settings', () => {
  it('start off and private: AI off, no consent, notes withheld, no summaries after import, plain tone, a model the SDK lists', async () => {
    const settings = await loadAiSettings(memoryArea());
    expect(settings).toEqual({
      enabled: false,
      mode: 'own-key',
      model: 'claude-sonnet-5-5',
      tone: 'plain',
      allowNotes: false,
      notesAnswered: false,
      autoSummary: false,
      baseUrl: null,
      consent: null,
    });
    expect(maySend(settings)).toBe(false);
  });

  it('read stored values field by field, keeping defaults for anything malformed', async () => {
    const area = memoryArea({
      [SETTINGS_KEY]: { enabled: 'yes', mode: 'hosted', tone: 'shouty', allowNotes: true, consent: { at: 'today' } },
    });
    expect(await loadAiSettings(area)).toEqual({ ...DEFAULT_AI_SETTINGS, mode: 'hosted', allowNotes: true });
  });

  it('may send only after consent of the current version, which also turns AI on', async () => {
    const area = memoryArea();
    await saveAiSettings(area, { enabled: true });
    expect(maySend(await loadAiSettings(area))).toBe(false);
    const agreed = await recordConsent(area, Date.UTC(2024, 5, 8, 9));
    expect(agreed.consent).toEqual({
      at: Date.UTC(2024, 5, 8, 9),
      version: CONSENT_VERSION,
      recipient: 'api.anthropic.com',
    });
    expect(maySend(agreed)).toBe(true);
    await saveAiSettings(area, { consent: { at: 1, version: CONSENT_VERSION - 1 } });
    expect(maySend(await loadAiSettings(area))).toBe(false);
    await recordConsent(area);
    await saveAiSettings(area, { enabled: false });
    expect(maySend(await loadAiSettings(area))).toBe(false);
  });

  it('keep both of two changes made at once', async () => {
    const area = memoryArea();
    await Promise.all([saveAiSettings(area, { tone: 'coach' }), saveAiSettings(area, { allowNotes: true })]);
    expect(await loadAiSettings(area)).toMatchObject({ tone: 'coach', allowNotes: true });
  });

  it('keep the API key in the settings area (the private values), never in the library or its export', async () => {
    const db = freshDb();
    const area = memoryArea();
    await saveApiKey(area, '  sk-ant-secret-123  ');
    expect(await loadApiKey(area)).toBe('sk-ant-secret-123');
    await saveAiSettings(area, { enabled: true, allowNotes: true });
    const exported = JSON.stringify(await exportAll(db));
    expect(exported).not.toContain('sk-ant-secret-123');
    expect(await countRows(db, 'settings')).toBe(0);
    await saveApiKey(area, '');
    expect(await loadApiKey(area)).toBeNull();
    await db.delete();
  });

  it('ask again when the data would go elsewhere: another API address or the hosted assistant', async () => {
    const area = memoryArea();
    const agreed = await recordConsent(area, 1_000);
    expect(agreed.consent).toEqual({ at: 1_000, version: CONSENT_VERSION, recipient: 'api.anthropic.com' });
    expect(maySend(agreed)).toBe(true);

    expect(maySend(await saveAiSettings(area, { baseUrl: 'https://proxy.example.com/v1' }))).toBe(false);
    expect((await recordConsent(area, 2_000)).consent?.recipient).toBe('proxy.example.com');
    expect(maySend(await loadAiSettings(area))).toBe(true);
    expect(maySend(await saveAiSettings(area, { mode: 'hosted' }))).toBe(false);
  });
});
