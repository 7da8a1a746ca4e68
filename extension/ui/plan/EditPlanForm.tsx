// Editing a planned session: every field of the add form, filled in from the
// plan and checked the same way (plan-input.ts). Saved over the same id with a
// new change time, so sync passes the edit on; a structured workout's steps stay.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type PlanRow, saveRecord } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { planLabel } from './plan-label';
import { PlanFieldInputs } from './PlanFieldInputs';
import { editPlan, type PlanFields, toPlanFields } from './plan-input';

export interface EditPlanFormProps {
  readonly plan: PlanRow;
  /** Called after saving (with the plan's new date) or cancelling (with null). */
  readonly onClose: (savedDate: string | null) => void;
}

export function EditPlanForm({ plan, onClose }: EditPlanFormProps) {
  const { db } = useServices();
  const format = useFormat();
  const [fields, setFields] = useState<PlanFields>(() => toPlanFields(plan, format.system));
  const [error, setError] = useState<string | null>(null);
  const dateField = useRef<HTMLInputElement>(null);
  useEffect(() => dateField.current?.focus(), [plan.id]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = editPlan(plan, fields, format.system);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    try {
      await saveRecord(db, 'plans', result.plan);
    } catch (failure) {
      setError(`The plan could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
      return;
    }
    onClose(result.plan.date);
  };
  const label = `Edit the ${planLabel(plan, format)}`;
  return (
    <form
      class="plan-form plan-edit-form"
      aria-label={label}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(null);
      }}
      noValidate
    >
      <p class="plan-edit-heading">{label}</p>
      <PlanFieldInputs
        fields={fields}
        dateRef={dateField}
        onField={(key, value) => setFields((previous) => ({ ...previous, [key]: value }))}
      />
      <button type="submit">Save changes</button>
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
