// The athlete's corrections: title, sport, notes and RPE, saved through the
// database's updateSession (which remembers them over later merges).
import { useState } from 'preact/hooks';
import type { Sport } from '../../../shared/model';
import { updateSession, type SessionRow } from '../../db';
import { useServices } from '../common/services';
import { SPORT_CHOICES } from '../common/sport-label';
import { RPE_WORDS } from '../common/rpe-words';

export function EditSession({ session }: { session: SessionRow }) {
  const { db } = useServices();
  const [status, setStatus] = useState('');

  // The form's fields are read when it is sent, so what is saved is what the athlete sees in it.
  const save = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '');
    setStatus('Saving…');
    try {
      const saved = await updateSession(db, session.id, {
        title: field('title').trim() === '' ? null : field('title').trim(),
        sport: field('sport') as Sport,
        notes: field('notes').trim() === '' ? null : field('notes'),
        rpe: field('rpe') === '' ? null : Number(field('rpe')),
      });
      setStatus(saved === undefined ? 'This session was deleted elsewhere; nothing was saved.' : 'Saved.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form class="edit-session" onSubmit={save} aria-label="Edit session">
      <h3>Notes and effort</h3>
      <label>
        <span>Title</span>
        <input name="title" defaultValue={session.title ?? ''} />
      </label>
      <label>
        <span>Sport</span>
        <select name="sport" defaultValue={session.sport}>
          {SPORT_CHOICES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>RPE (perceived effort, 0–10)</span>
        <select name="rpe" defaultValue={session.rpe === null ? '' : String(session.rpe)}>
          <option value="">Not given</option>
          {RPE_WORDS.map((word, i) => (
            <option key={i} value={String(i)}>
              {i} · {word}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Notes</span>
        <textarea name="notes" rows={4} defaultValue={session.notes ?? ''} />
      </label>
      <div class="form-actions">
        <button type="submit">Save changes</button>
        <output aria-live="polite">{status}</output>
      </div>
    </form>
  );
}
