import { describe, expect, it } from 'vitest';
import { blankSummary, makeSession } from '../../tests/support/sessions';
import { dropUnmeasuredChannels } from './unmeasured-channels';
import { bpm, watts } from './units';

const time = Float64Array.from([0, 1, 2, 3]);
const lap = (avgPowerW: number, maxPowerW: number) => ({
  ...blankSummary({ avgPowerW: watts(avgPowerW), maxPowerW: watts(maxPowerW), avgHr: bpm(140) }),
  trigger: 'manual',
});

describe('dropUnmeasuredChannels', () => {
  it('drops a column of zeros and clears the zeros its summary and laps state', () => {
    const session = makeSession({
      ...lap(0, 0),
      laps: [lap(0, 0), lap(0, 0)],
      streams: { time, power: new Float32Array(4), heartRate: Float32Array.from([140, 141, NaN, 142]) },
    });
    const cleaned = dropUnmeasuredChannels(session);
    expect(Object.keys(cleaned.streams!)).toEqual(['time', 'heartRate']);
    expect([cleaned.avgPowerW, cleaned.maxPowerW, cleaned.avgHr]).toEqual([null, null, 140]);
    expect(cleaned.laps.map((l) => [l.avgPowerW, l.maxPowerW])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('keeps a coasting lap’s 0 W when the session measured power', () => {
    const session = makeSession({
      ...lap(100, 300),
      laps: [lap(0, 0), lap(200, 300)],
      streams: { time, power: Float32Array.from([0, 0, 300, 100]) },
    });
    expect(dropUnmeasuredChannels(session)).toBe(session);
  });

  it('clears a stated 0 W with no samples at all, in every leg and its laps, and leaves no streams where there were none', () => {
    const leg = { ...lap(0, 0), laps: [lap(0, 0)] };
    const cleaned = dropUnmeasuredChannels(makeSession({ ...lap(0, 0), legs: [leg, leg] }));
    expect(cleaned.streams).toBeUndefined();
    expect(cleaned.legs.flatMap((l) => [l.avgPowerW, l.laps[0]!.maxPowerW])).toEqual([null, null, null, null]);
    expect(cleaned.legs.map((l) => l.avgHr)).toEqual([140, 140]);
  });

  it('keeps a summary a device states above 0 when its samples of that channel are zeros', () => {
    const session = makeSession({ ...lap(150, 400), streams: { time, power: new Float32Array(4) } });
    const cleaned = dropUnmeasuredChannels(session);
    expect(cleaned.streams!.power).toBeUndefined();
    expect([cleaned.avgPowerW, cleaned.maxPowerW]).toEqual([150, 400]);
  });
});
