import { describe, expect, it } from 'vitest';
import { byText, mount, textsOf, waitFor } from '../test-support/render';
import { CurveChart } from './CurveChart';
import { durationLabel } from './duration-label';

describe('a best-effort curve', () => {
  it('steps point by point with the arrow keys, reads each out with its date, and opens its session', async () => {
    const opened: string[] = [];
    const root = mount(
      <CurveChart
        channel={{ key: 'power', title: 'Best power', invert: false, show: (w) => `${w} W` }}
        points={[
          { x: 5, value: 900, sessionId: 'a', when: 'Sat, 1 Jun 2024' },
          { x: 60, value: 450, sessionId: 'b', when: 'Sun, 2 Jun 2024' },
          { x: 1200, value: 300, sessionId: 'b', when: 'Sun, 2 Jun 2024' },
        ]}
        showX={durationLabel}
        ticks={[1, 60, 1200]}
        over="duration"
        onOpenSession={(id) => opened.push(id)}
      />,
    );
    // Ticks on the log axis: 1 s is left of the first point, so only 60 s and 20 min are labelled.
    expect(textsOf(root, '.curve-ticks span')).toEqual(['1 min', '20 min']);
    const svg = root.querySelector('svg')!;
    const press = () => svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    press();
    await waitFor(() =>
      expect(root.querySelector('.curve-readout span')!.textContent).toBe('5 s: 900 W, Sat, 1 Jun 2024'),
    );
    press();
    await waitFor(() =>
      expect(root.querySelector('.curve-readout span')!.textContent).toBe('1 min: 450 W, Sun, 2 Jun 2024'),
    );
    byText(root, 'Open the session', 'button').click();
    expect(opened).toEqual(['b']);
  });
});
