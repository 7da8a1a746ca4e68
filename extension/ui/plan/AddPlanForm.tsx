// Adding a planned session: date, sport, target duration, and optionally
// distance (in the athlete's units), load and a title.
import { useState } from 'preact/hooks';
import { isoDateToDay } from '../../../shared/analytics';
import { saveRecord } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { sportLabel } from '../common/sport-label';
import { dayMs } from './plan-days';
import { PlanFieldInputs } from './PlanFieldInputs';
import { toPlanInput, type PlanFields } from './plan-input';

export interface AddPlanFormProps {
  /** 'YYYY-MM-DD' the date field starts at. */
  readonly defaultDate: string;
  /** Called with the saved plan's date, so the calendar can show its week. */
  readonly onSaved: (date: string) => void;
}

export function AddPlanForm({ defaultDate, onSaved }: AddPlanFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const empty: PlanFields = { date: defaultDate, sport: 'running', duration: '', distance: '', load: '', title: '' };
  const [fields, setFields] = useState<PlanFields>(empty);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = toPlanInput(fields, format.system);
    if ('error' in result) {
      setMessage({ text: result.error, error: true });
      return;
    }
    try {
      await saveRecord(db, 'plans', { id: crypto.randomUUID(), ...result.plan });
    } catch (error) {
      setMessage({
        text: `The plan could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
      return;
    }
    setMessage({
      text: `Planned: ${sportLabel(result.plan.sport)} on ${format.date(dayMs(isoDateToDay(result.plan.date)), 0)}.`,
      error: false,
    });
    setFields({ ...empty, date: fields.date, sport: fields.sport });
    onSaved(result.plan.date);
  };

  return (
    <details class="plan-add">
      <summary>Add a planned session</summary>
      <form class="plan-form" onSubmit={submit} noValidate>
        <PlanFieldInputs fields={fields} onField={(key, value) => setFields((prev) => ({ ...prev, [key]: value }))} />
        <button type="submit">Add to plan</button>
        {message && (
          <p class={message.error ? 'plan-form-error' : 'plan-form-saved'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
