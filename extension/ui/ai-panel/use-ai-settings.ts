// The AI settings and whether a key is stored, kept current when they change
// (here, in Settings, or in another panel of the extension).
import { useEffect, useState } from 'preact/hooks';
import { loadAiSettings, loadApiKey, type AiSettings } from '../../ai/ai-settings';
import { useAi } from './ai-context';

export interface AiSettingsState {
  readonly settings: AiSettings;
  readonly apiKey: string | null;
}

/** Undefined until read. */
export function useAiSettings(): AiSettingsState | undefined {
  const { area } = useAi();
  const [state, setState] = useState<AiSettingsState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void Promise.all([loadAiSettings(area), loadApiKey(area)]).then(([settings, apiKey]) => {
        if (live) setState({ settings, apiKey });
      });
    read();
    const unsubscribe = area.onChanged(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [area]);
  return state;
}
