// Chained files: one without file_id (a Forerunner 920XT's HRM-Tri buffer)
// joins the activity before it, R-R intervals included.
import { describe, expect, it } from 'vitest';
import { groupActivities } from './group-activities';
import { RecordColumnsBuilder } from './record-columns';
import type { FitFile, FitMessage } from './types';

function file(messages: Record<string, FitMessage[]>, rr: number[]): FitFile {
  return {
    protocolVersion: 32,
    profileVersion: 21217,
    records: new RecordColumnsBuilder(0).finish(),
    rrIntervals: new Float32Array(rr),
    messages,
  };
}

describe('groupActivities', () => {
  it('appends the R-R intervals and messages of a file without file_id to the activity before it', () => {
    const hr = { eventTimestamp: 1 };
    const { activities, otherTypes } = groupActivities([
      file({ fileId: [{ type: 'activity' }] }, [0.5, 0.25]),
      file({ hr: [hr] }, [0.75]),
      file({ fileId: [{ type: 'activity' }] }, []),
    ]);
    expect(otherTypes).toEqual([]);
    expect(activities.map((a) => [...a.rrIntervals])).toEqual([[0.5, 0.25, 0.75], []]);
    expect(activities[0]!.messages.hr).toEqual([hr]);
  });
});
