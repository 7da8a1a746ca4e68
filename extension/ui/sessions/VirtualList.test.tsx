import { afterEach, describe, expect, it } from 'vitest';
import { FormatContext } from '../common/format-context';
import { mount, textsOf, unmountAll, waitFor } from '../test-support/render';
import { knownSession, storedRow } from '../test-support/sessions';
import { makeFormat } from '../units/format';
import { SessionRow } from './SessionRow';
import { visibleRange, VirtualList } from './VirtualList';

afterEach(unmountAll);

const ROW = 60;
const sessions = Array.from({ length: 5000 }, (_, i) => storedRow(knownSession(`s${i}`, i, { title: `Session ${i}` })));

function list() {
  return mount(
    <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
      <VirtualList
        count={sessions.length}
        rowHeight={ROW}
        label="Sessions"
        renderRow={(i) => <SessionRow session={sessions[i]!} onOpen={() => undefined} />}
      />
    </FormatContext.Provider>,
  );
}

const focusedTitle = () => document.activeElement?.querySelector('.session-row-title')?.textContent;

describe('VirtualList with 5,000 sessions', () => {
  it('puts only the rows in view and 5 beyond in the DOM', () => {
    const root = list();
    // happy-dom lays nothing out, so the list takes the window's 768 px: 13 rows of 60 px, plus 5 overscan below.
    expect(window.innerHeight).toBe(768);
    expect(root.querySelectorAll('[role="listitem"]')).toHaveLength(18);
    expect(textsOf(root, '.session-row-title').slice(0, 2)).toEqual(['Session 0', 'Session 1']);
    expect(root.querySelector<HTMLElement>('[role="list"]')?.style.height).toBe(`${5000 * ROW}px`);
  });

  it('renders the rows around the scroll position, overscan on both sides', async () => {
    const root = list();
    const scroller = root.querySelector<HTMLElement>('.virtual-list')!;
    scroller.scrollTop = 2500 * ROW;
    scroller.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(root.querySelector('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('2496'));
    expect(root.querySelectorAll('[role="listitem"]')).toHaveLength(23);
    expect(root.querySelector('[role="listitem"]')?.getAttribute('aria-setsize')).toBe('5000');
  });

  it('moves focus with the arrow keys, End and Home, bringing the row into view', async () => {
    const root = list();
    root.querySelector<HTMLButtonElement>('.session-row')!.focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await waitFor(() => expect(focusedTitle()).toBe('Session 1'));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor(() => expect(focusedTitle()).toBe('Session 4999'));
    expect(root.querySelector<HTMLElement>('.virtual-list')!.scrollTop).toBe(5000 * ROW - 768);
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await waitFor(() => expect(focusedTitle()).toBe('Session 0'));
  });
});

describe('visibleRange', () => {
  it('clamps to the list and adds overscan each side', () => {
    expect(visibleRange(0, 600, 60, 5000, 5)).toEqual([0, 15]);
    expect(visibleRange(6000, 600, 60, 5000, 5)).toEqual([95, 115]);
    expect(visibleRange(299_400, 600, 60, 5000, 5)).toEqual([4985, 5000]);
    expect(visibleRange(0, 600, 60, 3, 5)).toEqual([0, 3]);
  });
});
