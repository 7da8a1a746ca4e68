import { describe, expect, it } from 'vitest';
import { thresholdsAt } from '../../../shared/analytics';
import type { PlanItem } from '../../../shared/model';
import { makeFormat } from '../units/format';
import { previewBlocks, UNKNOWN_LENGTH_S } from './preview-blocks';
import { lengthWords, targetWords } from './step-words';

const T = thresholdsAt({ sex: null, thresholds: [{ key: 'thresholdRunSpeed', value: 4, from: 0 }] }, 1);

describe('previewBlocks', () => {
  it('lays steps end to end, a distance at its pace, and draws an unknown length as 5 min', () => {
    const items: PlanItem[] = [
      { durationS: 600, intensity: 'warmup' },
      { times: 2, steps: [{ distanceM: 1000, target: { kind: 'pace', low: 4.8, high: 5.2 }, intensity: 'work' }] },
      { target: { kind: 'threshold-hr', low: 0.7, high: 0.8 }, intensity: 'cooldown' },
    ];
    expect(previewBlocks(items, 'running', T)).toEqual([
      { startS: 0, seconds: 600, intensity: null, kind: 'warmup', guessed: false },
      { startS: 600, seconds: 200, intensity: 1.25, kind: 'work', guessed: false },
      { startS: 800, seconds: 200, intensity: 1.25, kind: 'work', guessed: false },
      { startS: 1000, seconds: UNKNOWN_LENGTH_S, intensity: 0.75, kind: 'cooldown', guessed: true },
    ]);
  });
});

describe('step words', () => {
  const metric = makeFormat('metric', 'en-GB');
  const imperial = makeFormat('imperial', 'en-US');
  it("write a step's length and target in the athlete's units", () => {
    expect(lengthWords({ durationS: 330 }, 'cycling', metric)).toBe('0:05:30');
    expect(lengthWords({ distanceM: 1609.344 }, 'running', imperial)).toBe('1.00 mi');
    expect(lengthWords({}, 'running', metric)).toBe('until lap');
    expect(targetWords({ kind: 'ftp', low: 1.05, high: 1.1 }, 'cycling', metric)).toBe('105–110 % FTP');
    expect(targetWords({ kind: 'pace', low: 1000 / 300, high: 1000 / 280 }, 'running', metric)).toBe(
      '5:00 /km – 4:40 /km',
    );
    expect(targetWords({ kind: 'hr-zone', zone: 2 }, 'running', metric)).toBe('heart-rate zone 2');
    expect(targetWords(undefined, 'running', metric)).toBe('no target');
  });
});
