// Which InsightService the athlete's settings call for. A choice that cannot
// work (own key chosen but none given; hosted in a build without accounts)
// comes back as a failure the panel words, never as a request bound to fail.
import type { TurnFailure } from '../../shared/ai';
import { cloudConfig, serverHost } from '../account/cloud-config';
import { apiHost } from './api-address';
import type { AiSettings } from './ai-settings';
import type { InsightService } from './insight-service';

export type ConnectService = (
  settings: AiSettings,
  apiKey: string | null,
) => InsightService | { readonly failure: TurnFailure };

const NO_KEY: TurnFailure = {
  kind: 'other',
  message: 'No Anthropic API key is set. Add yours in Settings → AI, or switch to the hosted assistant.',
};

const NOT_LOADED: TurnFailure = {
  kind: 'other',
  message: 'The AI code could not be loaded: close and reopen the panel, then try again.',
};

export const connectService: ConnectService = (settings, apiKey) => {
  if (settings.mode === 'hosted') {
    const config = cloudConfig();
    if (!config.available) return { failure: { kind: 'other', message: config.reason } };
    return loadOnFirstTurn('hosted', serverHost(config), () =>
      import('./hosted-insight-service').then((m) => m.connectHostedService(config)),
    );
  }
  if (apiKey === null) return { failure: NO_KEY };
  return loadOnFirstTurn('own-key', apiHost(settings.baseUrl), () =>
    import('./own-key-service').then((m) => m.ownKeyService({ apiKey, baseUrl: settings.baseUrl })),
  );
};

/**
 * The Anthropic SDK and the Convex client are most of the panel's JavaScript
 * (issue 4 asks for under 150 KB gzipped): they load with the first question,
 * not with the panel, which athletes who never use AI never ask.
 */
function loadOnFirstTurn(
  kind: InsightService['kind'],
  host: string,
  load: () => Promise<InsightService | { readonly failure: TurnFailure }>,
): InsightService {
  let loading: ReturnType<typeof load> | null = null;
  return {
    kind,
    host,
    async turn(input, stream) {
      loading ??= load();
      try {
        const service = await loading;
        return 'failure' in service ? { ok: false, failure: service.failure } : await service.turn(input, stream);
      } catch {
        loading = null; // a chunk that failed to load is tried again next time
        return { ok: false, failure: NOT_LOADED };
      }
    },
  };
}
