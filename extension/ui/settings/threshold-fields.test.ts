import { describe, expect, it } from 'vitest';
import { makeFormat } from '../units/format';
import { fieldFor, inputText, parseValue, showValue } from './threshold-fields';

const metric = makeFormat('metric', 'en-GB');
const imperial = makeFormat('imperial', 'en-GB');

describe('threshold fields', () => {
  it('reads a swim pace per 100 yd in imperial and shows it per 100 m in metric', () => {
    const css = fieldFor('swimCss');
    // 1:36 per 100 yd is 91.44 m in 96 s, which is 1:45 per 100 m (105.0 s).
    expect(parseValue(css, '1:36', imperial)).toEqual({ ok: true, value: 91.44 / 96 });
    expect(showValue(css, 91.44 / 96, metric)).toBe('1:45 /100 m');
    expect(inputText(css, 91.44 / 96, 'imperial')).toBe('1:36');
  });

  it('reads weight in pounds in imperial and keeps kilograms', () => {
    const weight = fieldFor('weight');
    const parsed = parseValue(weight, '154.3', imperial);
    // 1 lb = 0.45359237 kg exactly: 154.3 lb is 69.989 kg.
    expect(parsed.ok && parsed.value).toBeCloseTo(69.989, 3);
    expect(showValue(weight, 70, metric)).toBe('70.0 kg');
    expect(showValue(weight, 70, imperial)).toBe('154.3 lb');
    expect(inputText(weight, 70, 'imperial')).toBe('154.3');
  });

  it('accepts a decimal comma', () => {
    expect(parseValue(fieldFor('weight'), '72,5', metric)).toEqual({ ok: true, value: 72.5 });
  });

  it("says the imperial pace range in the athlete's units", () => {
    expect(parseValue(fieldFor('thresholdRunSpeed'), '30:00', imperial)).toEqual({
      ok: false,
      message: 'Threshold run pace must be between 3:13 /mi and 24:08 /mi.',
    });
  });
});
