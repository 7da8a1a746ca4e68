import { expect, it } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { dropStrayRecords } from './drop-stray-records';
import { parseFit } from './parse-fit';
import { readFit } from './read-fit';

describeWithFixtures('a damaged record with an impossible time', () => {
  const file = 'bad/fitparse__strava-android-app-201.10-b1218918.fit';

  it('is left out of the streams, so the kept recording spans 5 minutes, not 64 years', () => {
    const records = readFit(fixture(file)).files[0]!.records;
    const { records: kept, dropped } = dropStrayRecords(records);
    expect(records.length).toBe(473);
    expect(dropped).toBe(1);
    expect(kept.length).toBe(472);
    expect(kept.timestamp[471]).toBe(records.timestamp[471]);

    const [session] = parseFit(fixture(file), 'strava.fit').sessions;
    const time = session!.streams!.time;
    expect(time[time.length - 1]).toBe(314);
    expect(session!.warnings).toContain('1 record(s) with impossible timestamps (damaged data) were left out');
  });

  it('leaves an intact file untouched (same columns, nothing dropped)', () => {
    const records = readFit(fixture('fit/elevate__huez.fit')).files[0]!.records;
    const result = dropStrayRecords(records);
    expect(result.dropped).toBe(0);
    expect(result.records).toBe(records);
  });
});
