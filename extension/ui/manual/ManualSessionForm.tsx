// Logging a workout without a file, or correcting one logged so: sport, date and
// time, duration, distance (the athlete's units), RPE, title and notes. Its load
// is scored from the RPE (session-RPE), so the form asks for it.
import { useState } from 'preact/hooks';
import { localIsoDate } from '../../../shared/analytics/common/day';
import { saveManualSession, type SessionRow } from '../../db/first-screen';
import { RPE_WORDS } from '../common/rpe-words';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { SPORT_CHOICES } from '../common/sport-label';
import { manualFields, toManualEntry, type ManualFields } from './manual-input';

export interface ManualSessionFormProps {
  /** The hand-logged session being corrected; absent to log a new one (today's date). */
  readonly session?: SessionRow;
}

export function ManualSessionForm({ session }: ManualSessionFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const blank: ManualFields = {
    date: localIsoDate(),
    time: '07:00',
    sport: 'running',
    duration: '',
    distance: '',
    rpe: '',
    title: '',
    notes: '',
  };
  const [fields, setFields] = useState<ManualFields>(() =>
    session === undefined ? blank : manualFields(session, format.system),
  );
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const set = (key: keyof ManualFields) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setFields((previous) => ({ ...previous, [key]: value }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = toManualEntry(fields, format.system);
    if ('error' in result) {
      setMessage({ text: result.error, error: true });
      return;
    }
    try {
      const saved = await saveManualSession(db, result.entry, session?.id);
      if (saved === undefined) {
        setMessage({ text: 'This session is no longer a hand-logged one; nothing was saved.', error: true });
        return;
      }
    } catch (error) {
      setMessage({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}`, error: true });
      return;
    }
    setMessage({ text: session === undefined ? 'Logged. It is in your sessions.' : 'Saved.', error: false });
    if (session === undefined) setFields({ ...blank, date: fields.date, sport: fields.sport });
  };

  const distanceUnit = format.system === 'imperial' ? 'mi' : 'km';
  return (
    <form class="manual-form" onSubmit={submit} noValidate aria-label={session ? 'Edit the workout' : 'Log a workout'}>
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
        <span>Date</span>
        <input type="date" required value={fields.date} onInput={set('date')} />
      </label>
      <label>
        <span>Start time</span>
        <input type="time" required value={fields.time} onInput={set('time')} />
      </label>
      <label>
        <span>Duration (h:mm)</span>
        <input
          type="text"
          inputMode="numeric"
          placeholder="0:45"
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
        <span>RPE (perceived effort, 0–10): scores the load</span>
        <select value={fields.rpe} onChange={set('rpe')}>
          <option value="">Not given</option>
          {RPE_WORDS.map((word, i) => (
            <option key={i} value={String(i)}>
              {i} · {word}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Title (optional)</span>
        <input type="text" value={fields.title} onInput={set('title')} />
      </label>
      <label>
        <span>Notes (optional)</span>
        <textarea rows={3} value={fields.notes} onInput={set('notes')} />
      </label>
      <button type="submit">{session ? 'Save changes' : 'Log workout'}</button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'form-error' : 'form-saved'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
