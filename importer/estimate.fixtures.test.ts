// Thresholds estimated from the real fixture files (issue 16): before, the
// shared estimator read threshold HR 243.7 bpm and max HR 254 bpm off a
// faulty strap and a synthetic sine-wave file, and FTP 388 W off a triathlon's
// running power. Now each comes from an effort a coach would believe.
import { expect, it } from 'vitest';
import { estimateThresholdsDetailed } from '../shared/analytics';
import { describeWithFixtures, fixture, listFixtures } from '../tests/support/fixtures';
import { importFiles } from './import-files';

// 0.95 x 312.215 W; the 20-minute HR and the 10-second HR of the 2026 run; 200 m / (t400 - t200) of the 2017 pool swim.
const FTP = 296.604;
const THRESHOLD_HR = 150.187;
const MAX_HR = 198.4;
const CSS = 0.98678;

describeWithFixtures('estimates on the real fixtures', () => {
  it('reads every threshold from a believable effort, and says what it set aside or could not estimate', async () => {
    const paths = ['fit', 'gpx', 'tcx', 'export'].flatMap((dir) => listFixtures(dir, (p) => !p.endsWith('.csv')));
    const { sessions } = await importFiles(paths.map((name) => ({ name, bytes: fixture(name) })));
    expect(sessions).toHaveLength(88);
    const { estimates, thin } = estimateThresholdsDetailed({ sessions });
    const get = (key: string) => estimates.find((e) => e.key === key)!;
    const at = (key: string) => {
      const e = get(key);
      return [e.effort?.date, e.effort && sessions.find((s) => s.id === e.effort!.sessionId)!.sources[0]!.file];
    };

    // FTP: the Vector power meter ride of 2013 (the newest rides with power are over a year before the newest session).
    expect(get('ftp').value).toBeCloseTo(FTP, 2);
    expect(at('ftp')).toEqual(['2013-08-16', 'fit/fitparse__Edge810-Vector-2013-08-16-15-35-10.fit']);
    // Threshold and max HR from the newest year's hard run, not from the faulty strap (avg 234 bpm) or the sine-wave file.
    expect(get('thresholdHr').value).toBeCloseTo(THRESHOLD_HR, 2);
    // ... and the estimate says that 150 of 198 bpm is no threshold effort.
    expect(get('thresholdHr').how).toBe(
      'best 20-minute average heart rate, 150 bpm on 2026-05-14; only 76% of max HR, so probably an easier effort: a lower bound',
    );
    expect(get('maxHr').value).toBeCloseTo(MAX_HR, 5);
    expect(at('maxHr')).toEqual(['2026-05-14', 'fit/fit-parser__garmin-stamina.fit']);
    expect(get('thresholdRunSpeed').how).toBe('best 30-minute average speed running, on 2026-05-14; one session only');
    expect(get('swimCss').value).toBeCloseTo(CSS, 4);
    expect(thin).toEqual([{ key: 'restHr', why: 'no resting heart rate logged in Wellness' }]);
  });
});
