// The known track written as TCX text (TrainingCenterDatabase v2 with the
// ActivityExtension v2 TPX/LX extensions), with a lap every `lapSeconds` of
// track time. Each lap declares totals computed here from its own points, so
// a reader can be checked against what the file says; numbers are written
// with String(), which round-trips every double exactly.
import type { KnownPoint, KnownTrack } from './known-track';

export interface TcxWriteOptions {
  readonly lapSeconds?: number;
  readonly notes?: string;
}

/** What the writer declared for each lap, for tests to compare against. */
export interface WrittenLap {
  readonly startMs: number;
  readonly totalTimeS: number;
  readonly distanceM: number;
  readonly maxSpeed: number;
  readonly calories: number;
  readonly avgHr: number;
  readonly maxHr: number;
  readonly avgCadence: number;
  readonly avgWatts: number;
  readonly maxWatts: number;
  readonly points: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The track cut into laps of `lapSeconds` of track time, with the totals the writer declares. */
export function knownTcxLaps(track: KnownTrack, lapSeconds = 600): { laps: WrittenLap[]; points: KnownPoint[][] } {
  const groups: KnownPoint[][] = [];
  for (const p of track.points) (groups[Math.floor(p.t / lapSeconds)] ??= []).push(p);
  const points = groups.filter((g) => g.length > 0);
  const laps = points.map((g, k) => {
    const before = k > 0 ? points[k - 1]!.at(-1)!.distance : 0;
    return {
      startMs: track.start + g[0]!.t * 1000,
      // 1 Hz: each point is one second of timer time.
      totalTimeS: g.length,
      distanceM: g.at(-1)!.distance - before,
      maxSpeed: Math.max(...g.map((p) => p.speed)),
      calories: Math.round(g.length / 6),
      avgHr: Math.round(mean(g.map((p) => p.hr))),
      maxHr: Math.max(...g.map((p) => p.hr)),
      avgCadence: Math.round(mean(g.map((p) => p.cadence))),
      avgWatts: Math.round(mean(g.map((p) => p.power))),
      maxWatts: Math.max(...g.map((p) => p.power)),
      points: g.length,
    };
  });
  return { laps, points };
}

/** TCX text for the known track. */
export function writeKnownTcx(track: KnownTrack, options: TcxWriteOptions = {}): string {
  const { laps, points } = knownTcxLaps(track, options.lapSeconds);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"' +
      ' xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
    ' <Activities>',
    `  <Activity Sport="${track.sport === 'cycling' ? 'Biking' : 'Running'}">`,
    `   <Id>${iso(track.start)}</Id>`,
  ];
  laps.forEach((lap, k) => {
    out.push(
      `   <Lap StartTime="${iso(lap.startMs)}">`,
      `    <TotalTimeSeconds>${lap.totalTimeS}</TotalTimeSeconds><DistanceMeters>${lap.distanceM}</DistanceMeters>`,
      `    <MaximumSpeed>${lap.maxSpeed}</MaximumSpeed><Calories>${lap.calories}</Calories>`,
      `    <AverageHeartRateBpm><Value>${lap.avgHr}</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>${lap.maxHr}</Value></MaximumHeartRateBpm>`,
      `    <Intensity>Active</Intensity><Cadence>${lap.avgCadence}</Cadence><TriggerMethod>Time</TriggerMethod>`,
      '    <Track>',
    );
    for (const p of points[k]!) {
      out.push(
        `     <Trackpoint><Time>${iso(track.start + p.t * 1000)}</Time>` +
          `<Position><LatitudeDegrees>${p.lat}</LatitudeDegrees><LongitudeDegrees>${p.lon}</LongitudeDegrees></Position>` +
          `<AltitudeMeters>${p.altitude}</AltitudeMeters><DistanceMeters>${p.distance}</DistanceMeters>` +
          `<HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm><Cadence>${p.cadence}</Cadence><SensorState>Present</SensorState>` +
          `<Extensions><ns3:TPX><ns3:Speed>${p.speed}</ns3:Speed><ns3:Watts>${p.power}</ns3:Watts></ns3:TPX></Extensions></Trackpoint>`,
      );
    }
    out.push(
      '    </Track>',
      `    <Extensions><ns3:LX><ns3:AvgSpeed>${lap.distanceM / lap.totalTimeS}</ns3:AvgSpeed><ns3:AvgWatts>${lap.avgWatts}</ns3:AvgWatts>` +
        `<ns3:MaxWatts>${lap.maxWatts}</ns3:MaxWatts></ns3:LX></Extensions>`,
      '   </Lap>',
    );
  });
  if (options.notes !== undefined) out.push(`   <Notes>${options.notes}</Notes>`);
  out.push(
    '   <Creator xsi:type="Device_t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Name>SessionsAI test writer</Name>' +
      '<UnitId>1234</UnitId><ProductID>1</ProductID><Version><VersionMajor>1</VersionMajor><VersionMinor>2</VersionMinor></Version></Creator>',
    '  </Activity>',
    ' </Activities>',
    '</TrainingCenterDatabase>',
    '',
  );
  return out.join('\n');
}
