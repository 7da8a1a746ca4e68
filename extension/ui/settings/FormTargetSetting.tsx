// The form band Today's load advice aims for (intervals.icu's form zones) and
// the ramp limit it keeps fitness under; saved as the athlete changes them.
import { useState } from 'preact/hooks';
import { FORM_ZONES, type FormZone } from '../../../shared/analytics';
import { DEFAULT_FORM_CHOICE, type FormChoice, readFormChoice, saveFormChoice } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';

const ZONES = Object.keys(FORM_ZONES) as FormZone[];

function zoneRange(zone: FormZone, number: (n: number) => string): string {
  const { min, max } = FORM_ZONES[zone];
  const show = (n: number) => `${n > 0 ? '+' : ''}${number(n)}`;
  if (max === Infinity) return `above ${show(min)}`;
  if (min === -Infinity) return `below ${show(max)}`;
  return `${show(min)} to ${show(max)}`;
}

export function FormTargetSetting() {
  const { db } = useServices();
  const format = useFormat();
  const stored = useLiveQuery(() => readFormChoice(db), [db]);
  const [error, setError] = useState<string | null>(null);
  // The latest change counts at once, so a second change before the first is read back builds on it.
  const [changed, setChanged] = useState<FormChoice | null>(null);
  const choice = changed ?? stored.value ?? DEFAULT_FORM_CHOICE;
  const save = (next: FormChoice) => {
    setChanged(next);
    return saveFormChoice(db, next)
      .then(() => setError(null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const saveRamp = (text: string) => {
    const rampLimit = Number(text);
    if (text.trim() === '' || !(rampLimit > 0)) setError(`The ramp limit must be a number above 0, not “${text}”.`);
    else void save({ ...choice, rampLimit });
  };
  return (
    <section class="settings-section" aria-labelledby="form-target-title">
      <h2 id="form-target-title">Form target</h2>
      <p class="settings-note">
        Today suggests the load that keeps tomorrow's form (TSB) in this band without fitness (CTL) rising faster than
        the ramp limit. The bands are intervals.icu's form zones.
      </p>
      <label>
        Form band{' '}
        <select
          name="form-zone"
          value={choice.zone}
          onChange={(e) => void save({ ...choice, zone: e.currentTarget.value as FormZone })}
        >
          {ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {FORM_ZONES[zone].label} ({zoneRange(zone, format.number)})
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Ramp limit (CTL per week){' '}
        <input
          name="ramp-limit"
          type="number"
          min="0.5"
          step="0.5"
          value={choice.rampLimit}
          onChange={(e) => saveRamp(e.currentTarget.value)}
        />
      </label>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
