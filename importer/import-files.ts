// The importer's front door: files in (loose, gzipped, zipped, a whole
// Strava or Garmin export), one session per workout out, with every problem
// named by file. Archives are opened lazily, one entry at a time, so an
// export is never held decompressed in memory all at once.
import type { ImportedWorkout, ImportIssue, ImportResult } from '../shared/model';
import { DecompressionBudget } from './archive/budget';
import { arrivedFile, type PendingFile } from './archive/pending-file';
import { partlyDecompressed } from './archive/read-xml-while-inflating';
import { unpack } from './archive/unpack';
import { contentHash } from './content-hash';
import { Deadline } from './deadline';
import { withFileWarnings } from './file-warnings';
import { SessionSet } from './dedup/session-set';
import type { ImportInput, ImportOptions } from './import-types';
import { DEFAULT_LIMITS } from './limits';
import { parseWorkout } from './parse-workout';
import { readActivitiesCsv } from './strava-export/activities-csv';
import { applyStravaActivities } from './strava-export/apply-activities';
import { eventLoopYielder } from './yield-to-event-loop';

/** Names of files skipped inside archives are listed up to this many per archive. */
const LISTED_SKIPS = 5;

class ImportRun {
  readonly sessions = new SessionSet();
  readonly warnings: ImportIssue[] = [];
  readonly errors: ImportIssue[] = [];
  readonly workouts: ImportedWorkout[] = [];
  /** Every file met, readable or not, so a Strava row is "missing" only when its file truly is. */
  readonly seenFiles = new Set<string>();
  readonly stravaCsvs: { file: string; bytes: Uint8Array }[] = [];
  /** Archive -> entries in it that are no workouts. */
  readonly notWorkouts = new Map<string, string[]>();

  constructor(
    readonly budget: DecompressionBudget,
    private readonly fileTimeMs: number,
    private readonly onWorkoutFile: ImportOptions['onWorkoutFile'],
  ) {}

  /** Imports one file; returns the archive entries it revealed, to queue. */
  async importFile(file: PendingFile): Promise<readonly PendingFile[]> {
    this.seenFiles.add(file.name);
    const deadline = new Deadline(this.fileTimeMs);
    const read = file.read(this.budget, deadline);
    if (read.kind === 'failed') {
      this.errors.push({
        file: file.name,
        code: read.code,
        message: `${file.name}: ${read.reason}; nothing was imported from it`,
      });
      return [];
    }
    if (read.kind === 'not-workout') {
      this.noteNotWorkout(file);
      return [];
    }
    const unpacked = unpack(file, read.bytes, this.budget, deadline);
    if (!read.intact) {
      unpacked.warnings.unshift({
        file: file.name,
        code: 'bad-crc',
        message: `${file.name}: its checksum in ${file.archive} does not match its data; it was read anyway`,
      });
    }
    if (read.partial) {
      unpacked.warnings.unshift({
        file: file.name,
        code: 'truncated',
        message: `${file.name}: ${partlyDecompressed(read.bytes.length)}`,
      });
    }
    const content = unpacked.content;
    if (content.kind === 'workout') {
      const hash = await contentHash(content.bytes);
      this.onWorkoutFile?.({ name: file.name, contentHash: hash, bytes: content.bytes });
      const parsed = parseWorkout(content.format, content.bytes, file.name, hash, deadline);
      // What unpacking found (a wrong checksum, a misleading name) is about the file, so about its sessions too.
      const added = this.sessions.addFile(file.name, withFileWarnings(parsed.sessions, unpacked.warnings));
      // The same workout file twice (loose and in a zip) is one planned workout.
      for (const w of parsed.workouts ?? [])
        if (!this.workouts.some((kept) => kept.contentHash === w.contentHash)) this.workouts.push(w);
      // A byte-for-byte duplicate says nothing new: only the duplicate is reported.
      if (!added.duplicate) {
        this.warnings.push(...unpacked.warnings, ...parsed.warnings);
        this.errors.push(...unpacked.errors, ...parsed.errors);
      }
      this.warnings.push(...added.warnings);
      return [];
    }
    this.warnings.push(...unpacked.warnings);
    this.errors.push(...unpacked.errors);
    if (content.kind === 'strava-activities-csv') this.stravaCsvs.push({ file: file.name, bytes: content.bytes });
    if (content.kind === 'not-workout') this.noteNotWorkout(file);
    return content.kind === 'entries' ? content.entries : [];
  }

  private noteNotWorkout(file: PendingFile): void {
    const archive = file.archive ?? '';
    this.notWorkouts.set(archive, [...(this.notWorkouts.get(archive) ?? []), file.name.slice(archive.length + 1)]);
  }

  /** What only the whole import can tell: Strava rows onto their sessions, and what archives held besides workouts. */
  finish(): ImportResult {
    for (const csv of this.stravaCsvs) {
      const read = readActivitiesCsv(new TextDecoder('utf-8').decode(csv.bytes));
      if (read.kind === 'failed') {
        this.errors.push({
          file: csv.file,
          code: 'unsupported',
          message: `${csv.file}: not a Strava activities.csv that can be read (${read.reason}); names and details from it were not applied`,
        });
        continue;
      }
      if (!read.complete) {
        this.warnings.push({
          file: csv.file,
          code: 'truncated',
          message: `${csv.file}: ends inside a quoted field (cut short); the ${read.activities.length} rows before the break were applied`,
        });
      }
      this.warnings.push(...applyStravaActivities(csv.file, read.activities, this.sessions, this.seenFiles));
    }
    for (const [archive, names] of this.notWorkouts) {
      const listed = names.slice(0, LISTED_SKIPS).join(', ');
      const more = names.length > LISTED_SKIPS ? ` and ${names.length - LISTED_SKIPS} more` : '';
      this.warnings.push({
        file: archive,
        code: 'not-activity',
        message: `${archive}: skipped ${names.length} ${names.length === 1 ? 'file that is not a workout' : 'files that are not workouts'} (${listed}${more})`,
      });
    }
    const result = { sessions: [...this.sessions.sessions], warnings: this.warnings, errors: this.errors };
    return this.workouts.length > 0 ? { ...result, workouts: this.workouts } : result;
  }
}

/**
 * Imports workout files: FIT, GPX, TCX, gzip and zip archives of them
 * (nested), Strava bulk exports and Garmin "export original" zips. Never
 * throws on bad input: every problem is an error or warning naming its
 * file. Rejects only when `options.signal` aborts, with the signal's reason.
 */
export async function importFiles(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const run = new ImportRun(new DecompressionBudget(limits), limits.fileTimeMs, options.onWorkoutFile);
  // A stack, so an archive's entries are imported right after it, in order. Inputs become files as their bytes arrive.
  const pending: (PendingFile | ImportInput)[] = [...inputs].reverse();
  let filesTotal = inputs.length;
  let filesDone = 0;
  const yieldNow = eventLoopYielder();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    options.signal?.throwIfAborted();
    const file = 'read' in next ? next : await arrivedFile(next);
    const revealed = await run.importFile(file);
    pending.push(...[...revealed].reverse());
    filesTotal += revealed.length;
    filesDone++;
    options.onProgress?.({
      filesDone,
      filesTotal,
      sessionsAdded: run.sessions.sessions.length,
      duplicatesSkipped: run.sessions.duplicatesSkipped,
      merged: run.sessions.merged,
      errors: run.errors.length,
      currentFile: file.name,
    });
    await yieldNow();
  }
  options.signal?.throwIfAborted();
  return run.finish();
}
