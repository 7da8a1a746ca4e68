// Work the first screen does not show waits for the browser's first idle moment.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll, waitFor } from '../test-support/render';
import { useIdle } from './use-idle';

function Probe() {
  return <p>{useIdle() ? 'idle' : 'busy'}</p>;
}

afterEach(unmountAll);
afterAll(() => vi.unstubAllGlobals());

describe('useIdle', () => {
  it('turns true when the browser calls back idle, and not before', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const root = mount(<Probe />);
    await waitFor(() => expect(callbacks).toHaveLength(1));
    expect(root.textContent).toBe('busy');
    callbacks[0]!({ didTimeout: false, timeRemaining: () => 10 });
    await waitFor(() => expect(root.textContent).toBe('idle'));
  });

  it('turns true a task later in a browser without idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const root = mount(<Probe />);
    expect(root.textContent).toBe('busy');
    await waitFor(() => expect(root.textContent).toBe('idle'));
  });
});
