// Where the AI features get their settings store and their model service: the
// extension's storage and the real services by default; tests provide a
// memory area and a service pointed at the local fake API.
import { useContext } from 'preact/hooks';
import { connectService } from '../../ai/connect-service';
import { defaultArea } from '../../ai/key-value-area';
import { AiContext, type AiServices } from './ai-services';

export { AiContext, type AiServices } from './ai-services';

export function useAi(): AiServices {
  const provided = useContext(AiContext);
  // Without a provider (the side panel page), the extension's own storage.
  return provided ?? pageAiServices();
}

let pageServices: AiServices | null = null;

/** One area for the whole page, so a change made in Settings reaches every view at once. */
export function pageAiServices(): AiServices {
  pageServices ??= { area: defaultArea(), connect: connectService };
  return pageServices;
}
