// The athlete's corrections: title, sport, notes and RPE, saved through the
// database's updateSession (which remembers them over later merges). Only a
// field the athlete changed counts as corrected; each can go back to the file's.
import { useState } from 'preact/hooks';
import type { Sport } from '../../../shared/model';
import { updateSession, type SessionPatch, type SessionRow } from '../../db';
import { useServices } from '../common/services';
import { SPORT_CHOICES, sportLabel } from '../common/sport-label';
import { RPE_WORDS } from '../common/rpe-words';
import { ImportedBeside } from './CorrectValues';

const quoted = (text: string | null | undefined) => (text ? `“${text}”` : 'none');

export function EditSession({ session }: { session: SessionRow }) {
  const { db } = useServices();
  const [status, setStatus] = useState('');

  // The form's fields are read when it is sent, so what is saved is what the athlete sees in it.
  const save = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '');
    const typed: SessionPatch = {
      title: field('title').trim() === '' ? null : field('title').trim(),
      sport: field('sport') as Sport,
      notes: field('notes').trim() === '' ? null : field('notes'),
      rpe: field('rpe') === '' ? null : Number(field('rpe')),
    };
    const patch = Object.fromEntries(
      (['title', 'sport', 'notes', 'rpe'] as const).filter((f) => typed[f] !== session[f]).map((f) => [f, typed[f]]),
    );
    setStatus('Saving…');
    try {
      const saved = await updateSession(db, session.id, patch);
      setStatus(saved === undefined ? 'This session was deleted elsewhere; nothing was saved.' : 'Saved.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form class="edit-session" onSubmit={save} aria-label="Edit session">
      <h3>Notes and effort</h3>
      {/* Keyed by the stored row: after a save or an undo the fields start again from the stored values. */}
      <div key={session.updatedAt} class="edit-fields">
        <label>
          <span>Title</span>
          <input name="title" defaultValue={session.title ?? ''} />
        </label>
        <ImportedBeside session={session} field="title" text={quoted(session.imported?.title)} onUndone={setStatus} />
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
        <ImportedBeside
          session={session}
          field="sport"
          text={session.imported?.sport ? sportLabel(session.imported.sport) : 'none'}
          onUndone={setStatus}
        />
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
        <ImportedBeside
          session={session}
          field="rpe"
          text={session.imported?.rpe == null ? 'none' : String(session.imported.rpe)}
          onUndone={setStatus}
        />
        <label>
          <span>Notes</span>
          <textarea name="notes" rows={4} defaultValue={session.notes ?? ''} />
        </label>
        <ImportedBeside session={session} field="notes" text={quoted(session.imported?.notes)} onUndone={setStatus} />
      </div>
      <div class="form-actions">
        <button type="submit">Save changes</button>
        <output aria-live="polite">{status}</output>
      </div>
    </form>
  );
}
