// The AI section of Settings: switch AI off entirely or withdraw the
// agreement (both dated in the athlete's choices, ai-choices.ts), choose how it
// runs (own key or hosted), the key itself (kept in the extension's private
// values, never in the library, so never exported or synced), the model, the
// tone, whether notes are shared, and summaries after import. Each change is
// saved at once.
import { apiAddressProblem } from '../../ai/api-address';
import { useRef, useState } from 'preact/hooks';
import { MODEL_CHOICES, saveAiSettings, saveApiKey, TONES, type AiSettings as Settings } from '../../ai/ai-settings';
import { switchAi, withdrawAiConsent } from '../../ai/ai-choices';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useAi } from './ai-context';
import { useAiSettings } from './use-ai-settings';
import './insights.css';

export function AiSettings() {
  const { area } = useAi();
  const { db } = useServices();
  const format = useFormat();
  const current = useAiSettings();
  const keyField = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  if (current === undefined) return null;
  const { settings, apiKey } = current;
  const change = (patch: Partial<Settings>, message: string) =>
    void saveAiSettings(area, patch).then(() => setStatus(message));
  const models = MODEL_CHOICES.some((m) => m.id === settings.model)
    ? MODEL_CHOICES
    : [...MODEL_CHOICES, { id: settings.model, label: settings.model }];

  return (
    <section class="settings-section ai-settings" aria-labelledby="ai-settings-title">
      <h2 id="ai-settings-title">AI</h2>
      <label class="ai-check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void switchAi(area, db, on).then(() =>
              setStatus(on ? 'AI insights are on.' : 'AI insights are off: nothing is sent.'),
            );
          }}
        />
        Use AI insights
      </label>
      <p class="settings-note">
        {settings.consent
          ? `You agreed to what is sent${settings.consent.recipient ? ` to ${settings.consent.recipient}` : ''} on ${format.dateTime(settings.consent.at, null)}; another address or way of running asks again.`
          : 'Nothing is sent until you have seen exactly what would be sent and agreed.'}
      </p>
      {settings.consent && (
        <div class="ai-actions">
          <button
            type="button"
            onClick={() =>
              void withdrawAiConsent(area, db).then(() =>
                setStatus('Agreement withdrawn: AI is off, and nothing is sent until you agree again.'),
              )
            }
          >
            Withdraw my agreement
          </button>
        </div>
      )}
      <fieldset>
        <legend>How the AI runs</legend>
        <label class="ai-check">
          <input
            type="radio"
            name="ai-mode"
            checked={settings.mode === 'own-key'}
            onChange={() => change({ mode: 'own-key' }, 'Using your own Anthropic key.')}
          />
          My own Anthropic key (straight from this browser)
        </label>
        <label class="ai-check">
          <input
            type="radio"
            name="ai-mode"
            checked={settings.mode === 'hosted'}
            onChange={() => change({ mode: 'hosted' }, 'Using the SessionsAI hosted assistant.')}
          />
          SessionsAI hosted assistant (needs an account)
        </label>
      </fieldset>
      {settings.mode === 'own-key' && (
        <form
          class="ai-key"
          onSubmit={(e) => {
            e.preventDefault();
            // Read from the field itself: a submit right after typing may come before the re-render.
            const typed = keyField.current?.value.trim() ?? '';
            if (typed === '') return;
            void saveApiKey(area, typed).then(() => {
              if (keyField.current) keyField.current.value = '';
              setStatus('Your API key is saved in this browser.');
            });
          }}
        >
          <label for="ai-key">Anthropic API key</label>
          <input
            id="ai-key"
            ref={keyField}
            type="password"
            autocomplete="off"
            placeholder={apiKey ? 'A key is saved (hidden)' : 'sk-ant-…'}
          />
          <div class="ai-actions">
            <button type="submit">Save key</button>
            {apiKey && (
              <button
                type="button"
                onClick={() => void saveApiKey(area, '').then(() => setStatus('Your API key was removed.'))}
              >
                Remove key
              </button>
            )}
          </div>
          <p class="settings-note">
            Kept in this browser only, out of reach of web pages and of the extension's scripts on them: never exported,
            never synced.
          </p>
          <label for="ai-base-url">API address (leave empty for Anthropic's)</label>
          <input
            id="ai-base-url"
            type="url"
            value={settings.baseUrl ?? ''}
            placeholder="https://api.anthropic.com"
            onChange={(e) => {
              const address = e.currentTarget.value.trim();
              const problem = address === '' ? null : apiAddressProblem(address);
              if (problem === null) change({ baseUrl: address || null }, 'API address saved.');
              else setStatus(problem);
            }}
          />
        </form>
      )}
      <label for="ai-model">Model</label>
      <select
        id="ai-model"
        value={settings.model}
        onChange={(e) =>
          change({ model: e.currentTarget.value }, 'Model saved; answers from another model are marked out of date.')
        }
      >
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <label for="ai-tone">Tone</label>
      <select
        id="ai-tone"
        value={settings.tone}
        onChange={(e) =>
          change({ tone: TONES.find((t) => t.id === e.currentTarget.value)?.id ?? 'plain' }, 'Tone saved.')
        }
      >
        {TONES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <label class="ai-check">
        <input
          type="checkbox"
          checked={settings.allowNotes}
          onChange={(e) =>
            change(
              { allowNotes: e.currentTarget.checked, notesAnswered: true },
              e.currentTarget.checked
                ? 'Titles, notes and reflections will be included.'
                : 'Titles, notes and reflections stay on this device.',
            )
          }
        />
        Include my session titles, notes and reflections
      </label>
      <label class="ai-check">
        <input
          type="checkbox"
          checked={settings.autoSummary}
          onChange={(e) =>
            change(
              { autoSummary: e.currentTarget.checked },
              e.currentTarget.checked
                ? 'New sessions will be summarised after import.'
                : 'Sessions are summarised only when you ask.',
            )
          }
        />
        Summarise each new session after import
      </label>
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
