// The form band and ramp limit the athlete chose (Settings), kept as a synced
// settings row like any of their choices; Today and the AI read it.
import {
  DEFAULT_FORM_ZONE,
  DEFAULT_RAMP_LIMIT,
  FORM_ZONES,
  type FormGoal,
  type FormZone,
} from '../../shared/analytics/days/form-target';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { saveRecord } from './save-record';

export const FORM_CHOICE_ID = 'form-target';

export interface FormChoice {
  readonly zone: FormZone;
  /** CTL gained per 7 days at most. */
  readonly rampLimit: number;
}

export const DEFAULT_FORM_CHOICE: FormChoice = { zone: DEFAULT_FORM_ZONE, rampLimit: DEFAULT_RAMP_LIMIT };

/** The goal the analytics compute with. */
export function formGoal(choice: FormChoice): FormGoal {
  const { min, max } = FORM_ZONES[choice.zone];
  return { min, max, rampLimit: choice.rampLimit };
}

function isFormChoice(value: unknown): value is FormChoice {
  if (typeof value !== 'object' || value === null) return false;
  const { zone, rampLimit } = value as Record<string, unknown>;
  return typeof zone === 'string' && zone in FORM_ZONES && typeof rampLimit === 'number' && rampLimit > 0;
}

/** The athlete's choice; the defaults when none is stored, or when a stored one is not a valid choice. */
export async function readFormChoice(handle: SessionsDb): Promise<FormChoice> {
  const row = await tablesOf(handle).settings.get(FORM_CHOICE_ID);
  return isLive(row) && isFormChoice(row.value) ? row.value : DEFAULT_FORM_CHOICE;
}

export async function saveFormChoice(handle: SessionsDb, choice: FormChoice): Promise<void> {
  const given: unknown = choice;
  if (!isFormChoice(given))
    throw new RangeError(`not a form choice: zone ${String(choice.zone)}, ramp limit ${String(choice.rampLimit)}`);
  await saveRecord(handle, 'settings', { id: FORM_CHOICE_ID, value: choice });
}
