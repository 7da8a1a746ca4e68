// What a site says about an activity (SiteDetails) laid onto the session the
// importer built from the fetched bytes. The site's values are the athlete's
// own edits (the name they typed, their description, gear and RPE), so they
// win over whatever the file carries; where the site says nothing the file's
// values stay. The private note follows the description after a
// "Private note:" label, as the Strava export importer writes it
// (importer/strava-export/apply-activities.ts).
import type { Session, SourceRef } from '../../shared/model';
import type { FetchedActivity, SiteDetails } from './site-adapter';

function siteNotes(d: SiteDetails): string | null {
  const parts = [d.description, d.privateNote === null ? null : `Private note: ${d.privateNote}`].filter(
    (p) => p !== null,
  );
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/**
 * The session with the site's details, and `fetched.ref` recorded on the
 * source whose content hash is `contentHash` (the hash the importer reported
 * for the fetched file: ImportOptions.onWorkoutFile), so a later import of
 * the same site activity is recognised before anything is downloaded.
 */
export function applySiteDetails(
  session: Session,
  fetched: Pick<FetchedActivity, 'ref' | 'details'>,
  contentHash: string,
): Session {
  const d = fetched.details;
  const sources: SourceRef[] = session.sources.map((s) =>
    s.contentHash === contentHash ? { ...s, site: fetched.ref } : s,
  );
  return {
    ...session,
    title: d.title ?? session.title,
    notes: siteNotes(d) ?? session.notes,
    gear: d.gear ?? session.gear,
    rpe: d.rpe ?? session.rpe,
    sources,
  };
}
