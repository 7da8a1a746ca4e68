// Copying a week's planned sessions to another week: the athlete picks any day
// of the target week; each plan lands on the same weekday there, as a new plan.
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyWeekPlans, dayToIsoDate, isoDateToDay, weekStartDay } from '../../../shared/analytics';
import { listPlans, saveRecords } from '../../db';
import { useFormat } from '../common/format-context';
import { counted } from '../common/plural';
import { useServices } from '../common/services';
import { dayMs } from './plan-days';

export interface CopyWeekFormProps {
  /** Monday (day number) of the week copied. */
  readonly monday: number;
  /** Called with a sentence saying what was copied where, and the target Monday; or null when cancelled. */
  readonly onClose: (done: { message: string; monday: number } | null) => void;
}

export function CopyWeekForm({ monday, onClose }: CopyWeekFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const [target, setTarget] = useState(dayToIsoDate(monday + 7));
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [monday]);
  const short = new Intl.DateTimeFormat(format.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const weekName = (m: number) => `${short.format(dayMs(m))} – ${short.format(dayMs(m + 6))}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const day = isoDateToDay(target);
    if (Number.isNaN(day)) return setError('Choose a day in the week to copy to.');
    const to = weekStartDay(day);
    if (to === monday) return setError('Choose another week than the one copied.');
    try {
      const plans = await listPlans(db, { from: dayToIsoDate(monday), to: dayToIsoDate(monday + 6) });
      if (plans.length === 0) return setError(`The week of ${weekName(monday)} has no planned sessions to copy.`);
      await saveRecords(
        db,
        'plans',
        copyWeekPlans(plans, monday, to, () => crypto.randomUUID()),
      );
      onClose({
        message: `Copied ${counted(plans.length, 'planned session', 'planned sessions', format.number)} to the week of ${weekName(to)}.`,
        monday: to,
      });
    } catch (failure) {
      setError(`The week could not be copied: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  const label = `Copy the plans of the week of ${weekName(monday)}`;
  return (
    <form
      class="plan-form plan-copy-form"
      aria-label={label}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(null);
      }}
      noValidate
    >
      <p class="plan-edit-heading">{label}</p>
      <label>
        <span>To the week of</span>
        <input type="date" ref={field} value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
      </label>
      <button type="submit">Copy week</button>
      <button type="button" onClick={() => onClose(null)}>
        Cancel
      </button>
      {error && (
        <p class="plan-form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
