// The athlete's corrections of a session's values. A corrected value replaces the
// file's on the row itself, so every reader (lists, the detail, load, the AI's
// facts, sync) uses it without knowing about corrections; the file's value is
// kept beside it (`imported`) to be shown and to undo the correction. A merge
// with another file recomposes the row the same way (reapplyCorrections).
import type { LoadInputs } from '../../shared/analytics';
import { metersPerSecond, seconds, SPORTS, type Session } from '../../shared/model';
import { EDITABLE_FIELDS, type EditableField, type ImportedValues, type SessionRow } from './records';

/** A correction per field; null clears a value (no distance, no RPE). */
export type SessionPatch = { readonly [F in EditableField]?: Session[F] };

type Summary = Omit<Session, 'streams'>;

const HR_RANGE = [20, 250] as const;
const POWER_RANGE = [0, 3000] as const;

function checkRange(
  label: string,
  value: number | null | undefined,
  [low, high]: readonly [number, number],
  unit: string,
) {
  if (value == null) return;
  if (!Number.isFinite(value) || value < low || value > high)
    throw new RangeError(`${label} must be between ${low} and ${high} ${unit}, not ${value}`);
}

/** Rejects, with the problem named, a value no session can have. */
export function checkPatch(patch: SessionPatch): void {
  if (patch.sport !== undefined && !SPORTS.includes(patch.sport))
    throw new RangeError(`"${patch.sport}" is not a sport SessionsAI knows`);
  if (patch.rpe != null && !(patch.rpe >= 0 && patch.rpe <= 10))
    throw new RangeError(`RPE must be between 0 and 10, not ${patch.rpe}`);
  if (patch.start !== undefined && !Number.isFinite(patch.start)) throw new RangeError('The start is not a valid time');
  if (patch.elapsedS !== undefined && !(patch.elapsedS > 0))
    throw new RangeError('The end must be after the start: the duration has to be longer than zero');
  if (patch.distanceM != null && !(patch.distanceM >= 0)) throw new RangeError('A distance cannot be negative');
  if (patch.ascentM != null && !(patch.ascentM >= 0)) throw new RangeError('An ascent cannot be negative');
  checkRange('Average heart rate', patch.avgHr, HR_RANGE, 'bpm');
  checkRange('Maximum heart rate', patch.maxHr, HR_RANGE, 'bpm');
  checkRange('Average power', patch.avgPowerW, POWER_RANGE, 'W');
  checkRange('Maximum power', patch.maxPowerW, POWER_RANGE, 'W');
}

/** An average above its maximum is a contradiction the athlete should see, whichever of the two they typed. */
function checkConsistent(s: Summary): void {
  if (s.avgHr !== null && s.maxHr !== null && s.avgHr > s.maxHr)
    throw new RangeError(`Average heart rate (${s.avgHr} bpm) cannot be above the maximum (${s.maxHr} bpm)`);
  if (s.avgPowerW !== null && s.maxPowerW !== null && s.avgPowerW > s.maxPowerW)
    throw new RangeError(`Average power (${s.avgPowerW} W) cannot be above the maximum (${s.maxPowerW} W)`);
}

/** The corrected values the row holds, by field. */
function correctionsOf(row: SessionRow): SessionPatch {
  return Object.fromEntries(row.editedFields.map((field) => [field, row[field]]));
}

/** The row as its files have it: corrected values swapped back for the imported ones where those are known. */
export function asImported(row: SessionRow): SessionRow {
  const { imported, ...rest } = row;
  return { ...rest, ...imported };
}

/**
 * `files` with `corrections` laid over it, the values that follow them derived again, and what the files said
 * for each (only where `known`: a correction stored before imported values were kept has lost the file's value).
 */
function compose(
  files: Summary,
  corrections: SessionPatch,
  known: (field: EditableField) => boolean,
): { summary: Summary; imported: ImportedValues } {
  const fields = Object.keys(corrections) as EditableField[];
  const summary: Record<string, unknown> = { ...files, ...corrections };
  const imported: Record<string, unknown> = {};
  // A session logged by hand has no file, so nothing was imported.
  const fromFiles = files.sources.length > 0;
  const keep = (field: keyof ImportedValues) => {
    if (fromFiles) imported[field] = files[field];
  };
  for (const field of fields) if (known(field)) keep(field);
  // The file's sub-sport belonged to its sport.
  if (corrections.sport !== undefined && corrections.sport !== files.sport) {
    summary.subSport = 'generic';
    keep('subSport');
  }
  if (corrections.elapsedS !== undefined || corrections.distanceM !== undefined) {
    // One cannot move for longer than the session lasted; speed is distance over moving time.
    const elapsed = corrections.elapsedS ?? files.elapsedS;
    const moving = Math.min(files.movingS, elapsed);
    const distance = corrections.distanceM !== undefined ? corrections.distanceM : files.distanceM;
    summary.movingS = seconds(moving);
    if (corrections.distanceM !== undefined || moving !== files.movingS)
      summary.avgSpeed = distance === null || moving <= 0 ? null : metersPerSecond(distance / moving);
    keep('movingS');
    keep('avgSpeed');
  }
  return { summary: summary as unknown as Summary, imported: imported as ImportedValues };
}

function withComposed(row: SessionRow, corrections: SessionPatch, known: (f: EditableField) => boolean): SessionRow {
  const { summary, imported } = compose(asImported(row), corrections, known);
  checkConsistent(summary);
  const { imported: _old, ...rest } = row;
  return {
    ...rest,
    ...summary,
    editedFields: Object.keys(corrections) as EditableField[],
    ...(Object.keys(imported).length > 0 && { imported }),
  };
}

/** The row with `patch` applied over its earlier corrections. Throws a RangeError naming a value out of range. */
export function correctRow(row: SessionRow, patch: SessionPatch): SessionRow {
  checkPatch(patch);
  const given = Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => patch[field] !== undefined).map((field) => [field, patch[field]]),
  );
  const earlier = new Set(Object.keys(row.imported ?? {}));
  // A field corrected now for the first time shows the file's value today.
  const known = (field: EditableField) => earlier.has(field) || !row.editedFields.includes(field);
  return withComposed(row, { ...correctionsOf(row), ...given }, known);
}

/** The row with `field` back to its imported value. Throws when the file's value is not known. */
export function undoCorrection(row: SessionRow, field: EditableField): SessionRow {
  if (row.imported === undefined || !(field in row.imported))
    throw new Error(`This session has no imported ${field} to go back to`);
  const { [field]: _undone, ...others } = correctionsOf(row);
  const imported = row.imported;
  return withComposed(row, others, (f) => f in imported);
}

/** A session merged from files, with the stored row's corrections kept over what the files say. */
export function reapplyCorrections(
  stored: SessionRow,
  fromFiles: Session,
): { session: Session; imported: ImportedValues } {
  const { summary, imported } = compose(fromFiles, correctionsOf(stored), () => true);
  return { session: { ...fromFiles, ...summary }, imported };
}

const CHANNEL_OF: Partial<Record<EditableField, 'speed' | 'heartRate' | 'power'>> = {
  elapsedS: 'speed',
  distanceM: 'speed',
  avgHr: 'heartRate',
  maxHr: 'heartRate',
  avgPowerW: 'power',
  maxPowerW: 'power',
};

/**
 * The load inputs the samples gave, less the channels a correction contradicts: load then scores those from the
 * corrected summary (average power, distance over moving time, average heart rate), the athlete's values.
 */
export function correctedLoadInputs(row: SessionRow): LoadInputs | null | undefined {
  const dropped = new Set(row.editedFields.flatMap((field) => CHANNEL_OF[field] ?? []));
  if (dropped.size === 0 || !row.loadInputs) return row.loadInputs;
  return row.loadInputs.map((stretch) => ({
    power: dropped.has('power') ? null : stretch.power,
    speed: dropped.has('speed') ? null : stretch.speed,
    heartRate: dropped.has('heartRate') ? null : stretch.heartRate,
  }));
}

/** Whether a correction changes how the session's load is scored, so the samples' load no longer holds. */
export function correctsLoad(row: SessionRow): boolean {
  return row.editedFields.some((field) => CHANNEL_OF[field] !== undefined);
}
