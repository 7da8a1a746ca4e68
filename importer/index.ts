// The importer's public API: everything outside importer/ imports from here.
export { importFiles } from './import-files';
export { eventLoopYielder } from './yield-to-event-loop';
export type { ImportInput, ImportOptions, ImportProgress, WorkoutFile } from './import-types';
export { detectFormat } from './detect';
export type { DetectedFormat, Detection } from './detect';
export { DEFAULT_LIMITS } from './limits';
export type { ImportLimits } from './limits';
export type { DecompressionLimits } from './archive/budget';
export { parseFit } from './fit/parse-fit';
// The fuzzer (tests/fuzz) finds definition messages to duplicate and contradict.
export { parseDefinition } from './fit/definition';
export { parseGpx } from './gpx/parse-gpx';
export { parseTcx } from './tcx/parse-tcx';
export { mergeSessions } from './dedup/merge-sessions';
// The activity-json document the site adapters write from a site's streams (activity-json/index.ts).
export {
  ACTIVITY_JSON_FORMAT,
  ACTIVITY_JSON_VERSION,
  activityJson,
  readActivityJson,
  STREAM_CHANNELS,
} from './activity-json';
export type { ActivityDocument, ActivityStreams, ActivitySummary } from './activity-json';
export { stravaSport } from './strava-export/strava-sport';
export type { StravaSport } from './strava-export/strava-sport';
// The importer's own summary rules, for samples made outside a file (the demo season).
export { rangeSummarizer } from './derive';
export type { RangeSummarizer } from './derive';
// A planned workout as a FIT workout file for a device (the plan's download).
export { writeWorkoutFit } from './fit/write-workout-fit';
export type { WorkoutToWrite, WrittenWorkout } from './fit/write-workout-fit';
