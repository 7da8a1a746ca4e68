// The fields of a planned session, shared by the add and edit forms so both
// ask the same way and read through the same validation (plan-input.ts).
import type { Ref } from 'preact';
import { useFormat } from '../common/format-context';
import { SPORT_CHOICES } from '../common/sport-label';
import type { PlanFields } from './plan-input';

export interface PlanFieldInputsProps {
  readonly fields: PlanFields;
  /** One field typed; the form keeps the rest (several may change before it renders again). */
  readonly onField: (key: keyof PlanFields, value: string) => void;
  /** The date field, for a form that focuses it on opening. */
  readonly dateRef?: Ref<HTMLInputElement>;
}

export function PlanFieldInputs({ fields, onField, dateRef }: PlanFieldInputsProps) {
  const format = useFormat();
  const set = (key: keyof PlanFields) => (e: Event) =>
    onField(key, (e.currentTarget as HTMLInputElement | HTMLSelectElement).value);
  const distanceUnit = format.system === 'imperial' ? 'mi' : 'km';
  return (
    <>
      <label>
        <span>Date</span>
        <input type="date" required ref={dateRef} value={fields.date} onInput={set('date')} />
      </label>
      <label>
        <span>Sport</span>
        <select value={fields.sport} onChange={set('sport')}>
          {SPORT_CHOICES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Target duration (h:mm)</span>
        <input
          type="text"
          inputMode="numeric"
          placeholder="1:00"
          required
          value={fields.duration}
          onInput={set('duration')}
        />
      </label>
      <label>
        <span>Distance ({distanceUnit}, optional)</span>
        <input type="number" min="0" step="any" value={fields.distance} onInput={set('distance')} />
      </label>
      <label>
        <span>Load (optional)</span>
        <input type="number" min="0" step="any" value={fields.load} onInput={set('load')} />
      </label>
      <label>
        <span>Title or notes (optional)</span>
        <input type="text" value={fields.title} onInput={set('title')} />
      </label>
    </>
  );
}
