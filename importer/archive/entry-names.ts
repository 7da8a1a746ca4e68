// What a path says about a file. Formats come from bytes (see detect.ts);
// names only decide what to skip unread and how loudly to report a file we
// cannot read: an unreadable "ride.fit" is an error, an unreadable
// "media/photo.jpg" inside an export is just not a workout.

export type WorkoutExtension = 'fit' | 'gpx' | 'tcx';

/** macOS metadata: anything under a "__MACOSX" folder, or an AppleDouble "._name" file. */
export function isMacMetadata(path: string): boolean {
  const parts = path.split('/');
  return parts.includes('__MACOSX') || (parts[parts.length - 1] ?? '').startsWith('._');
}

/** The workout format a name claims (".fit", ".gpx.gz", ...), or null. */
export function claimedWorkoutFormat(path: string): WorkoutExtension | null {
  const m = /\.(fit|gpx|tcx)(\.gz)?$/i.exec(path);
  return m ? (m[1]!.toLowerCase() as WorkoutExtension) : null;
}

/** True when a name promises a workout or an archive of them. */
export function looksLikeWorkout(path: string): boolean {
  return claimedWorkoutFormat(path) !== null || /\.(zip|gz)$/i.test(path);
}

/** True when a name says gzip ("1001.fit.gz"). */
export function claimsGzip(path: string): boolean {
  return /\.gz$/i.test(path);
}
