// The order every adapter gets an activity in (issue 6): the activity's
// metadata first (the details, and the start and sport the streams need),
// then the original file the site keeps, then the site's streams written as
// an activity-json document. A 429 or a missing activity stops at once. When
// the metadata is refused but the original file comes, the file is imported
// without the site's details: the metadata endpoint is the shakiest of all
// (see each adapter), and the file alone is the whole workout. An original
// file refused to a logged-in athlete means the activity is someone else's,
// so the streams are tried; streams refused too means it is not theirs.
import { activityJson, type ActivityDocument } from '../../importer';
import type { SiteRef } from '../../shared/model';
import { fetchedName } from './fetched-name';
import type { FetchedActivity, SiteDetails, SiteResult } from './site-adapter';

const NO_DETAILS: SiteDetails = { title: null, description: null, gear: null, rpe: null, privateNote: null };

export interface ActivitySteps<Meta> {
  /** The site's metadata for the activity. */
  metadata(): Promise<SiteResult<Meta>>;
  /** The original file's bytes (possibly zipped or gzipped), or null when the site keeps none for this athlete. */
  original(): Promise<SiteResult<Uint8Array | null>>;
  /** The site's samples and totals as an activity-json document. */
  streams(meta: Meta): Promise<SiteResult<ActivityDocument>>;
  details(meta: Meta): SiteDetails;
}

export async function fetchWithFallback<Meta>(
  ref: SiteRef,
  steps: ActivitySteps<Meta>,
): Promise<SiteResult<FetchedActivity>> {
  const meta = await steps.metadata();
  if (!meta.ok && (meta.failure.kind === 'rate-limited' || meta.failure.kind === 'not-found')) return meta;
  const original = await steps.original();
  if (!original.ok) return original;
  if (original.value !== null) {
    const details = meta.ok ? steps.details(meta.value) : NO_DETAILS;
    return {
      ok: true,
      value: { ref, name: fetchedName(ref, original.value), bytes: original.value, via: 'original file', details },
    };
  }
  if (!meta.ok) return meta;
  const doc = await steps.streams(meta.value);
  if (!doc.ok) {
    const kind = doc.failure.kind;
    return kind === 'logged-out' || kind === 'not-found' ? { ok: false, failure: { kind: 'not-yours' } } : doc;
  }
  const bytes = activityJson(doc.value);
  return {
    ok: true,
    value: { ref, name: fetchedName(ref, bytes), bytes, via: 'streams', details: steps.details(meta.value) },
  };
}

/**
 * A download's answer as an original file: its bytes, or null when the site
 * has none for this athlete (refused, missing, an error page or an empty
 * body). Only a 429 is passed on, to stop at once.
 */
export function originalOrNone(
  file: SiteResult<{ readonly bytes: Uint8Array; readonly html: boolean }>,
): SiteResult<Uint8Array | null> {
  if (!file.ok) return file.failure.kind === 'rate-limited' ? file : { ok: true, value: null };
  return { ok: true, value: file.value.html || file.value.bytes.length === 0 ? null : file.value.bytes };
}
