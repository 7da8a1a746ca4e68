import type { ImportResult } from '../shared/model';
import { parseActivityJson } from './activity-json/parse-activity-json';
import type { WorkoutFormat } from './archive/unpack';
import { parseFit } from './fit/parse-fit';
import { parseGpx } from './gpx/parse-gpx';
import { parseTcx } from './tcx/parse-tcx';

const PARSERS: Readonly<Record<WorkoutFormat, (bytes: Uint8Array, file: string, contentHash: string) => ImportResult>> =
  {
    fit: parseFit,
    gpx: parseGpx,
    tcx: parseTcx,
    'activity-json': parseActivityJson,
  };

/**
 * Sessions from one workout file of a known format, whose SHA-256
 * (`contentHash`, see content-hash.ts) the caller has computed once, so the
 * parser does not hash it again. Parsers never throw on
 * bad input by contract; a throw would be a bug in one of them, and one
 * file's bug must not lose the rest of an athlete's import, so it becomes
 * that file's error.
 */
export function parseWorkout(
  format: WorkoutFormat,
  bytes: Uint8Array,
  file: string,
  contentHash: string,
): ImportResult {
  try {
    return PARSERS[format](bytes, file, contentHash);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      sessions: [],
      warnings: [],
      errors: [
        {
          file,
          code: 'corrupt',
          message: `${file}: the ${format === 'activity-json' ? 'activity JSON' : format.toUpperCase()} reader failed on it (${detail}); nothing was imported`,
        },
      ],
    };
  }
}
