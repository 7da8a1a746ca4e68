// The sessions the list shows: how many the library holds and the filter
// matches, and the rows in view, read in blocks so scrolling a few rows does
// not query again.
import { useCallback, useState } from 'preact/hooks';
import {
  countSessions,
  listSessions,
  type SessionFilter,
  type SessionRow,
  type SessionsDb,
} from '../../db/first-screen';
import { useLiveQuery } from '../common/use-live-query';

const BLOCK = 50;

export interface SessionWindow {
  /** Sessions stored, whatever the filter; undefined until first counted. */
  readonly stored: number | undefined;
  /** Matching sessions; undefined until first counted. */
  readonly count: number | undefined;
  /** Whether rows have been read yet, for this filter or an earlier one. */
  readonly rowsRead: boolean;
  /** The row at an index of the filtered list, when loaded. */
  rowAt(index: number): SessionRow | undefined;
  /** Tell the window which rows are rendered. */
  readonly onRange: (first: number, end: number) => void;
  readonly error: Error | null;
}

export function useSessionWindow(db: SessionsDb, filter: SessionFilter): SessionWindow {
  const [blocks, setBlocks] = useState<[number, number]>([0, 1]);
  const key = JSON.stringify(filter);
  // Both counts in one answer, asked as the list mounts beside its first rows: the list waits for one round trip to
  // storage, not a count, a render, then its rows. Unfiltered, each is the one stored row (db/live-count.ts).
  const counted = useLiveQuery(() => Promise.all([countSessions(db, {}), countSessions(db, filter)]), [db, key]);
  const [fromBlock, toBlock] = blocks;
  // Dexie's live query did not run the rows' read again when a first import or the demo season filled an empty
  // library (extension/demo/demo-controls.test.tsx): it is asked again once the library holds sessions.
  const libraryEmpty = counted.value?.[0] === 0;
  const loaded = useLiveQuery(
    async () => ({
      key,
      offset: fromBlock * BLOCK,
      rows: await listSessions(db, { ...filter, offset: fromBlock * BLOCK, limit: (toBlock - fromBlock) * BLOCK }),
    }),
    [db, key, fromBlock, toBlock, libraryEmpty],
  );
  const onRange = useCallback((first: number, end: number) => {
    const next: [number, number] = [Math.floor(first / BLOCK), Math.max(1, Math.ceil(end / BLOCK))];
    setBlocks((current) => (current[0] === next[0] && current[1] === next[1] ? current : next));
  }, []);
  const page = loaded.value;
  return {
    stored: counted.value?.[0],
    count: counted.value?.[1],
    rowsRead: page !== undefined,
    // Rows of another filter, still shown while the new query runs, would be wrong rows: left out.
    rowAt: (index) => (page && page.key === key ? page.rows[index - page.offset] : undefined),
    onRange,
    error: counted.error ?? loaded.error,
  };
}
