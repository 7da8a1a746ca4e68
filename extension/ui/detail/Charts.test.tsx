import { afterEach, describe, expect, it } from 'vitest';
import type { Streams } from '../../../shared/model';
import { FormatContext } from '../common/format-context';
import { mount, textsOf, unmountAll, waitFor } from '../test-support/render';
import { makeFormat, type UnitSystem } from '../units/format';
import { Charts } from './Charts';

afterEach(unmountAll);

const HOUR = 3600;
/** One hour: HR rising 1 bpm a minute from 120, a steady 250 W, 9 m/s (32,391 m at the last sample), a climb of 360 m. */
function hourOfSamples({ withDistance }: { withDistance: boolean }): Streams {
  const time = Float64Array.from({ length: HOUR }, (_, i) => i);
  return {
    time,
    heartRate: Float32Array.from(time, (t) => 120 + Math.floor(t / 60)),
    power: new Float32Array(HOUR).fill(250),
    speed: new Float32Array(HOUR).fill(9),
    altitude: Float32Array.from(time, (t) => 100 + t / 10),
    ...(withDistance ? { distance: Float64Array.from(time, (t) => 9 * t) } : {}),
  };
}

function charts(streams: Streams, units: UnitSystem = 'metric') {
  return mount(
    <FormatContext.Provider value={makeFormat(units, 'en-GB')}>
      <Charts streams={streams} sport="cycling" />
    </FormatContext.Provider>,
  );
}

const axisRadios = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLInputElement>('input[name="chart-axis"]'));
const press = (root: HTMLElement, times: number) => {
  const svg = root.querySelector<SVGElement>('.chart-hr svg')!;
  for (let i = 0; i < times; i++) svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
};

describe('the charts’ x-axis', () => {
  it('switches to distance, labelled in the athlete’s units, with the shared cursor showing every channel there', async () => {
    const root = charts(hourOfSamples({ withDistance: true }));
    expect(axisRadios(root).map((r) => [r.parentElement?.textContent, r.checked])).toEqual([
      ['Time', true],
      ['Distance', false],
    ]);
    expect(textsOf(root, '.chart-axis span')).toEqual(['0:00:00', '0:59:59']);

    axisRadios(root)[1]!.click();
    await waitFor(() => expect(textsOf(root, 'h3')).toEqual(['Over distance']));
    expect(textsOf(root, '.chart-axis span')).toEqual(['0.00 km', '32.39 km']);
    expect(root.querySelector('.chart-hr svg')?.getAttribute('aria-label')).toBe(
      'Heart rate over distance, from 120 bpm to 179 bpm. Arrow keys move the cursor.',
    );

    // Ten arrow presses: 10% of 32,391 m is 3,239.1 m, last reached at sample 359 (3,231 m), the 6th minute.
    press(root, 10);
    await waitFor(() => expect(textsOf(root, '.chart-axis output')).toEqual(['3.24 km']));
    expect(textsOf(root, '.chart-readout')).toEqual(['125 bpm', '250 W', '32.4 km/h', '136 m']);
  });

  it('reads distance in miles for an imperial athlete', async () => {
    const root = charts(hourOfSamples({ withDistance: true }), 'imperial');
    axisRadios(root)[1]!.click();
    // 32,391 m / 1,609.344 m = 20.13 mi.
    await waitFor(() => expect(textsOf(root, '.chart-axis span')).toEqual(['0.00 mi', '20.13 mi']));
  });

  it('offers time only when the samples carry no distance', () => {
    const root = charts(hourOfSamples({ withDistance: false }));
    expect(axisRadios(root)).toEqual([]);
    expect(textsOf(root, 'h3')).toEqual(['Over time']);
  });

  it('draws a ride with a GPS dropout as an axis that never goes back', async () => {
    const streams = hourOfSamples({ withDistance: true });
    const distance = streams.distance!;
    // No fix for the first 10 s, then a reading 5 m short of the one before.
    distance.fill(NaN, 0, 10);
    distance[2000] = distance[1999]! - 5;
    const root = charts(streams);
    axisRadios(root)[1]!.click();
    await waitFor(() => expect(textsOf(root, '.chart-axis span')).toEqual(['0.00 km', '32.39 km']));
    const path = root.querySelector('.chart-power path')?.getAttribute('d') ?? '';
    const xs = Array.from(path.matchAll(/[ML]([\d.]+) /g), (m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(100);
    expect(xs.every((x, i) => i === 0 || x >= xs[i - 1]!)).toBe(true);
  });
});

describe('the charts’ smoothing', () => {
  it('draws noisy channels as the mean of the last 5 s or 30 s when chosen, and elevation as recorded', async () => {
    const streams = hourOfSamples({ withDistance: true });
    // A see-saw between 200 and 300 W, second by second, as a power meter's 1 Hz noise draws.
    const root = charts({ ...streams, power: Float32Array.from(streams.time, (t) => (t % 2 === 0 ? 200 : 300)) });
    const smoothing = () => Array.from(root.querySelectorAll<HTMLInputElement>('input[name="chart-smoothing"]'));
    expect(smoothing().map((r) => [r.parentElement?.textContent, r.checked])).toEqual([
      ['Off', true],
      ['5 s', false],
      ['30 s', false],
    ]);
    press(root, 10);
    await waitFor(() => expect(textsOf(root, '.chart-readout')).toEqual(['125 bpm', '300 W', '32.4 km/h', '136 m']));

    // At 0:05:59: 300, 200, 300, 200, 300 W in the last 5 s make 260 W; the last 30 s, 15 of each, 250 W.
    smoothing()[1]!.click();
    await waitFor(() => expect(textsOf(root, '.chart-readout')).toEqual(['125 bpm', '260 W', '32.4 km/h', '136 m']));
    smoothing()[2]!.click();
    await waitFor(() => expect(textsOf(root, '.chart-readout')).toEqual(['125 bpm', '250 W', '32.4 km/h', '136 m']));
  });
});
