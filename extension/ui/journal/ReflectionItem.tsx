// One written reflection, in the journal or on its session or day: read, edited
// in place (saved over the same id, so sync passes the new text on) or deleted.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteRecord, type NoteRow, saveRecord } from '../../db/first-screen';
import { useServices } from '../common/services';

export interface ReflectionItemProps {
  readonly note: NoteRow;
  /** Shown before the text (the journal's date). */
  readonly before?: ComponentChildren;
  /** Shown after the buttons (the journal's link to the session). */
  readonly after?: ComponentChildren;
}

const reason = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

export function ReflectionItem({ note, before, after }: ReflectionItemProps) {
  const { db } = useServices();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const wasEditing = useRef(false);
  // Focus follows the athlete: into the box when editing starts, back to Edit when it ends.
  useEffect(() => {
    if (editing) box.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const save = async (e: Event) => {
    e.preventDefault();
    const text = (draft ?? '').trim();
    if (text === '') {
      setError('Write something, or delete the reflection.');
      return;
    }
    try {
      await saveRecord(db, 'notes', { ...note, text });
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(`Not saved: ${reason(failure)}`);
    }
  };
  const remove = () =>
    deleteRecord(db, 'notes', note.id).catch((failure: unknown) => setError(`Not deleted: ${reason(failure)}`));
  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  return (
    <li class="reflection-item">
      {before}
      {editing ? (
        <form
          class="reflection-edit"
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <label>
            <span class="visually-hidden">Your reflection</span>
            <textarea ref={box} rows={3} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <p>{note.text}</p>
          <button
            type="button"
            ref={editButton}
            onClick={() => setDraft(note.text)}
            aria-label={`Edit the reflection "${note.text}"`}
          >
            Edit
          </button>
          <button type="button" onClick={() => void remove()} aria-label={`Delete the reflection "${note.text}"`}>
            Delete
          </button>
        </>
      )}
      {after}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
