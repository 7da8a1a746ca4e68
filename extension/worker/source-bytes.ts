// Which original files to keep with an import (for re-processing and export).
import { detectFormat, type ImportInput } from '../../importer';
import type { Session } from '../../shared/model';
import type { SourceBytes } from '../db';

/**
 * The original bytes of every session source that was a loose workout file
 * the athlete gave. A session's contentHash is of the decoded workout, so a
 * loose FIT, GPX or TCX is kept as given; the decoded bytes of gzip and zip
 * entries are not returned by importFiles, so those sources are not kept.
 */
export function looseSourceBytes(inputs: readonly ImportInput[], sessions: readonly Session[]): SourceBytes {
  const workouts = new Map<string, Uint8Array>();
  for (const input of inputs) {
    const format = detectFormat(input.bytes).format;
    if (format === 'fit' || format === 'gpx' || format === 'tcx') workouts.set(input.name, input.bytes);
  }
  const kept = new Map<string, { file: string; bytes: Uint8Array }>();
  for (const session of sessions) {
    for (const source of session.sources) {
      const bytes = workouts.get(source.file);
      if (bytes !== undefined) kept.set(source.contentHash, { file: source.file, bytes });
    }
  }
  return kept;
}
