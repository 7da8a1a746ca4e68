// "Summarise after import" (issue 5): each newly imported session summarised
// without being asked, only when the athlete opted in and agreed to the
// consent screen. Stops at the first failure: a rate limit or a bad key would
// only fail again for the next session.
import type { TurnFailure } from '../../shared/ai';
import type { SessionsDb } from '../db';
import { loadAiSettings, loadApiKey, maySend } from './ai-settings';
import type { ConnectService } from './connect-service';
import type { KeyValueArea } from './key-value-area';
import { sessionPrompt } from './prompt-for';
import { summarise } from './summarise';

export type AutoSummaryOutcome =
  | { readonly kind: 'off' }
  | { readonly kind: 'done'; readonly summarised: number }
  | { readonly kind: 'failed'; readonly summarised: number; readonly failure: TurnFailure };

export async function summariseImported(
  db: SessionsDb,
  sessionIds: readonly string[],
  deps: { readonly area: KeyValueArea; readonly connect: ConnectService; readonly signal: AbortSignal },
): Promise<AutoSummaryOutcome> {
  const settings = await loadAiSettings(deps.area);
  if (!settings.autoSummary || !maySend(settings)) return { kind: 'off' };
  const service = deps.connect(settings, await loadApiKey(deps.area));
  if ('failure' in service) return { kind: 'failed', summarised: 0, failure: service.failure };
  let summarised = 0;
  for (const id of sessionIds) {
    const prompt = await sessionPrompt(db, id, settings);
    if (prompt === null) continue;
    const outcome = await summarise({
      db,
      area: deps.area,
      service,
      settings,
      prompt,
      onText: () => undefined,
      signal: deps.signal,
    });
    if (!outcome.ok) return { kind: 'failed', summarised, failure: outcome.failure };
    summarised++;
  }
  return { kind: 'done', summarised };
}
