// An AI settings area in memory as after the athlete agreed on the consent
// screen (test support only): `settings`, then AI on with consent of the current version.
import { recordConsent, saveAiSettings, type AiSettings } from '../ai-settings';
import { memoryArea, type KeyValueArea } from '../key-value-area';

export async function agreedArea(settings: Partial<AiSettings> = {}): Promise<KeyValueArea> {
  const area = memoryArea();
  await saveAiSettings(area, settings);
  await recordConsent(area);
  return area;
}
