// Thresholds estimated from the athlete's sessions (the command line's
// estimator, run on the library): each with how it was found and "Use it",
// which saves it as the athlete's own value from that day. What could not be
// estimated says why. A new best effort above a value the athlete set is
// suggested once, dated, with the effort behind it.
import { useState } from 'preact/hooks';
import type { ThresholdEstimate } from '../../../shared/analytics';
import {
  closeThresholdSuggestion,
  readThresholdEstimates,
  readThresholdSuggestions,
  saveRecord,
  type ThresholdSuggestion,
} from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { estimateCaveats, estimateSource, estimateValue } from './estimate-words';
import { fieldFor, showValue } from './threshold-fields';

export interface EstimatedThresholdsProps {
  /** The thresholds the athlete has set: an estimate for one of these is not offered. */
  readonly setKeys: ReadonlySet<string>;
  readonly onOpenSession?: (id: string) => void;
}

const THIN_NAMES: Record<string, string> = {
  ftp: 'FTP',
  thresholdHr: 'Threshold heart rate',
  maxHr: 'Maximum heart rate',
  restHr: 'Resting heart rate',
  thresholdRunSpeed: 'Threshold run pace',
  swimCss: 'Swim critical speed',
};

export function EstimatedThresholds({ setKeys, onOpenSession }: EstimatedThresholdsProps) {
  const { db } = useServices();
  const format = useFormat();
  const stored = useLiveQuery(() => readThresholdEstimates(db), [db]);
  const suggestions = useLiveQuery(() => readThresholdSuggestions(db), [db]);
  const [status, setStatus] = useState('');

  const use = async (e: Pick<ThresholdEstimate, 'key' | 'value'>, from: number) => {
    await saveRecord(db, 'profile', { id: crypto.randomUUID(), key: e.key, value: e.value, from });
    setStatus(`Saved: ${estimateValue(e, format)} is now your own value.`);
  };
  const take = async (s: ThresholdSuggestion) => {
    await use(s, Date.parse(`${s.effort.date}T00:00:00Z`));
    await closeThresholdSuggestion(db, s.key);
  };

  const offered = (stored.value?.estimates ?? []).filter((e) => !setKeys.has(e.key));
  const thin = (stored.value?.thin ?? []).filter((t) => !setKeys.has(t.key));
  const open = suggestions.value ?? [];
  if (offered.length === 0 && thin.length === 0 && open.length === 0) return null;
  const openButton = (id: string, what: string) =>
    onOpenSession && (
      <button
        type="button"
        class="link"
        aria-label={`Open the session behind ${what}`}
        onClick={() => onOpenSession(id)}
      >
        Open the session
      </button>
    );

  return (
    <div class="estimated-thresholds">
      {open.length > 0 && (
        <ul class="threshold-suggestions" aria-label="New best efforts">
          {open.map((s) => {
            const field = fieldFor(s.key);
            const what = estimateValue(s, format);
            return (
              <li key={s.key} role="status">
                A new best: {estimateSource(s, format)} suggests {what}, above your{' '}
                {showValue(field, s.current, format)}.{' '}
                <button type="button" onClick={() => void take(s)}>
                  Use {showValue(field, s.value, format)}
                </button>{' '}
                <button type="button" onClick={() => void closeThresholdSuggestion(db, s.key)}>
                  Not now
                </button>{' '}
                {openButton(s.effort.sessionId, what)}
              </li>
            );
          })}
        </ul>
      )}
      {offered.length > 0 && (
        <>
          <h3>Estimated from your sessions</h3>
          <p class="settings-note">
            Loads on these are marked estimated. Use one to make it yours; set your own to replace it.
          </p>
          <ul class="estimate-list" aria-label="Estimated thresholds">
            {offered.map((e) => {
              const what = estimateValue(e, format);
              return (
                <li key={e.key}>
                  <span class="threshold-text">
                    {what}, from {estimateSource(e, format)}
                    {estimateCaveats(e).map((c) => (
                      <span key={c} class="estimate-caveat">
                        {' '}
                        ({c})
                      </span>
                    ))}
                  </span>
                  <button type="button" aria-label={`Use ${what}`} onClick={() => void use(e, e.from)}>
                    Use it
                  </button>
                  {e.effort && openButton(e.effort.sessionId, what)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {thin.length > 0 && (
        <ul class="thin-list" aria-label="Not enough data to estimate">
          {thin.map((t) => (
            <li key={t.key}>
              {THIN_NAMES[t.key] ?? t.key}: not estimated, {t.why}.
            </li>
          ))}
        </ul>
      )}
      <p class="settings-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
