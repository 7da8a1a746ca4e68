// Adding a dated threshold, or changing one: what, how much, from when and
// (for the values that differ by sport) for which sport. Everything the
// athlete typed is checked before it is saved, and a problem is said in words.
import { localIsoDate } from '../../../shared/analytics';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ThresholdKey } from '../../../shared/analytics';
import type { Sport } from '../../../shared/model';
import { saveRecord, type ProfileRow } from '../../db';
import { useFormat } from '../common/format-context';
import type { Format } from '../units/format';
import { useServices } from '../common/services';
import { SPORT_CHOICES, sportLabel } from '../common/sport-label';
import { localMidnight } from '../common/local-date';
import { fieldFor, inputText, inputUnit, parseValue, showValue, THRESHOLD_FIELDS } from './threshold-fields';

export interface ThresholdFormProps {
  /** The entry being changed, or null to add one. */
  readonly editing: ProfileRow | null;
  /** Every live entry, to refuse a second value for the same thing on the same day. */
  readonly entries: readonly ProfileRow[];
  /** Called with what was saved, in words. */
  readonly onSaved: (message: string) => void;
  readonly onCancel: () => void;
}

/** "FTP 250 W from Sat, 1 Jun 2024 (running only)": how an entry is named in lists and messages. */
export function describeEntry(entry: Pick<ProfileRow, 'key' | 'value' | 'from' | 'sport'>, format: Format): string {
  const field = fieldFor(entry.key);
  const only = entry.sport === undefined ? '' : ` (${sportLabel(entry.sport).toLowerCase()} only)`;
  return `${field.label} ${showValue(field, entry.value, format)} from ${format.date(entry.from, null)}${only}`;
}

export function ThresholdForm({ editing, entries, onSaved, onCancel }: ThresholdFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const [key, setKey] = useState<ThresholdKey>(editing?.key ?? 'ftp');
  const [problem, setProblem] = useState<string | null>(null);
  const field = fieldFor(key);
  const valueInput = useRef<HTMLInputElement>(null);
  // Pressing Edit takes the athlete (and the keyboard) straight to the value.
  useEffect(() => {
    if (editing) valueInput.current?.focus();
  }, [editing]);

  // The fields are read when the form is sent, so what is saved is what the athlete sees in it.
  const save = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const chosen = fieldFor(text('key') as ThresholdKey);
    const parsed = parseValue(chosen, text('value'), format);
    if (!parsed.ok) return setProblem(parsed.message);
    const from = localMidnight(text('from'));
    if (from === null) return setProblem(`Choose the day this ${chosen.label} took effect.`);
    const sport = chosen.perSport && text('sport') !== '' ? (text('sport') as Sport) : undefined;
    const entry = { key: chosen.key, value: parsed.value, from, ...(sport === undefined ? {} : { sport }) };
    const clash = entries.find(
      (e) => e.id !== editing?.id && e.key === entry.key && e.from === from && e.sport === sport,
    );
    if (clash) return setProblem(`There is already ${describeEntry(clash, format)}. Edit that one instead.`);
    setProblem(null);
    try {
      await saveRecord(db, 'profile', { id: editing?.id ?? crypto.randomUUID(), ...entry });
    } catch (error) {
      return setProblem(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (valueInput.current) valueInput.current.value = '';
    onSaved(`Saved: ${describeEntry(entry, format)}.`);
  };

  const problemId = 'threshold-problem';
  return (
    <form class="threshold-form" onSubmit={save} aria-label={editing ? 'Edit threshold' : 'Add threshold'} noValidate>
      <h3>{editing ? `Edit ${describeEntry(editing, format)}` : 'Add a value'}</h3>
      <label>
        <span>What</span>
        <select
          name="key"
          value={key}
          onChange={(e) => setKey((e.currentTarget as HTMLSelectElement).value as ThresholdKey)}
        >
          {THRESHOLD_FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Value ({inputUnit(field, format.system)})</span>
        <input
          name="value"
          ref={valueInput}
          defaultValue={editing ? inputText(fieldFor(editing.key), editing.value, format.system) : ''}
          inputMode={field.shape.kind === 'number' ? 'decimal' : 'text'}
          placeholder={field.shape.kind === 'pace' ? '4:30' : ''}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
        />
      </label>
      <label>
        <span>In effect from</span>
        <input type="date" name="from" defaultValue={localIsoDate(editing?.from ?? Date.now())} />
      </label>
      {field.perSport && (
        <label>
          <span>For</span>
          <select name="sport" defaultValue={editing?.sport ?? ''}>
            <option value="">Every sport</option>
            {SPORT_CHOICES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label} only
              </option>
            ))}
          </select>
        </label>
      )}
      {problem !== null && (
        <p role="alert" id={problemId} class="form-problem">
          {problem}
        </p>
      )}
      <div class="form-actions">
        <button type="submit">{editing ? 'Save changes' : 'Add'}</button>
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
