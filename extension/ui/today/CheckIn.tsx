// Today's wellness check-in: a few numbers from the watch and five 1-5 scores,
// saved as today's one wellness row (extension/db/records.ts WellnessRow).
// The fields are read from the form when it is sent, so what is saved is
// exactly what is on screen.
import { useState } from 'preact/hooks';
import { saveRecord, type WellnessRow } from '../../db/first-screen';
import { useServices } from '../common/services';
import { METRIC_LABELS, SCORED_METRICS } from '../common/wellness-metrics';

const SECONDS_PER_HOUR = 3600;

/** A typed number, or null for a blank (or unreadable) field: a blank means "not logged", never 0. */
function numberOf(form: FormData, name: string): number | null {
  const text = form.get(name);
  if (typeof text !== 'string' || text.trim() === '') return null;
  const v = Number.parseFloat(text);
  return Number.isFinite(v) ? v : null;
}

/** A stored number as a field's starting text. */
function shown(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

export interface CheckInProps {
  /** Today's local date, 'YYYY-MM-DD'. */
  readonly date: string;
  /** What was already logged today, if anything (read before the form shows: it fills the fields). */
  readonly existing: WellnessRow | undefined;
}

export function CheckIn({ date, existing }: CheckInProps) {
  const { db } = useServices();
  const [status, setStatus] = useState<string>('');

  const save = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const hours = numberOf(form, 'sleepHours');
    // Fields the check-in does not ask for (weight, sleep quality, notes) are kept as they were.
    const {
      id: _id,
      updatedAt: _updated,
      deletedAt: _deleted,
      ...kept
    } = existing ?? { id: date, updatedAt: 0, deletedAt: null };
    try {
      await saveRecord(db, 'wellness', {
        ...kept,
        id: date,
        date,
        restingHr: numberOf(form, 'restingHr'),
        hrvRmssd: numberOf(form, 'hrvRmssd'),
        sleepS: hours === null ? null : Math.round(hours * SECONDS_PER_HOUR),
        soreness: numberOf(form, 'soreness'),
        fatigue: numberOf(form, 'fatigue'),
        stress: numberOf(form, 'stress'),
        mood: numberOf(form, 'mood'),
        motivation: numberOf(form, 'motivation'),
      });
      setStatus('Check-in saved');
    } catch (error) {
      setStatus(`The check-in could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const number = (name: string, label: string, unit: string, step: string, value: string) => (
    <label>
      <span>
        {label} ({unit})
      </span>
      <input type="number" inputMode="decimal" min="0" step={step} name={name} defaultValue={value} />
    </label>
  );
  const sleepHours =
    existing?.sleepS === null || existing?.sleepS === undefined
      ? ''
      : String(Math.round((existing.sleepS / SECONDS_PER_HOUR) * 100) / 100);
  return (
    <section class="check-in" aria-labelledby="check-in-heading">
      <h3 id="check-in-heading">How do you feel today?</h3>
      <form onSubmit={save} onInput={() => setStatus('')}>
        <div class="check-in-fields">
          {number('restingHr', METRIC_LABELS.restingHr, 'bpm', '1', shown(existing?.restingHr))}
          {number('hrvRmssd', METRIC_LABELS.hrvRmssd, 'ms', '1', shown(existing?.hrvRmssd))}
          {number('sleepHours', METRIC_LABELS.sleepS, 'hours', '0.25', sleepHours)}
          {SCORED_METRICS.map((metric) => (
            <label key={metric}>
              <span>{METRIC_LABELS[metric]} (1 low – 5 high)</span>
              <select name={metric} defaultValue={shown(existing?.[metric])}>
                <option value="">–</option>
                {['1', '2', '3', '4', '5'].map((score) => (
                  <option key={score} value={score}>
                    {score}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div class="form-actions">
          <button type="submit">Save check-in</button>
          {/* biome-ignore lint/a11y/noRedundantRoles: stated for screen readers that miss output's implicit role */}
          <output role="status">{status}</output>
        </div>
      </form>
    </section>
  );
}
