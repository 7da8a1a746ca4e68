// Reflections on one session or one day: how it felt, what happened. Written
// here, kept on this device (and the athlete's synced devices), and sent to the
// AI only when the athlete allows notes in Settings.
import { useState } from 'preact/hooks';
import { listDatedNotes, listSessionNotes, type NoteRow, saveRecord } from '../../db/first-screen';
import { useServices } from '../common/services';
import { useLiveQuery } from '../common/use-live-query';
import { ReflectionItem } from './ReflectionItem';

export interface ReflectionsProps {
  /** The session reflected on, or null for the day itself. */
  readonly sessionId: string | null;
  /** 'YYYY-MM-DD' of the session or day. */
  readonly date: string;
  /** The question asked above the box ("How did this morning's run feel?"). */
  readonly question: string;
}

export const PRIVACY_NOTE = 'Private: never sent to the AI unless you allow notes in Settings.';

const isReflection = (sessionId: string | null) => (n: NoteRow) => n.kind === 'reflection' && n.sessionId === sessionId;

export function Reflections({ sessionId, date, question }: ReflectionsProps) {
  const { db } = useServices();
  const written = useLiveQuery(
    async () =>
      (sessionId === null ? await listDatedNotes(db, date, date) : await listSessionNotes(db, sessionId)).filter(
        isReflection(sessionId),
      ),
    [db, sessionId, date],
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (e: Event) => {
    e.preventDefault();
    if (text.trim() === '') return;
    try {
      await saveRecord(db, 'notes', {
        id: crypto.randomUUID(),
        kind: 'reflection',
        sessionId,
        date,
        text: text.trim(),
      });
      setText('');
      setError(null);
    } catch (failure) {
      setError(`Not saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <section class="reflections" aria-label={question}>
      <ul class="reflection-list">
        {(written.value ?? []).map((note) => (
          <ReflectionItem key={note.id} note={note} />
        ))}
      </ul>
      <form class="reflection-form" onSubmit={save}>
        <label>
          <span>{question}</span>
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <p class="reflection-privacy">{PRIVACY_NOTE}</p>
        <button type="submit" disabled={text.trim() === ''}>
          Save reflection
        </button>
        {(written.error || error) && <p role="alert">{error ?? written.error?.message}</p>}
      </form>
    </section>
  );
}
