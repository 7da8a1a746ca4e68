// The known track written as GPX 1.1 text, the way Garmin devices export it:
// Garmin TrackPointExtension v2 (hr, cad, atemp) plus a plain <power> in the
// point's extensions (Strava's form). Numbers are written with String(),
// which round-trips every double exactly, so a reader can get back each value
// bit for bit (before any Float32 storage).
import type { KnownTrack } from './known-track';

export interface GpxWriteOptions {
  /** <trk><type>; omitted when undefined. */
  readonly type?: string;
  readonly name?: string;
  /** Start a new <trkseg> after the timer pause, as devices do for a stop. */
  readonly segmentAtPause?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** GPX 1.1 text for the known track. */
export function writeKnownGpx(track: KnownTrack, options: GpxWriteOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="SessionsAI test writer" xmlns="http://www.topografix.com/GPX/1/1"' +
      ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">',
    ` <metadata><time>${iso(track.start)}</time></metadata>`,
    ' <trk>',
    `  <name>${options.name ?? 'Known track'}</name>`,
  ];
  if (options.type !== undefined) out.push(`  <type>${options.type}</type>`);
  out.push('  <trkseg>');
  const resumeAt = track.pause ? track.pause.at + track.pause.seconds : Infinity;
  let resumed = false;
  for (const p of track.points) {
    if (options.segmentAtPause && !resumed && p.t >= resumeAt) {
      out.push('  </trkseg>', '  <trkseg>');
      resumed = true;
    }
    out.push(
      `   <trkpt lat="${p.lat}" lon="${p.lon}"><ele>${p.altitude}</ele><time>${iso(track.start + p.t * 1000)}</time>` +
        `<extensions><power>${p.power}</power><gpxtpx:TrackPointExtension><gpxtpx:atemp>${p.temperature}</gpxtpx:atemp>` +
        `<gpxtpx:hr>${p.hr}</gpxtpx:hr><gpxtpx:cad>${p.cadence}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    );
  }
  out.push('  </trkseg>', ' </trk>', '</gpx>', '');
  return out.join('\n');
}
