// The inputs of one step's target: a zone, a percentage range, watts, bpm, or
// a pace range written m:ss per km / mi (per 100 m / yd in the pool).
import { useState } from 'preact/hooks';
import type { Sport, StepTarget } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { minutesSecondsText, parseMinutesSeconds } from '../common/minutes-seconds';
import { paceDistance } from './target-fields';

type RangeTarget = Extract<StepTarget, { low: number }>;

interface TargetInputsProps {
  readonly target: StepTarget;
  readonly sport: Sport;
  /** "Step 3", for the inputs' names. */
  readonly name: string;
  /** Gets a change to apply to the target as it is when applied (edits may come faster than renders). */
  readonly onChange: (change: (target: StepTarget) => StepTarget) => void;
}

const positive = (text: string) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : null;
};

export function TargetInputs({ target, sport, name, onChange }: TargetInputsProps) {
  if (target.kind === 'power-zone' || target.kind === 'hr-zone') {
    const zones = target.kind === 'power-zone' ? 7 : 5;
    return (
      <label>
        <span>Zone</span>
        <select
          aria-label={`${name} zone`}
          value={target.zone}
          onChange={(e) => {
            const zone = Number(e.currentTarget.value);
            onChange((t) => ({ ...t, zone }) as StepTarget);
          }}
        >
          {Array.from({ length: zones }, (_, i) => (
            <option key={i} value={i + 1}>
              Zone {i + 1}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const range = target as RangeTarget;
  if (range.kind === 'pace') return <PaceInputs target={range} sport={sport} name={name} onChange={onChange} />;
  const percent = target.kind === 'ftp' || target.kind === 'threshold-hr';
  const unit = percent ? '%' : target.kind === 'power' ? 'W' : 'bpm';
  const shown = (v: number) => String(percent ? Math.round(v * 1000) / 10 : Math.round(v));
  const set = (end: 'low' | 'high') => (e: Event) => {
    const n = positive((e.currentTarget as HTMLInputElement).value);
    const value = n === null ? null : percent ? n / 100 : n;
    if (value !== null) onChange((t) => ({ ...t, [end]: value }) as StepTarget);
  };
  return (
    <>
      <label>
        <span>From ({unit})</span>
        <input
          type="number"
          min="1"
          step="any"
          aria-label={`${name} from (${unit})`}
          value={shown(range.low)}
          onInput={set('low')}
        />
      </label>
      <label>
        <span>To ({unit})</span>
        <input
          type="number"
          min="1"
          step="any"
          aria-label={`${name} to (${unit})`}
          value={shown(range.high)}
          onInput={set('high')}
        />
      </label>
    </>
  );
}

function PaceInputs({ target, sport, name, onChange }: TargetInputsProps & { target: RangeTarget }) {
  const { system } = useFormat();
  const { meters, per } = paceDistance(sport, system);
  const text = (speed: number) => minutesSecondsText(meters / speed);
  const [slow, setSlow] = useState(text(target.low));
  const [fast, setFast] = useState(text(target.high));
  const [error, setError] = useState<string | null>(null);
  /** On change the field's own text is read from the event: its input may not have rendered yet. */
  const commit = (end: 'slow' | 'fast') => (e: Event) => {
    const typed = (e.currentTarget as HTMLInputElement).value;
    const slowS = parseMinutesSeconds(end === 'slow' ? typed : slow);
    const fastS = parseMinutesSeconds(end === 'fast' ? typed : fast);
    if (slowS === null || fastS === null) {
      setError(`${name}: write each pace as minutes:seconds per ${per}, like 4:30.`);
      return;
    }
    setError(null);
    const paced: StepTarget = {
      kind: 'pace',
      low: meters / Math.max(slowS, fastS),
      high: meters / Math.min(slowS, fastS),
    };
    onChange(() => paced);
  };
  return (
    <>
      <label>
        <span>Slowest (/{per})</span>
        <input
          type="text"
          inputMode="numeric"
          aria-label={`${name} slowest pace (per ${per})`}
          value={slow}
          onInput={(e) => setSlow(e.currentTarget.value)}
          onChange={commit('slow')}
        />
      </label>
      <label>
        <span>Fastest (/{per})</span>
        <input
          type="text"
          inputMode="numeric"
          aria-label={`${name} fastest pace (per ${per})`}
          value={fast}
          onInput={(e) => setFast(e.currentTarget.value)}
          onChange={commit('fast')}
        />
      </label>
      {error && (
        <p class="plan-form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
