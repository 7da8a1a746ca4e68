// GPX 1.0 and 1.1 (https://www.topografix.com/GPX/1/1/) read into track-point
// columns in one pass of the scanner. Per point: lat/lon attributes, <ele>,
// <time>, GPX 1.0's <speed>, and values from extensions matched by local name
// whatever their prefix: Garmin TrackPointExtension v1/v2 (hr, cad, atemp,
// wtemp, speed), Garmin PowerExtension (PowerInWatts), the plain <power>,
// <heartrate>, <cadence> and <speed> that Strava, Amazfit and Apple write, and
// cluetrust gpxdata (hr, cadence, temp, distance).
import type { XmlScanner } from '../xml';
import { TrackColumns } from '../xml/track-columns';

/**
 * GPS time starts on 1980-01-06 (IS-GPS-200): no receiver recorded a point
 * before it. Earlier times are placeholders, such as GPSBabel's
 * 1901-12-13T20:45:52Z (the smallest signed 32-bit Unix time) in
 * gpx/gpxpy__Mojstrovka.gpx.
 */
export const GPS_EPOCH_MS = Date.UTC(1980, 0, 6);

export interface GpxTrackRead {
  /** Position among the file's <trk> elements, from 0. */
  readonly index: number;
  name: string | null;
  desc: string | null;
  type: string | null;
  /** Kept points are rows [first, end) of the columns. */
  readonly first: number;
  end: number;
  /** Rows (after `first`) where a new <trkseg> starts. */
  readonly segmentStarts: number[];
  /** <trkpt> elements read, kept or not. */
  pointsRead: number;
  /** Points left out: no time, a placeholder time before GPS existed, a time earlier than the point before. */
  untimed: number;
  placeholderTimes: number;
  backwards: number;
}

export interface GpxRead {
  readonly creator: string | null;
  readonly metadata: { name: string | null; desc: string | null; time: number };
  readonly waypoints: number;
  readonly routePoints: number;
  readonly tracks: readonly GpxTrackRead[];
  /** <trk> elements past the file's cap (`maxTracks`), left out. */
  readonly tracksOverCap: number;
  readonly columns: TrackColumns;
}

/** Reads the document under the open <gpx> root to its end, keeping at most `maxTracks` tracks (limits.ts). */
export function readGpx(s: XmlScanner, creator: string | null, capacityHint: number, maxTracks: number): GpxRead {
  const cols = new TrackColumns(capacityHint);
  const metadata = { name: null as string | null, desc: null as string | null, time: NaN };
  const tracks: GpxTrackRead[] = [];
  let waypoints = 0;
  let routePoints = 0;
  let track: GpxTrackRead | null = null;
  let trackDepth = 0;
  let metadataDepth = 0;
  let point = -1;
  let pointDepth = 0;
  let tracksOverCap = 0;

  while (s.next()) {
    if (s.opened) {
      const name = s.name;
      const depth = s.depth;
      if (point >= 0) {
        if (depth === pointDepth + 1 && name === 'ele') cols.altitude[point] = s.number();
        else if (depth === pointDepth + 1 && name === 'time') cols.time[point] = s.time();
        else readPointValue(s, cols, point, name);
        continue;
      }
      switch (name) {
        case 'trkpt':
          if (!track) break;
          point = cols.add();
          pointDepth = depth;
          track.pointsRead++;
          cols.lat[point] = s.attrNumber('lat');
          cols.lon[point] = s.attrNumber('lon');
          break;
        case 'trkseg':
          if (track && cols.length > track.first && track.segmentStarts.at(-1) !== cols.length) {
            track.segmentStarts.push(cols.length);
          }
          break;
        case 'trk':
          if (tracks.length >= maxTracks) {
            tracksOverCap++;
            break;
          }
          track = newTrack(tracks.length, cols.length);
          trackDepth = depth;
          tracks.push(track);
          break;
        case 'wpt':
          waypoints++;
          break;
        case 'rtept':
          routePoints++;
          break;
        case 'metadata':
          metadataDepth = depth;
          break;
        case 'name':
        case 'desc':
        case 'type':
        case 'time':
          readDescription(s, name, depth, track, trackDepth, metadata, metadataDepth);
          break;
      }
    } else {
      if (point >= 0 && s.name === 'trkpt') {
        keepOrDrop(cols, track!, point);
        point = -1;
      } else if (s.name === 'trk' && track) {
        // A </trk> that closes an unclosed <trkpt> with it ends that point too.
        if (point >= 0) keepOrDrop(cols, track, point);
        point = -1;
        track.end = cols.length;
        track = null;
      } else if (s.name === 'metadata') {
        metadataDepth = 0;
      }
    }
  }
  // A document cut inside a point: that point is incomplete and left out.
  if (point >= 0) cols.dropLast();
  if (track) track.end = cols.length;
  return { creator, metadata, waypoints, routePoints, tracks, tracksOverCap, columns: cols };
}

function newTrack(index: number, first: number): GpxTrackRead {
  return {
    index,
    name: null,
    desc: null,
    type: null,
    first,
    end: first,
    segmentStarts: [],
    pointsRead: 0,
    untimed: 0,
    placeholderTimes: 0,
    backwards: 0,
  };
}

function readPointValue(s: XmlScanner, cols: TrackColumns, i: number, name: string): void {
  switch (name) {
    case 'hr':
    case 'heartrate':
      cols.heartRate[i] = s.number();
      break;
    case 'cad':
    case 'cadence':
      cols.cadence[i] = s.number();
      break;
    case 'atemp':
    case 'temp':
      cols.temperature[i] = s.number();
      break;
    case 'wtemp':
      // Water temperature (TrackPointExtension v2): the temperature of a swim, unless air temperature is also given.
      if (cols.temperature[i] !== cols.temperature[i]) cols.temperature[i] = s.number();
      break;
    case 'power':
    case 'PowerInWatts':
      cols.power[i] = s.number();
      break;
    case 'speed':
      cols.speed[i] = s.number();
      break;
    case 'distance':
      cols.distance[i] = s.number();
      break;
  }
}

function readDescription(
  s: XmlScanner,
  name: 'name' | 'desc' | 'type' | 'time',
  depth: number,
  track: GpxTrackRead | null,
  trackDepth: number,
  metadata: GpxRead['metadata'],
  metadataDepth: number,
): void {
  if (track && depth === trackDepth + 1) {
    if (name !== 'time') track[name] = s.text().trim() || null;
    return;
  }
  // GPX 1.1 keeps these in <metadata>; GPX 1.0 directly under <gpx>.
  const isMetadata = metadataDepth > 0 ? depth === metadataDepth + 1 : depth === 2;
  if (!isMetadata) return;
  if (name === 'time') metadata.time = s.time();
  else if (name !== 'type') metadata[name] = s.text().trim() || null;
}

/** Keeps the point just read when it has a usable time, else removes it and counts why. */
function keepOrDrop(cols: TrackColumns, track: GpxTrackRead, i: number): void {
  const time = cols.time[i]!;
  if (time !== time) track.untimed++;
  else if (time < GPS_EPOCH_MS) track.placeholderTimes++;
  else if (i > track.first && time < cols.time[i - 1]!) track.backwards++;
  else return;
  cols.dropLast();
}
