// ActivityDocument -> bytes. Deterministic: keys in one fixed order whatever
// order the caller built the object in, numbers as JSON.stringify writes them
// (ECMAScript Number::toString, shortest round-trip form), no whitespace. The
// same activity therefore always gives the same bytes and the same content
// hash, which is how the importer recognises a second import as a duplicate.
import { ACTIVITY_JSON_FORMAT, ACTIVITY_JSON_VERSION, STREAM_CHANNELS, type ActivityDocument } from './document';

/** A number JSON can hold; NaN and infinities are unknown values, written as null. */
function finite(n: number | null): number | null {
  return n !== null && Number.isFinite(n) ? n : null;
}

function canonical(doc: ActivityDocument): unknown {
  const streams: Record<string, (number | null)[]> = { time: doc.streams.time.map((t) => finite(t)!) };
  for (const channel of STREAM_CHANNELS) {
    const values = doc.streams[channel];
    if (values) streams[channel] = values.map(finite);
  }
  const { elapsedS, movingS, distanceM, ascentM, calories } = doc.summary;
  return {
    format: ACTIVITY_JSON_FORMAT,
    version: ACTIVITY_JSON_VERSION,
    site: { site: doc.site.site, activityId: doc.site.activityId, url: doc.site.url },
    sport: doc.sport,
    subSport: doc.subSport,
    siteSport: doc.siteSport,
    start: doc.start,
    utcOffsetS: finite(doc.utcOffsetS),
    summary: {
      elapsedS: finite(elapsedS),
      movingS: finite(movingS),
      distanceM: finite(distanceM),
      ascentM: finite(ascentM),
      calories: finite(calories),
    },
    streams,
  };
}

/** The document as UTF-8 JSON bytes; `format` comes first, where detect.ts looks for it. */
export function activityJson(doc: ActivityDocument): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(canonical(doc)));
}
