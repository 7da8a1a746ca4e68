// One pending file's bytes -> what they hold: a workout to parse, a Strava
// activities.csv, the entries of a zip to queue, or a clear reason why not.
// gzip layers are peeled here (a ".fit.gz", a ".tcx.gz" inside a zip).
import type { ImportIssue, ImportIssueCode } from '../../shared/model';
import type { Deadline } from '../deadline';
import { detectFormat } from '../detect';
import { expansionCap, MAX_EXPANSION } from '../limits';
import type { DecompressionBudget } from './budget';
import { claimedWorkoutFormat, claimsGzip, isMacMetadata, looksLikeWorkout } from './entry-names';
import { formatBytes } from './format-bytes';
import { finishGunzip, openGunzip } from './gunzip';
import type { PendingFile } from './pending-file';
import { partlyDecompressed, readingStoppedEarly } from './read-xml-while-inflating';
import { readZipDirectory } from './zip-directory';
import { zipEntryFile } from './zip-entry-file';

/** Archives inside archives deeper than this are refused: no real export nests so far. */
export const MAX_ARCHIVE_DEPTH = 8;

export type WorkoutFormat = 'fit' | 'gpx' | 'tcx' | 'activity-json';

export type UnpackedContent =
  | { readonly kind: 'workout'; readonly format: WorkoutFormat; readonly bytes: Uint8Array }
  | { readonly kind: 'strava-activities-csv'; readonly bytes: Uint8Array }
  | { readonly kind: 'entries'; readonly entries: readonly PendingFile[] }
  /** Inside an archive and no workout (a photo, a profile CSV): counted, not reported one by one. */
  | { readonly kind: 'not-workout' }
  /** Nothing to import; the issues say why. */
  | { readonly kind: 'none' };

export interface Unpacked {
  readonly content: UnpackedContent;
  readonly warnings: ImportIssue[];
  readonly errors: ImportIssue[];
}

const FORMAT_NAMES: Readonly<Record<WorkoutFormat, string>> = {
  fit: 'FIT',
  gpx: 'GPX',
  tcx: 'TCX',
  'activity-json': 'activity JSON',
};

function hexHead(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * Peels gzip layers off `bytes` and says what is inside. A GPX or TCX is read
 * while it inflates, within the file's `deadline`. Never throws.
 */
export function unpack(
  file: PendingFile,
  bytes: Uint8Array,
  budget: DecompressionBudget,
  deadline: Deadline,
): Unpacked {
  const warnings: ImportIssue[] = [];
  const errors: ImportIssue[] = [];
  const issue = (code: ImportIssueCode, reason: string): ImportIssue => ({
    file: file.name,
    code,
    message: `${file.name}: ${reason}`,
  });
  const fail = (code: ImportIssueCode, reason: string): Unpacked => {
    errors.push(issue(code, reason));
    return { content: { kind: 'none' }, warnings, errors };
  };
  // Inside an archive, a file whose name promises no workout and whose bytes
  // are none is simply not part of the training history.
  const unreadable = (code: ImportIssueCode, reason: string): Unpacked =>
    file.archive !== null && !looksLikeWorkout(file.name)
      ? { content: { kind: 'not-workout' }, warnings, errors }
      : fail(code, reason);

  let depth = file.depth;
  let gunzipped = false;
  for (;;) {
    const { format, xmlRoot } = detectFormat(bytes);
    switch (format) {
      case 'gzip': {
        if (depth >= MAX_ARCHIVE_DEPTH)
          return fail('unsupported', `archives are nested more than ${MAX_ARCHIVE_DEPTH} deep: not read`);
        const ratioCap = expansionCap(bytes.length);
        const ceiling = Math.min(budget.bytesLeft, ratioCap);
        const opened = openGunzip(bytes, ceiling);
        if ('stream' in opened && readingStoppedEarly(opened.stream, deadline)) {
          bytes = opened.stream.bytes;
          budget.bytesLeft -= bytes.length;
          warnings.push(issue('truncated', partlyDecompressed(bytes.length)));
          gunzipped = true;
          depth++;
          continue;
        }
        const out = 'stream' in opened ? finishGunzip(opened) : opened;
        if (out.kind === 'failed') {
          const limit =
            out.code !== 'too-large'
              ? ''
              : ratioCap < budget.bytesLeft
                ? ` (over ${MAX_EXPANSION} times its compressed size, which no workout file expands to: a decompression bomb)`
                : ` (the import's limit on decompressed data is ${formatBytes(budget.limits.maxDecompressedBytes)})`;
          return fail(out.code, `the gzip data cannot be read: ${out.reason}${limit}; nothing was imported from it`);
        }
        if (out.kind === 'truncated' && out.bytes.length === 0) {
          return fail(
            'truncated',
            'the gzip data is cut short before anything could be decompressed; nothing was imported from it',
          );
        }
        budget.bytesLeft -= out.bytes.length;
        if (out.kind === 'truncated') {
          // What came out before the break may still hold a workout (a FIT keeps its records up to the cut).
          errors.push(
            issue(
              'truncated',
              `the gzip data is cut short; the ${formatBytes(out.bytes.length)} decompressed before the break were read`,
            ),
          );
        } else if (!out.intact) {
          warnings.push(
            issue('bad-crc', 'the gzip checksum or size does not match the decompressed data; it was read anyway'),
          );
        }
        bytes = out.bytes;
        gunzipped = true;
        depth++;
        continue;
      }
      case 'zip': {
        const zip = listZip(file, bytes, depth, budget, issue);
        return { content: zip.content, warnings: [...warnings, ...zip.warnings], errors: [...errors, ...zip.errors] };
      }
      case 'fit':
      case 'gpx':
      case 'tcx':
      case 'activity-json': {
        const claimed = claimedWorkoutFormat(file.name);
        if (claimed !== null && claimed !== format) {
          warnings.push(
            issue(
              'unknown-format',
              `is named .${claimed} but holds ${FORMAT_NAMES[format]}: read as ${FORMAT_NAMES[format]}`,
            ),
          );
        } else if (claimsGzip(file.name) && !gunzipped) {
          warnings.push(
            issue('unknown-format', `is named .gz but is not gzip-compressed: read as plain ${FORMAT_NAMES[format]}`),
          );
        }
        return { content: { kind: 'workout', format, bytes }, warnings, errors };
      }
      case 'strava-activities-csv':
        return { content: { kind: 'strava-activities-csv', bytes }, warnings, errors };
      case 'apple-double':
        warnings.push(issue('not-activity', 'is macOS metadata (an AppleDouble "._" file), not a workout: skipped'));
        return { content: { kind: 'none' }, warnings, errors };
      case 'empty':
        return unreadable(
          'empty-file',
          `${gunzipped ? 'decompresses to nothing' : 'is empty'} (0 bytes): there is nothing to import`,
        );
      case 'other-xml':
        return unreadable('unsupported', `is XML with a <${xmlRoot}> root, not GPX or TCX: not imported`);
      case 'unknown':
        return unreadable(
          'unknown-format',
          `is not a FIT, GPX or TCX file, nor a gzip or zip of them (it starts with bytes ${hexHead(bytes)}): not imported`,
        );
    }
  }
}

/** A zip's entries as pending files, after the depth and entry-count limits and without macOS metadata. */
function listZip(
  file: PendingFile,
  bytes: Uint8Array,
  depth: number,
  budget: DecompressionBudget,
  issue: (code: ImportIssueCode, reason: string) => ImportIssue,
): Unpacked {
  const none = { kind: 'none' } as const;
  if (depth >= MAX_ARCHIVE_DEPTH) {
    return {
      content: none,
      warnings: [],
      errors: [issue('unsupported', `archives are nested more than ${MAX_ARCHIVE_DEPTH} deep: not read`)],
    };
  }
  const directory = readZipDirectory(bytes);
  if (directory.kind === 'failed') {
    const error = issue(
      directory.code,
      `the zip archive cannot be read: ${directory.reason}; nothing was imported from it`,
    );
    return { content: none, warnings: [], errors: [error] };
  }
  const files = directory.entries.filter((e) => !e.name.endsWith('/'));
  const wanted = files.filter((e) => !isMacMetadata(e.name));
  if (wanted.length > budget.entriesLeft) {
    const count = (n: number) => n.toLocaleString('en-US');
    const error = issue(
      'too-large',
      `the zip lists ${count(wanted.length)} files, more than the ${count(budget.entriesLeft)} left of the import's limit of ${count(budget.limits.maxEntries)} entries: not read`,
    );
    return { content: none, warnings: [], errors: [error] };
  }
  budget.entriesLeft -= wanted.length;
  const warnings: ImportIssue[] = [];
  const skipped = files.length - wanted.length;
  if (skipped > 0) {
    warnings.push(
      issue(
        'not-activity',
        `skipped ${skipped} macOS metadata ${skipped === 1 ? 'entry' : 'entries'} (__MACOSX folder, "._" files)`,
      ),
    );
  }
  if (files.length === 0) warnings.push(issue('no-data', 'is an empty zip archive: nothing to import'));
  const entries = wanted.map((e) => zipEntryFile(file.name, bytes, e, depth + 1));
  return { content: { kind: 'entries', entries }, warnings, errors: [] };
}
