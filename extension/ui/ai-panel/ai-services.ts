// What the AI features are given: a settings store and a model service,
// provided by tests, else built for the page (ai-context.ts). Apart from the
// building, so the panel's first screen (AutoSummary, above every view) can
// read the context without loading the AI's settings and storage code.
import { createContext } from 'preact';
import type { ConnectService } from '../../ai/connect-service';
import type { KeyValueArea } from '../../ai/key-value-area';

export interface AiServices {
  readonly area: KeyValueArea;
  readonly connect: ConnectService;
}

export const AiContext = createContext<AiServices | null>(null);
