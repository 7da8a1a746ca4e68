// Garmin Training Center Database v2 (TCX; schema
// http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd and the
// ActivityExtension v2 schema for TPX/LX) read in one pass of the scanner:
// activities (also inside a MultiSportSession), their laps with the totals
// the device wrote, track points into columns, notes and the creator device.
import type { XmlScanner } from '../xml';
import { parseIsoTime } from '../xml';
import { TrackColumns } from '../xml/track-columns';

/** Lap totals as written; NaN (or null) where the file leaves one out. */
export interface TcxLapRead {
  readonly startMs: number;
  totalTimeS: number;
  distanceM: number;
  maxSpeed: number;
  calories: number;
  avgHr: number;
  maxHr: number;
  avgCadence: number;
  maxCadence: number;
  avgSpeed: number;
  avgWatts: number;
  maxWatts: number;
  trigger: string | null;
  notes: string | null;
  /** Its kept points are rows [first, end) of the columns. */
  readonly first: number;
  end: number;
}

export interface TcxCreator {
  name: string | null;
  unitId: string | null;
  productId: string | null;
  versionMajor: string | null;
  versionMinor: string | null;
}

export interface TcxActivityRead {
  /** The Sport attribute: "Running", "Biking" or "Other". */
  readonly sport: string | null;
  idMs: number;
  notes: string | null;
  creator: TcxCreator | null;
  readonly laps: TcxLapRead[];
  readonly first: number;
  end: number;
  /** Index of the MultiSportSession holding it, or -1. */
  readonly multisport: number;
  /** Points left out: no usable time, or a time earlier than the point before. */
  untimed: number;
  backwards: number;
}

export interface TcxRead {
  readonly activities: readonly TcxActivityRead[];
  /** Laps and activities past the file's cap (`maxStructures`): such laps' points are kept in their activity, such activities are left out. */
  readonly lapsOverCap: number;
  readonly activitiesOverCap: number;
  /** Course files hold <Courses> (planned routes) instead of activities. */
  readonly courses: number;
  readonly columns: TrackColumns;
}

const LAP_NUMBERS = new Set(['TotalTimeSeconds', 'DistanceMeters', 'MaximumSpeed', 'Calories', 'Cadence']);

/**
 * Reads the document under the open <TrainingCenterDatabase> root to its end.
 * At most `maxStructures` laps and activities are kept, so memory follows the
 * file's size (limits.ts).
 */
export function readTcx(s: XmlScanner, capacityHint: number, maxStructures: number): TcxRead {
  const cols = new TrackColumns(capacityHint);
  const activities: TcxActivityRead[] = [];
  let courses = 0;
  let multisports = 0;
  let inMultisport = false;
  let activity: TcxActivityRead | null = null;
  let activityDepth = 0;
  let lap: TcxLapRead | null = null;
  let lapDepth = 0;
  /** The lap's child element being read (AverageHeartRateBpm, Extensions, ...). */
  let lapChild = '';
  let creatorDepth = 0;
  let point = -1;
  let structures = 0;
  let lapsOverCap = 0;
  let activitiesOverCap = 0;
  /** Stands in for laps past the cap: their points are read into the activity, their totals into nothing. */
  const overflowLap = newLap(NaN, 0);

  while (s.next()) {
    const name = s.name;
    const depth = s.depth;
    if (!s.opened) {
      if (point >= 0 && name === 'Trackpoint') {
        keepOrDrop(cols, activity!, point);
        point = -1;
      } else if (name === 'Lap' && lap && depth === lapDepth - 1) {
        lap.end = cols.length;
        lap = null;
      } else if (name === 'Activity' && activity && depth === activityDepth - 1) {
        // An </Activity> that closes an unclosed <Trackpoint> with it ends that point too.
        if (point >= 0) keepOrDrop(cols, activity, point);
        point = -1;
        activity.end = cols.length;
        activity = null;
      } else if (name === 'Creator') creatorDepth = 0;
      else if (name === 'MultiSportSession') inMultisport = false;
      continue;
    }
    if (point >= 0) {
      readPointValue(s, cols, point, name);
      continue;
    }
    if (lap) {
      if (depth === lapDepth + 1) {
        lapChild = name;
        readLapValue(s, lap, name);
      } else if (name === 'Trackpoint') {
        point = cols.add();
      } else if (lapChild === 'Extensions') readLapExtension(s, lap, name);
      else if (name === 'Value' && lapChild === 'AverageHeartRateBpm') lap.avgHr = s.number();
      else if (name === 'Value' && lapChild === 'MaximumHeartRateBpm') lap.maxHr = s.number();
      continue;
    }
    if (activity && creatorDepth > 0) {
      readCreatorValue(s, activity.creator!, name);
      continue;
    }
    switch (name) {
      case 'Activity':
        if (++structures > maxStructures) {
          activitiesOverCap++;
          break;
        }
        activity = {
          sport: s.attr('Sport'),
          idMs: NaN,
          notes: null,
          creator: null,
          laps: [],
          first: cols.length,
          end: cols.length,
          multisport: inMultisport ? multisports - 1 : -1,
          untimed: 0,
          backwards: 0,
        };
        activityDepth = depth;
        activities.push(activity);
        break;
      case 'Lap':
        if (!activity) break;
        lapDepth = depth;
        lapChild = '';
        if (++structures > maxStructures) {
          lapsOverCap++;
          lap = overflowLap;
          break;
        }
        lap = newLap(timeAttr(s, 'StartTime'), cols.length);
        activity.laps.push(lap);
        break;
      case 'Id':
        if (activity && depth === activityDepth + 1) activity.idMs = s.time();
        break;
      case 'Notes':
        if (activity && depth === activityDepth + 1) activity.notes = s.text().trim() || null;
        break;
      case 'Creator':
        if (activity && depth === activityDepth + 1) {
          activity.creator = { name: null, unitId: null, productId: null, versionMajor: null, versionMinor: null };
          creatorDepth = depth;
        }
        break;
      case 'MultiSportSession':
        inMultisport = true;
        multisports++;
        break;
      case 'Course':
        courses++;
        break;
    }
  }
  // A document cut inside a point: that point is incomplete and left out.
  if (point >= 0) cols.dropLast();
  if (lap) lap.end = cols.length;
  if (activity) activity.end = cols.length;
  return { activities, lapsOverCap, activitiesOverCap, courses, columns: cols };
}

function newLap(startMs: number, first: number): TcxLapRead {
  return {
    startMs,
    totalTimeS: NaN,
    distanceM: NaN,
    maxSpeed: NaN,
    calories: NaN,
    avgHr: NaN,
    maxHr: NaN,
    avgCadence: NaN,
    maxCadence: NaN,
    avgSpeed: NaN,
    avgWatts: NaN,
    maxWatts: NaN,
    trigger: null,
    notes: null,
    first,
    end: first,
  };
}

function timeAttr(s: XmlScanner, name: string): number {
  const text = s.attr(name);
  if (text === null) return NaN;
  const bytes = new TextEncoder().encode(text);
  return parseIsoTime(bytes, 0, bytes.length);
}

function readLapValue(s: XmlScanner, lap: TcxLapRead, name: string): void {
  if (LAP_NUMBERS.has(name)) {
    const v = s.number();
    if (name === 'TotalTimeSeconds') lap.totalTimeS = v;
    else if (name === 'DistanceMeters') lap.distanceM = v;
    else if (name === 'MaximumSpeed') lap.maxSpeed = v;
    else if (name === 'Calories') lap.calories = v;
    else lap.avgCadence = v;
  } else if (name === 'TriggerMethod') lap.trigger = s.text().trim() || null;
  else if (name === 'Notes') lap.notes = s.text().trim() || null;
}

// LX (ActivityExtension v2 ActivityLapExtension_t): AvgSpeed m/s, AvgWatts,
// MaxWatts, MaxBikeCadence, AvgRunCadence, MaxRunCadence.
function readLapExtension(s: XmlScanner, lap: TcxLapRead, name: string): void {
  switch (name) {
    case 'AvgSpeed':
      lap.avgSpeed = s.number();
      break;
    case 'AvgWatts':
      lap.avgWatts = s.number();
      break;
    case 'MaxWatts':
      lap.maxWatts = s.number();
      break;
    case 'MaxBikeCadence':
    case 'MaxRunCadence':
      lap.maxCadence = s.number();
      break;
    case 'AvgRunCadence':
      if (lap.avgCadence !== lap.avgCadence) lap.avgCadence = s.number();
      break;
  }
}

function readCreatorValue(s: XmlScanner, creator: TcxCreator, name: string): void {
  const text = () => s.text().trim() || null;
  if (name === 'Name') creator.name = text();
  else if (name === 'UnitId') creator.unitId = text();
  else if (name === 'ProductID') creator.productId = text();
  else if (name === 'VersionMajor') creator.versionMajor = text();
  else if (name === 'VersionMinor') creator.versionMinor = text();
}

// Trackpoint_t: Time, Position (LatitudeDegrees, LongitudeDegrees),
// AltitudeMeters, DistanceMeters, HeartRateBpm/Value, Cadence, and TPX
// (ActivityTrackpointExtension_t): Speed m/s, Watts, RunCadence. Running
// cadence is kept as written: Garmin writes the FIT value, strides a minute.
function readPointValue(s: XmlScanner, cols: TrackColumns, i: number, name: string): void {
  switch (name) {
    case 'Time':
      cols.time[i] = s.time();
      break;
    case 'LatitudeDegrees':
      cols.lat[i] = s.number();
      break;
    case 'LongitudeDegrees':
      cols.lon[i] = s.number();
      break;
    case 'AltitudeMeters':
      cols.altitude[i] = s.number();
      break;
    case 'DistanceMeters':
      cols.distance[i] = s.number();
      break;
    case 'Value':
      cols.heartRate[i] = s.number();
      break;
    case 'Cadence':
    case 'RunCadence':
      cols.cadence[i] = s.number();
      break;
    case 'Speed':
      cols.speed[i] = s.number();
      break;
    case 'Watts':
      cols.power[i] = s.number();
      break;
  }
}

/** Keeps the point just read when it has a time no earlier than the one before, else removes it and counts why. */
function keepOrDrop(cols: TrackColumns, activity: TcxActivityRead, i: number): void {
  const time = cols.time[i]!;
  if (time !== time) activity.untimed++;
  else if (i > activity.first && time < cols.time[i - 1]!) activity.backwards++;
  else return;
  cols.dropLast();
}
