import { describe, expect, it } from 'vitest';
import { formLabel } from './form-label';

describe('form in plain words (intervals.icu form zones)', () => {
  it('maps TSB to its label on either side of each band edge', () => {
    const at = [40, 25.1, 5.1, 5, 0, -10, -10.1, -30, -30.1, -60];
    expect(at.map(formLabel)).toEqual([
      'fresh',
      'fresh',
      'fresh',
      'neutral',
      'neutral',
      'neutral',
      'tired',
      'tired',
      'overreaching',
      'overreaching',
    ]);
  });
});
