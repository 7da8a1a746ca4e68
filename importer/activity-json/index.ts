// The activity-json document's public surface: the site adapters write it,
// the importer reads it (parse-workout.ts registers the parser).
export { ACTIVITY_JSON_FORMAT, ACTIVITY_JSON_VERSION, STREAM_CHANNELS } from './document';
export type { ActivityDocument, ActivityStreams, ActivitySummary, StreamChannel } from './document';
export { activityJson } from './write-activity-json';
export { readActivityJson } from './read-activity-json';
export type { ReadDocument } from './read-activity-json';
export { parseActivityJson } from './parse-activity-json';
