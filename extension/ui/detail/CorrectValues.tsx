// Correcting the numbers a file recorded wrongly (start, duration, distance,
// ascent, heart rate, power). A corrected field shows the file's value beside
// it and can go back to it; the athlete's value is what every view then uses.
import { useState } from 'preact/hooks';
import { revertCorrection, updateSession, type EditableField, type SessionRow } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import {
  CORRECTION_FIELDS,
  changedValues,
  fieldText,
  importedText,
  unitOf,
  type NumberField,
} from './correction-fields';

type Texts = Record<NumberField, string>;

/** "imported 139 bpm" and a button back to it, beside a corrected field; nothing for a field not corrected. */
export function ImportedBeside({
  session,
  field,
  text,
  onUndone,
}: {
  session: SessionRow;
  field: EditableField;
  text: string;
  onUndone: (message: string) => void;
}) {
  const { db } = useServices();
  if (session.imported === undefined || !(field in session.imported)) return null;
  const undo = async () => {
    try {
      await revertCorrection(db, session.id, field);
      onUndone(`Back to the imported value (${text}).`);
    } catch (error) {
      onUndone(`Not undone: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <span class="imported-value">
      imported {text}{' '}
      <button type="button" class="link" onClick={() => void undo()}>
        Undo correction
      </button>
    </span>
  );
}

export function CorrectValues({ session }: { session: SessionRow }) {
  const { db } = useServices();
  const format = useFormat();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  // The fields are read when the form is sent, so what is saved is what the athlete sees in them.
  const save = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const texts = Object.fromEntries(CORRECTION_FIELDS.map((f) => [f.key, String(form.get(f.key) ?? '')])) as Texts;
    const changed = changedValues(texts, session, format);
    if ('error' in changed) return setStatus({ text: changed.error, error: true });
    if (Object.keys(changed.patch).length === 0) return setStatus({ text: 'Nothing changed.', error: false });
    try {
      const saved = await updateSession(db, session.id, changed.patch);
      setStatus(
        saved === undefined
          ? { text: 'This session was deleted elsewhere; nothing was saved.', error: true }
          : { text: 'Saved. Your values are used everywhere from now on.', error: false },
      );
    } catch (error) {
      setStatus({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };

  return (
    <form class="edit-session correct-values" onSubmit={save} noValidate aria-label="Correct the numbers">
      <h3>Correct the numbers</h3>
      <p class="settings-note">
        Where the file got something wrong. Your value replaces it in every view, the load and the AI's facts; the
        file's value stays beside it.
      </p>
      {/* Keyed by the stored row: after a save or an undo the fields start again from the stored values. */}
      <div key={session.updatedAt} class="edit-fields">
        {CORRECTION_FIELDS.map((field) => {
          const unit = unitOf(field.key, session.sport, format);
          return (
            <div key={field.key} class="correct-field">
              <label for={`correct-${field.key}`}>
                <span>
                  {field.label}
                  {unit && ` (${unit})`}
                </span>
                {field.input === 'datetime-local' ? (
                  <input
                    id={`correct-${field.key}`}
                    name={field.key}
                    type="datetime-local"
                    defaultValue={fieldText(field.key, session, format)}
                  />
                ) : (
                  <input
                    id={`correct-${field.key}`}
                    name={field.key}
                    type="text"
                    defaultValue={fieldText(field.key, session, format)}
                  />
                )}
              </label>
              <ImportedBeside
                session={session}
                field={field.key}
                text={importedText(field.key, session.imported?.[field.key] ?? null, session, format)}
                onUndone={(text) => setStatus({ text, error: text.startsWith('Not') })}
              />
            </div>
          );
        })}
      </div>
      <div class="form-actions">
        <button type="submit">Save corrections</button>
        <output aria-live="polite">{status?.text ?? ''}</output>
      </div>
    </form>
  );
}
