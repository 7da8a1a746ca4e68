// The file name a fetched activity carries into the import report: the site,
// the activity id and the extension its bytes call for (read from the bytes,
// as the importer does, never from the site's say-so).
import type { SiteRef } from '../../shared/model';
import { detectFormat } from '../../importer';

const EXTENSIONS: Readonly<Record<string, string>> = {
  fit: '.fit',
  gpx: '.gpx',
  tcx: '.tcx',
  gzip: '.gz',
  zip: '.zip',
  'activity-json': '.activity.json',
};

/** "strava 1234567890.fit", "intervals.icu i345.gz", "garmin-connect 17234567890.zip". */
export function fetchedName(ref: SiteRef, bytes: Uint8Array): string {
  return `${ref.site} ${ref.activityId}${EXTENSIONS[detectFormat(bytes).format] ?? ''}`;
}
