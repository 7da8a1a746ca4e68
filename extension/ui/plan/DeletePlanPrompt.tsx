// Asking once before a planned session is deleted, naming exactly which one
// (docs/ui.md, "Long work and errors"). Shown above the calendar: a day cell is too
// narrow to hold the question.
import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteRecord, type PlanRow } from '../../db';
import { useFormat } from '../common/format-context';
import { useServices } from '../common/services';
import { planLabel } from './plan-label';

export function DeletePlanPrompt({ plan, onClose }: { plan: PlanRow; onClose: () => void }) {
  const { db } = useServices();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [plan.id]);

  const remove = async () => {
    try {
      await deleteRecord(db, 'plans', plan.id);
      onClose();
    } catch (e) {
      setError(`The plan could not be deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div class="plan-confirm" role="group" aria-label="Delete a planned session">
      <p>Delete the {planLabel(plan, format)}?</p>
      <button type="button" ref={confirm} onClick={() => void remove()}>
        Delete plan
      </button>
      <button type="button" onClick={onClose}>
        Keep it
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
