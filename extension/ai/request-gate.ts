// The one check before every request to a model (run-conversation.ts): the
// athlete's AI settings as stored now (AI on, agreement given) and, in
// Firefox, its data-collection permission. A choice made a moment ago in
// another page counts: nothing is taken from a copy read earlier.
import type { TurnFailure } from '../../shared/ai';
import { loadAiSettings, maySend } from './ai-settings';
import { dataCollectionRefusal, firefoxDataPermissions, type DataCollectionPermissions } from './firefox-data-consent';
import type { KeyValueArea } from './key-value-area';

export const AI_OFF: TurnFailure = {
  kind: 'other',
  message: 'AI is off, or you withdrew your agreement: nothing was sent. Turn it on in Settings → AI.',
};

/** Null when a request may go; else why not, in words. */
export async function requestRefusal(
  area: KeyValueArea,
  permissions: DataCollectionPermissions | null = firefoxDataPermissions(),
): Promise<TurnFailure | null> {
  if (!maySend(await loadAiSettings(area))) return AI_OFF;
  return dataCollectionRefusal(permissions);
}
