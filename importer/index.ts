// The importer's public API: everything outside importer/ imports from here.
export { importFiles } from './import-files';
export type { ImportInput, ImportOptions, ImportProgress, WorkoutFile } from './import-types';
export { detectFormat } from './detect';
export type { DetectedFormat, Detection } from './detect';
export { DEFAULT_LIMITS } from './limits';
export type { ImportLimits } from './limits';
export type { DecompressionLimits } from './archive/budget';
export { parseFit } from './fit/parse-fit';
export { parseGpx } from './gpx/parse-gpx';
export { parseTcx } from './tcx/parse-tcx';
export { mergeSessions } from './dedup/merge-sessions';
