import { describe, expect, it } from 'vitest';
import { keyPoints } from './key-points';

describe('keyPoints', () => {
  it('keeps the first two sentences of an answer, on one line', () => {
    expect(
      keyPoints('Load 471, up 27% on\nyour normal. Fatigue rose to 66. Sleep was short on Tuesday. Rest Friday.'),
    ).toBe('Load 471, up 27% on your normal. Fatigue rose to 66.');
  });

  it('stops before a sentence that would pass the limit, and cuts one long sentence at a word', () => {
    expect(keyPoints('Short one. A second sentence that is far too long to fit.', 30)).toBe('Short one.');
    expect(keyPoints('A first sentence that is far too long to fit in the limit', 24)).toBe('A first sentence that…');
  });
});
