// One ride recorded twice, as real FIT files: a Forerunner 955 that lost heart
// rate from 300 s to 600 s, and an Edge 530 whose strap reads 5 bpm higher
// throughout. Merged, heart rate comes from the Edge (avg 149 bpm); the
// watch's would give 144 bpm.
import type { RecordMesg } from '@garmin/fitsdk';
import { importFiles } from '../../../importer';
import { makeKnownTrack } from '../../../tests/support/known-track';
import { writeKnownTrackFit } from '../../../tests/support/write-fit';
import type { SessionsDb } from '../database';
import { saveImport, type SourceBytes } from '../save-import';

export const RIDE = makeKnownTrack({ seconds: 1200 });
const noHr = (r: RecordMesg, p: { t: number }) => (p.t >= 300 && p.t < 600 ? { ...r, heartRate: undefined } : r);
const WATCH = writeKnownTrackFit(RIDE, { device: { manufacturer: 'garmin', product: 4024 }, record: noHr });
const EDGE = writeKnownTrackFit(
  { ...RIDE, points: RIDE.points.map((p) => ({ ...p, hr: p.hr + 5 })) },
  { device: { manufacturer: 'garmin', product: 3121 } },
);

/** Imports both files as the panel does; the merged session's id and each file's content hash. */
export async function importWatchAndEdge(db: SessionsDb): Promise<{ id: string; watch: string; edge: string }> {
  const bytes = new Map<string, { file: string; bytes: Uint8Array }>();
  const result = await importFiles(
    [
      { name: 'watch.fit', bytes: WATCH },
      { name: 'edge.fit', bytes: EDGE },
    ],
    { onWorkoutFile: (f) => bytes.set(f.contentHash, { file: f.name, bytes: f.bytes.slice() }) },
  );
  await saveImport(db, result, bytes satisfies SourceBytes);
  const [session] = result.sessions;
  const hash = (file: string) => session!.sources.find((s) => s.file === file)!.contentHash;
  return { id: session!.id, watch: hash('watch.fit'), edge: hash('edge.fit') };
}
