// A list that renders only the rows in view (plus a few either side), each
// of one fixed height, so 5,000 sessions cost as much as twenty. Arrow keys,
// Home and End move between rows, scrolling rows into view as they go.
import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  readonly count: number;
  /** Pixels; must match the CSS of a row. */
  readonly rowHeight: number;
  /** Rows rendered beyond each edge of the view, so a quick scroll shows no gap. */
  readonly overscan?: number;
  readonly label: string;
  /** One row; its first focusable element receives focus when keys move to it. */
  readonly renderRow: (index: number) => VNode;
  /** The rows now rendered, [first, end), for loading their data. */
  readonly onRange?: (first: number, end: number) => void;
}

export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, Math.max(first, end)];
}

export function VirtualList({ count, rowHeight, overscan = 5, label, renderRow, onRange }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // happy-dom and a panel not yet laid out report 0: the window height is a fair first guess.
  const [viewport, setViewport] = useState(() => window.innerHeight);
  const focusNext = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || window.innerHeight);
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The observer reports the first size too, once the browser has laid the page out: measuring here forced that
    // layout in the middle of the list's first render (20-30 ms of an open's CPU profile, BENCHMARKS.md branch open3).
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const [first, end] = visibleRange(scrollTop, viewport, rowHeight, count, overscan);
  useEffect(() => onRange?.(first, end), [first, end, onRange]);

  useEffect(() => {
    const index = focusNext.current;
    if (index === null) return;
    const target = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${index}"] button, [data-index="${index}"] a`,
    );
    if (target) {
      focusNext.current = null;
      target.focus();
    }
  });

  const moveTo = (index: number) => {
    const el = scroller.current;
    if (!el || count === 0) return;
    const to = Math.max(0, Math.min(count - 1, index));
    const top = to * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + viewport) el.scrollTop = top + rowHeight - viewport;
    setScrollTop(el.scrollTop);
    focusNext.current = to;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const at = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: count - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };

  const rows: VNode[] = [];
  for (let i = first; i < end; i++) {
    rows.push(
      <div
        role="listitem"
        key={i}
        data-index={i}
        aria-posinset={i + 1}
        aria-setsize={count}
        class="virtual-row"
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      class="virtual-list"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} class="virtual-spacer" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
