import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll, waitFor } from '../test-support/render';
import { onDemand } from './on-demand';

afterEach(unmountAll);

function Plan({ week }: { week: number }) {
  return <h2>Week {week}</h2>;
}

/** A load the test finishes by hand, counting how often it was started. */
function heldLoad() {
  const held = { starts: 0, finish: (_: typeof Plan) => {}, fail: (_: Error) => {} };
  const load = () => {
    held.starts++;
    return new Promise<typeof Plan>((resolve, reject) => {
      held.finish = resolve;
      held.fail = reject;
    });
  };
  return { held, load };
}

describe('a part of the panel loaded on demand', () => {
  it('says it is loading, then shows the part with its props; shown again, it appears at once', async () => {
    const { held, load } = heldLoad();
    const LazyPlan = onDemand('Plan', load);

    const first = mount(<LazyPlan week={3} />);
    const status = first.querySelector('[role="status"]');
    expect(status?.textContent).toBe('Loading Plan…');
    await waitFor(() => expect(held.starts).toBe(1));
    held.finish(Plan);
    await waitFor(() => expect(first.querySelector('h2')?.textContent).toBe('Week 3'));
    expect(first.querySelector('[role="status"]')).toBeNull();

    const second = mount(<LazyPlan week={4} />);
    expect(second.innerHTML).toBe('<h2>Week 4</h2>');
    expect(held.starts).toBe(1);
  });

  it('names the part that failed to load, and tries again the next time it is shown', async () => {
    const { held, load } = heldLoad();
    const LazyPlan = onDemand('Plan', load);

    const first = mount(<LazyPlan week={1} />);
    await waitFor(() => expect(held.starts).toBe(1));
    held.fail(new Error('Failed to fetch dynamically imported module'));
    await waitFor(() =>
      expect(first.querySelector('[role="alert"]')?.textContent).toBe(
        'Plan could not be loaded: Failed to fetch dynamically imported module',
      ),
    );

    const second = mount(<LazyPlan week={2} />);
    expect(second.querySelector('[role="status"]')?.textContent).toBe('Loading Plan…');
    await waitFor(() => expect(held.starts).toBe(2));
    held.finish(Plan);
    await waitFor(() => expect(second.querySelector('h2')?.textContent).toBe('Week 2'));
  });
});
