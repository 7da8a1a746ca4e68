// "Your choices" (issue 12, restriction and objection): pause sync, and the
// dated history of every choice that restricts processing (sync paused or
// resumed, AI switched off or on, the AI agreement given or withdrawn). The AI
// switches themselves sit in the AI section; every one takes effect at once.
import { useState } from 'preact/hooks';
import { readPrivacyChoices, recordPrivacyChoice, syncPaused, type PrivacyChoice } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';

const WORDS: Record<PrivacyChoice['what'], readonly [on: string, off: string]> = {
  sync: ['Sync resumed', 'Sync paused'],
  ai: ['AI switched on', 'AI switched off'],
  'ai-consent': ['Agreed to what the AI is sent', 'AI agreement withdrawn'],
};

export function PrivacyChoices() {
  const { db } = useServices();
  const format = useFormat();
  const choices = useLiveQuery(
    async () => ({ history: await readPrivacyChoices(db), paused: await syncPaused(db) }),
    [db],
  );
  const [status, setStatus] = useState('');
  if (choices.value === undefined) return null;
  const { history, paused } = choices.value;

  return (
    <section class="settings-section" aria-labelledby="privacy-choices-title">
      <h2 id="privacy-choices-title">Your choices</h2>
      <label class="ai-check">
        <input
          type="checkbox"
          checked={paused}
          onChange={(e) => {
            const pause = e.currentTarget.checked;
            void recordPrivacyChoice(db, { what: 'sync', on: !pause, at: Date.now() }).then(() =>
              setStatus(pause ? 'Sync is paused: nothing more is sent to your account.' : 'Sync is on again.'),
            );
          }}
        />
        Pause sync
      </label>
      <p class="settings-note">
        While sync is paused, your account keeps what it holds but receives and processes nothing new.
      </p>
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
      {history.length > 0 && (
        <>
          <h3>When you chose</h3>
          <ol class="privacy-history">
            {[...history].reverse().map((choice) => (
              <li key={`${choice.what}-${choice.at}`}>
                {format.dateTime(choice.at, null)}: {WORDS[choice.what][choice.on ? 0 : 1]}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
