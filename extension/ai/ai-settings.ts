// The athlete's AI choices. Everything here is off or private until they say
// otherwise (issue 5, "Private by default"): AI off until they agree on the
// consent screen, notes withheld, no summary after import. Kept in the
// extension's private values beside the API key (key-value-area.ts), where
// content scripts cannot reach them, and neither syncs nor exports.
import { apiAddressProblem, apiHost } from './api-address';
import type { Model } from '@anthropic-ai/sdk/resources/messages';
import type { Tone } from '../../shared/ai/conversation';
import { MODELS } from '../../shared/ai/models';
import type { KeyValueArea } from './key-value-area';

export type AiMode = 'own-key' | 'hosted';

/** Models offered in settings (shared/ai/models.ts); the annotation makes a model the installed SDK drops a type error here. */
export const MODEL_CHOICES: readonly { readonly id: Model; readonly label: string }[] = MODELS;

export const DEFAULT_MODEL: string = MODELS[0].id;

export const TONES: readonly { id: Tone; label: string }[] = [
  { id: 'plain', label: 'Plain' },
  { id: 'coach', label: 'Coach' },
  { id: 'encouraging', label: 'Encouraging' },
];

/**
 * The version of what the consent screen describes. Raise it when what is sent
 * changes in kind (a new category of data), so the athlete is asked again.
 */
export const CONSENT_VERSION = 1;

export interface AiConsent {
  /** Epoch ms of the agreement. */
  readonly at: number;
  readonly version: number;
  /**
   * Who the consent screen named as receiving the data (recipientOf); another
   * address or mode asks again. Absent on agreements recorded before it was kept.
   */
  readonly recipient?: string;
}

export interface AiSettings {
  /** Off switches every AI feature away; nothing is sent. */
  readonly enabled: boolean;
  readonly mode: AiMode;
  readonly model: string;
  readonly tone: Tone;
  /** Whether session titles, notes and reflections go into what the AI sees. */
  readonly allowNotes: boolean;
  /** Whether the athlete has answered about notes (asked once, or chose in Settings): never asked again after. */
  readonly notesAnswered: boolean;
  /** Summarise each newly imported session without being asked. */
  readonly autoSummary: boolean;
  /** Own-key mode's API address; null means the SDK's default (https://api.anthropic.com). */
  readonly baseUrl: string | null;
  readonly consent: AiConsent | null;
}

export const DEFAULT_AI_SETTINGS: AiSettings = {
  enabled: false,
  mode: 'own-key',
  model: DEFAULT_MODEL,
  tone: 'plain',
  allowNotes: false,
  notesAnswered: false,
  autoSummary: false,
  baseUrl: null,
  consent: null,
};

export const SETTINGS_KEY = 'ai.settings';
export const API_KEY_KEY = 'ai.apiKey';

/** Who receives the data under these settings: the API's host with the own key, else the SessionsAI server. */
export function recipientOf(settings: Pick<AiSettings, 'mode' | 'baseUrl'>): string {
  return settings.mode === 'own-key' ? apiHost(settings.baseUrl) : 'SessionsAI server';
}

/** Whether the athlete agreed to the consent screen as it is now, for the recipient it named. */
function hasConsent(settings: AiSettings): boolean {
  const { consent } = settings;
  return (
    consent !== null &&
    consent.version === CONSENT_VERSION &&
    (consent.recipient === undefined || consent.recipient === recipientOf(settings))
  );
}

/**
 * Switched off after agreeing: every AI feature is hidden. Before the athlete
 * ever agreed, AI is off too, but the offers stay: asking shows the consent screen.
 */
export function switchedOff(settings: AiSettings): boolean {
  return !settings.enabled && settings.consent !== null;
}

/** Whether a request may be sent at all: AI on and agreed to. */
export function maySend(settings: AiSettings): boolean {
  return settings.enabled && hasConsent(settings);
}

export async function loadAiSettings(area: KeyValueArea): Promise<AiSettings> {
  return readSettings(await area.get(SETTINGS_KEY));
}

/** Each area's last pending write: writes run one after another, so two quick changes cannot undo each other. */
const pendingWrites = new WeakMap<KeyValueArea, Promise<unknown>>();

export function saveAiSettings(area: KeyValueArea, patch: Partial<AiSettings>): Promise<AiSettings> {
  const write = async () => {
    const next = { ...(await loadAiSettings(area)), ...patch };
    await area.set(SETTINGS_KEY, next);
    return next;
  };
  const done = (pendingWrites.get(area) ?? Promise.resolve()).then(write, write);
  pendingWrites.set(area, done);
  return done;
}

/** Records the athlete's agreement, with who it names as receiving the data, and turns AI on. */
export async function recordConsent(area: KeyValueArea, now: number = Date.now()): Promise<AiSettings> {
  const recipient = recipientOf(await loadAiSettings(area));
  return saveAiSettings(area, { enabled: true, consent: { at: now, version: CONSENT_VERSION, recipient } });
}

export async function loadApiKey(area: KeyValueArea): Promise<string | null> {
  const key = await area.get(API_KEY_KEY);
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : null;
}

export function saveApiKey(area: KeyValueArea, key: string): Promise<void> {
  return key.trim() === '' ? area.remove(API_KEY_KEY) : area.set(API_KEY_KEY, key.trim());
}

/** Stored settings from an older version or another hand: each field checked, defaults for the rest. */
function readSettings(stored: unknown): AiSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_AI_SETTINGS;
  const s = stored as Record<string, unknown>;
  const d = DEFAULT_AI_SETTINGS;
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  const consent = s.consent as Record<string, unknown> | null | undefined;
  return {
    enabled: bool(s.enabled, d.enabled),
    mode: s.mode === 'hosted' || s.mode === 'own-key' ? s.mode : d.mode,
    model: typeof s.model === 'string' && s.model !== '' ? s.model : d.model,
    tone: TONES.some((t) => t.id === s.tone) ? (s.tone as Tone) : d.tone,
    allowNotes: bool(s.allowNotes, d.allowNotes),
    notesAnswered: bool(s.notesAnswered, d.notesAnswered),
    autoSummary: bool(s.autoSummary, d.autoSummary),
    // An address stored before https was required is dropped rather than used.
    baseUrl:
      typeof s.baseUrl === 'string' && s.baseUrl.trim() !== '' && apiAddressProblem(s.baseUrl.trim()) === null
        ? s.baseUrl.trim()
        : null,
    consent:
      consent && typeof consent.at === 'number' && typeof consent.version === 'number'
        ? {
            at: consent.at,
            version: consent.version,
            ...(typeof consent.recipient === 'string' ? { recipient: consent.recipient } : {}),
          }
        : null,
  };
}
