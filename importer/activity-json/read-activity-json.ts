// Bytes -> a checked ActivityDocument, or the reason it is not one, in words
// that say what is wrong with the file. Every field is checked: the bytes may
// come from a site adapter of an older version, or from anyone's disk.
import { SITES, SPORTS, SUB_SPORTS, type SiteName, type Sport, type SubSport } from '../../shared/model';
import {
  ACTIVITY_JSON_FORMAT,
  ACTIVITY_JSON_VERSION,
  STREAM_CHANNELS,
  type ActivityDocument,
  type ActivityStreams,
  type ActivitySummary,
} from './document';

export type ReadDocument =
  | { readonly ok: true; readonly doc: ActivityDocument }
  /** 'unsupported': a document of a version this code does not read; 'corrupt': anything else wrong. */
  | { readonly ok: false; readonly code: 'corrupt' | 'unsupported'; readonly reason: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nullableNumber = (v: unknown): v is number | null => v === null || isNumber(v);
const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

class Invalid extends Error {
  constructor(
    reason: string,
    readonly code: 'corrupt' | 'unsupported',
  ) {
    super(reason);
  }
}

function fail(reason: string, code: 'corrupt' | 'unsupported' = 'corrupt'): never {
  throw new Invalid(reason, code);
}

function summaryOf(v: unknown): ActivitySummary {
  if (!isObject(v)) fail('"summary" is not an object');
  const field = (name: keyof ActivitySummary): number | null => {
    const x = v[name] ?? null;
    if (!nullableNumber(x)) fail(`summary "${name}" is not a number or null`);
    if (x !== null && x < 0) fail(`summary "${name}" is negative (${x})`);
    return x;
  };
  return {
    elapsedS: field('elapsedS'),
    movingS: field('movingS'),
    distanceM: field('distanceM'),
    ascentM: field('ascentM'),
    calories: field('calories'),
  };
}

function streamsOf(v: unknown): ActivityStreams {
  if (!isObject(v)) fail('"streams" is not an object');
  const time = v.time;
  if (!Array.isArray(time) || !time.every(isNumber)) fail('"streams.time" is not a list of numbers');
  for (let i = 1; i < time.length; i++) {
    if (time[i]! < time[i - 1]!)
      fail(`"streams.time" goes backwards at sample ${i + 1} (${time[i - 1]} s then ${time[i]} s)`);
  }
  const streams: Record<string, unknown> = { time };
  for (const channel of STREAM_CHANNELS) {
    const values = v[channel];
    if (values === undefined) continue;
    if (!Array.isArray(values) || !values.every(nullableNumber))
      fail(`"streams.${channel}" is not a list of numbers and nulls`);
    if (values.length !== time.length)
      fail(`"streams.${channel}" has ${values.length} samples but "streams.time" has ${time.length}`);
    streams[channel] = values;
  }
  return streams as unknown as ActivityStreams;
}

function siteOf(v: unknown): { site: SiteName; activityId: string; url: string } {
  if (
    !isObject(v) ||
    !oneOf(SITES, v.site) ||
    typeof v.activityId !== 'string' ||
    v.activityId === '' ||
    typeof v.url !== 'string'
  ) {
    fail(`"site" does not name a known site (${SITES.join(', ')}), an activity id and its URL`);
  }
  return { site: v.site, activityId: v.activityId, url: v.url };
}

function documentOf(json: unknown): ActivityDocument {
  if (!isObject(json) || json.format !== ACTIVITY_JSON_FORMAT)
    fail(`it is JSON but not a SessionsAI activity document ("format" is not "${ACTIVITY_JSON_FORMAT}")`);
  if (json.version !== ACTIVITY_JSON_VERSION) {
    fail(
      `it is a SessionsAI activity document of version ${JSON.stringify(json.version)}, but this SessionsAI reads only version ${ACTIVITY_JSON_VERSION}: update SessionsAI to import it`,
      'unsupported',
    );
  }
  const site = siteOf(json.site);
  if (!oneOf<Sport>(SPORTS, json.sport))
    fail(`"sport" ${JSON.stringify(json.sport)} is not one of SessionsAI's sports`);
  const subSport: SubSport = oneOf<SubSport>(SUB_SPORTS, json.subSport)
    ? json.subSport
    : fail(`"subSport" ${JSON.stringify(json.subSport)} is not one of SessionsAI's sub-sports`);
  const siteSport = json.siteSport ?? null;
  if (siteSport !== null && typeof siteSport !== 'string') fail('"siteSport" is not text or null');
  if (!isNumber(json.start)) fail('"start" is not a time (epoch milliseconds)');
  const utcOffsetS = json.utcOffsetS ?? null;
  if (!nullableNumber(utcOffsetS)) fail('"utcOffsetS" is not a number or null');
  return {
    format: ACTIVITY_JSON_FORMAT,
    version: ACTIVITY_JSON_VERSION,
    site,
    sport: json.sport,
    subSport,
    siteSport,
    start: json.start,
    utcOffsetS,
    summary: summaryOf(json.summary),
    streams: streamsOf(json.streams),
  };
}

/** The document in `bytes`, checked field by field. Never throws. */
export function readActivityJson(bytes: Uint8Array): ReadDocument {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return {
      ok: false,
      code: 'corrupt',
      reason: `it is not valid UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  try {
    return { ok: true, doc: documentOf(json) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, code: e.code, reason: e.message };
    throw e;
  }
}
