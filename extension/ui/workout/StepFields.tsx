// One step in the editor: what it is for, how long it lasts (minutes, a
// distance in the athlete's units, or until lap), its target, and buttons to
// move or remove it. Alt+Up and Alt+Down move it from any of its fields.
import type { PlanStep, Sport, StepIntensity } from '../../../shared/model';
import { useFormat } from '../common/format-context';
import { METERS_PER_MILE } from '../units/imperial';
import { DEFAULT_TARGETS, TARGET_CHOICES, type TargetKind } from './target-fields';
import { TargetInputs } from './TargetInputs';

const INTENSITIES: readonly { readonly value: StepIntensity; readonly label: string }[] = [
  { value: 'warmup', label: 'Warm-up' },
  { value: 'work', label: 'Work' },
  { value: 'recovery', label: 'Recovery' },
  { value: 'cooldown', label: 'Cool-down' },
];

type Length = 'time' | 'distance' | 'open';

export interface StepFieldsProps {
  readonly step: PlanStep;
  readonly sport: Sport;
  /** "Step 3" or "Repeat 1, step 2": names every control for screen readers. */
  readonly name: string;
  /** data-step, for focus to follow a moved step. */
  readonly path: string;
  /** Gets a change to apply to the step as it is when applied. */
  readonly onChange: (change: (step: PlanStep) => PlanStep) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}

const lengthOf = (step: PlanStep): Length =>
  step.durationS !== undefined ? 'time' : step.distanceM !== undefined ? 'distance' : 'open';

function withoutLength(step: PlanStep): PlanStep {
  const { durationS: _s, distanceM: _m, ...rest } = step;
  return rest;
}

export function StepFields({ step, sport, name, path, onChange, onMove, onRemove }: StepFieldsProps) {
  const { system } = useFormat();
  const perUnit = system === 'imperial' ? METERS_PER_MILE : 1000;
  const distanceUnit = system === 'imperial' ? 'mi' : 'km';
  const length = lengthOf(step);
  const setLength = (next: Length) =>
    onChange((s) => {
      const bare = withoutLength(s);
      if (next === 'time') return { ...bare, durationS: 300 };
      return next === 'distance' ? { ...bare, distanceM: perUnit } : bare;
    });
  const setNumber = (apply: (s: PlanStep, n: number) => PlanStep) => (e: Event) => {
    const n = Number((e.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(n) && n > 0) onChange((s) => apply(s, n));
  };
  const setTarget = (kind: TargetKind | 'none') =>
    onChange(({ target: _t, ...rest }) => (kind === 'none' ? rest : { ...rest, target: DEFAULT_TARGETS[kind] }));
  const keys = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <fieldset class="workout-step" data-step={path} onKeyDown={keys}>
      <legend>{name}</legend>
      <label>
        <span>For</span>
        <select
          aria-label={`${name} for`}
          value={step.intensity ?? 'work'}
          onChange={(e) => {
            const intensity = e.currentTarget.value as StepIntensity;
            onChange((s) => ({ ...s, intensity }));
          }}
        >
          {INTENSITIES.map((i) => (
            <option key={i.value} value={i.value}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Lasts</span>
        <select
          aria-label={`${name} lasts`}
          value={length}
          onChange={(e) => setLength(e.currentTarget.value as Length)}
        >
          <option value="time">Minutes</option>
          <option value="distance">Distance</option>
          <option value="open">Until lap</option>
        </select>
      </label>
      {length === 'time' && (
        <label>
          <span>Minutes</span>
          <input
            type="number"
            min="0.25"
            step="any"
            aria-label={`${name} minutes`}
            value={(step.durationS ?? 0) / 60}
            onInput={setNumber((s, n) => ({ ...s, durationS: Math.round(n * 60) }))}
          />
        </label>
      )}
      {length === 'distance' && (
        <label>
          <span>Distance ({distanceUnit})</span>
          <input
            type="number"
            min="0.01"
            step="any"
            aria-label={`${name} distance (${distanceUnit})`}
            value={Math.round(((step.distanceM ?? 0) / perUnit) * 1000) / 1000}
            onInput={setNumber((s, n) => ({ ...s, distanceM: n * perUnit }))}
          />
        </label>
      )}
      <label>
        <span>Target</span>
        <select
          aria-label={`${name} target`}
          value={step.target?.kind ?? 'none'}
          onChange={(e) => setTarget(e.currentTarget.value as TargetKind | 'none')}
        >
          {TARGET_CHOICES.map((c) => (
            <option key={c.kind} value={c.kind}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {step.target && (
        <TargetInputs
          key={step.target.kind}
          target={step.target}
          sport={sport}
          name={name}
          onChange={(change) => onChange((s) => (s.target ? { ...s, target: change(s.target) } : s))}
        />
      )}
      <div class="workout-step-actions">
        <button type="button" aria-label={`Move ${name} up`} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${name} down`} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
