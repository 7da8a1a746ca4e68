// The workout as a FIT workout file to copy to a Garmin or Wahoo device: a
// plain download link (keyboard and screen-reader friendly), its file made
// afresh for every change and released when the link goes.
import { useEffect, useMemo } from 'preact/hooks';
import type { Thresholds } from '../../../shared/analytics';
import { writeWorkoutFit, type WorkoutToWrite } from '../../../importer';

export interface WorkoutDownloadProps {
  readonly workout: WorkoutToWrite;
  /** The thresholds of the workout's day: a % threshold HR target is written as bpm. */
  readonly thresholds: Thresholds;
  /** 'YYYY-MM-DD', for the file name. */
  readonly date: string;
}

/** "2024-06-03 Over-unders.fit": the date, then the title with characters file systems refuse left out. */
export function workoutFileName(date: string, title: string | undefined): string {
  const name = (title ?? 'workout').replace(/[\\/:*?"<>|]/g, '').trim() || 'workout';
  return `${date} ${name}.fit`;
}

export function WorkoutDownload({ workout, thresholds, date }: WorkoutDownloadProps) {
  const written = useMemo(() => writeWorkoutFit(workout, thresholds, Date.now()), [workout, thresholds]);
  const url = useMemo(
    () => URL.createObjectURL(new Blob([written.bytes.slice()], { type: 'application/vnd.ant.fit' })),
    [written],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <p class="workout-download">
      <a href={url} download={workoutFileName(date, workout.title)}>
        Download as a FIT workout
      </a>{' '}
      <span class="workout-download-note">(for Garmin and Wahoo devices)</span>
      {written.notes.map((note) => (
        <span key={note} class="workout-download-left-out">
          {' '}
          Left out: {note}.
        </span>
      ))}
    </p>
  );
}
