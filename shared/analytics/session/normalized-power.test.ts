import { describe, expect, it } from 'vitest';
import { makeStreams } from '../test-support';
import { toChannels } from './channels';
import { normalizedPower } from './normalized-power';

describe('normalizedPower', () => {
  it('matches the closed form for alternating 30 s blocks of 100 W and 300 W', () => {
    // With k 300-W seconds in a 30 s window the rolling average is 100 + 200k/30. Starting
    // with a 100 W block, the full windows ending at seconds 29..88 hold k = 0, 1..30, 29..1:
    // k = 0 and k = 30 once, every other k twice; so do each following 60 windows. With
    // 20 x 60 + 29 = 1229 samples there are exactly 1200 windows (20 periods), and
    // NP^4 = (sum over k of weight x (100 + 200k/30)^4) / 60 = 2421925860.08, NP = 221.8402 W.
    let sum4 = 0;
    for (let k = 0; k <= 30; k++) sum4 += (k === 0 || k === 30 ? 1 : 2) * (100 + (200 * k) / 30) ** 4;
    expect((sum4 / 60) ** 0.25).toBeCloseTo(221.8402, 4);
    const streams = makeStreams(1229, { power: (t) => (Math.floor(t / 30) % 2 === 0 ? 100 : 300) });
    expect(normalizedPower(toChannels(streams).power!)).toBeCloseTo(221.8402, 3);
  });

  it('gives the same NP for steady power recorded every 5 s as at 1 Hz', () => {
    const every5s = makeStreams(721, { power: () => 230 }, 5);
    expect(normalizedPower(toChannels(every5s).power!)).toBeCloseTo(230, 4);
  });

  it('leaves a long stop out of the average instead of counting it as zero watts', () => {
    // 20 min at 200 W, a 10 min stop with no samples, 20 min at 200 W. The stop's seconds are
    // not averaged in; they only drain the window: the 29 windows ending 1..29 s after the
    // restart average 200j/30 W. Full windows: 1171 before the stop + 1171 after = 2342.
    // NP^4 = (2342 x 200^4 + sum_j (200j/30)^4) / 2371 -> NP = 199.503 W (zeros would give ~190).
    const time = new Float64Array(2400);
    const power = new Float32Array(2400).fill(200);
    for (let i = 0; i < 2400; i++) time[i] = i < 1200 ? i : i + 600;
    expect(normalizedPower(toChannels({ time, power }).power!)).toBeCloseTo(199.503, 3);
  });

  it('is null with under 30 s of power', () => {
    expect(normalizedPower(toChannels(makeStreams(29, { power: () => 300 })).power!)).toBeNull();
  });
});
