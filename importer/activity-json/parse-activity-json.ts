// An activity-json document (document.ts) -> one session, built the way the
// GPX parser builds one: columns from the samples, the summary derived from
// them (importer/derive), then the totals the site states laid over the
// derived ones. The site's totals win because the site computed them from the
// full recording, while its streams may be resampled.
import {
  emptyResult,
  epochMs,
  kilocalories,
  meters,
  metersPerSecond,
  NOTHING_MEASURED,
  seconds,
  sessionId,
  sha256Hex,
} from '../../shared/model';
import type { ImportResult, Session, SourceRef, Streams, Summary } from '../../shared/model';
import { cumulativeDistance, deriveSummary } from '../derive';
import type { ActivityDocument } from './document';
import { readActivityJson } from './read-activity-json';

const SITE_LABELS: Readonly<Record<ActivityDocument['site']['site'], string>> = {
  strava: 'Strava',
  'garmin-connect': 'Garmin Connect',
  'intervals.icu': 'intervals.icu',
};

const float32 = (values: readonly (number | null)[]) => Float32Array.from(values, (v) => v ?? NaN);
const float64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? NaN);

function toStreams(doc: ActivityDocument): Streams | undefined {
  const s = doc.streams;
  const n = s.time.length;
  if (n === 0) return undefined;
  const positions =
    s.lat && s.lon ? ({ kind: 'degrees', lat: float64(s.lat), lon: float64(s.lon) } as const) : undefined;
  const distance = s.distance ? float64(s.distance) : positions ? cumulativeDistance(positions, n) : undefined;
  return {
    time: Float64Array.from(s.time),
    ...(positions ? { positions } : {}),
    ...(s.altitude ? { altitude: float32(s.altitude) } : {}),
    ...(distance ? { distance } : {}),
    ...(s.speed ? { speed: float32(s.speed) } : {}),
    ...(s.heartRate ? { heartRate: float32(s.heartRate) } : {}),
    ...(s.power ? { power: float32(s.power) } : {}),
    ...(s.cadence ? { cadence: float32(s.cadence) } : {}),
    ...(s.temperature ? { temperature: float32(s.temperature) } : {}),
  };
}

/** A summary with nothing but the activity's start and length: a site activity without samples (a manual entry). */
function bareSummary(doc: ActivityDocument, elapsedS: number): Summary {
  return {
    sport: doc.sport,
    subSport: doc.subSport,
    start: epochMs(doc.start),
    elapsedS: seconds(elapsedS),
    movingS: seconds(elapsedS),
    ...NOTHING_MEASURED,
  };
}

/** The derived summary with the totals the site states laid over it. */
function withSiteTotals(derived: Summary, doc: ActivityDocument): Summary {
  const t = doc.summary;
  const elapsedS = t.elapsedS ?? derived.elapsedS;
  const movingS = t.movingS ?? Math.min(derived.movingS, elapsedS);
  const distanceM = t.distanceM ?? derived.distanceM;
  return {
    ...derived,
    elapsedS: seconds(elapsedS),
    movingS: seconds(movingS),
    distanceM: distanceM === null ? null : meters(distanceM),
    ascentM: t.ascentM === null ? derived.ascentM : meters(t.ascentM),
    calories: t.calories === null ? derived.calories : kilocalories(t.calories),
    // Speed follows the distance and moving time the athlete sees on the site.
    avgSpeed: distanceM !== null && movingS > 0 ? metersPerSecond(distanceM / movingS) : derived.avgSpeed,
  };
}

function toSession(doc: ActivityDocument, source: SourceRef): Session | null {
  const streams = toStreams(doc);
  const derived = streams
    ? deriveSummary(streams, epochMs(doc.start), doc.sport, doc.subSport)
    : bareSummary(doc, doc.summary.elapsedS ?? 0);
  const summary = withSiteTotals(derived, doc);
  if (summary.elapsedS <= 0) return null;
  const warnings =
    doc.sport === 'other' && doc.siteSport !== null
      ? [
          `${SITE_LABELS[doc.site.site]} calls this sport "${doc.siteSport}", which SessionsAI has no sport for: it is kept as Other.`,
        ]
      : [];
  return {
    ...summary,
    id: sessionId(source.contentHash, 0),
    utcOffsetS: doc.utcOffsetS === null ? null : seconds(doc.utcOffsetS),
    title: null,
    notes: null,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [source],
    warnings,
    ...(streams ? { streams } : {}),
  };
}

/**
 * The session in an activity-json file. Never throws: problems come back as
 * errors naming `file`. Pass `contentHash` (sha256Hex of the bytes) when the
 * caller already has it, to save hashing the file twice.
 */
export function parseActivityJson(bytes: Uint8Array, file: string, contentHash?: string): ImportResult {
  const result = emptyResult();
  const read = readActivityJson(bytes);
  if (!read.ok) {
    result.errors.push({ file, code: read.code, message: `${file}: ${read.reason}. Nothing was imported from it.` });
    return result;
  }
  const doc = read.doc;
  const source: SourceRef = {
    format: 'activity-json',
    file,
    contentHash: contentHash ?? sha256Hex(bytes),
    sizeBytes: bytes.length,
    device: null,
    site: doc.site,
  };
  const session = toSession(doc, source);
  if (session === null) {
    const what = `${SITE_LABELS[doc.site.site]} activity ${doc.site.activityId}`;
    result.errors.push({
      file,
      code: 'no-data',
      message: `${file}: the ${what} has no samples and no duration: there is nothing to import.`,
    });
    return result;
  }
  result.sessions.push(session);
  return result;
}
