// A push's answer leaves out the fields of a row the server holds exactly as pushed (`asPushed`): in a first
// upload that is every row, and sending them back would double what crosses the wire. The transports put them
// back, so the engine sees every row of the answer as the server holds it.
import type { PushRow, ServerRow } from './protocol';

/** The answer with each `asPushed` row's fields put back: the answer holds one row per row pushed, in order. */
export function withPushedFields(pushed: readonly PushRow[], answer: readonly ServerRow[]): ServerRow[] {
  return answer.map((row, i) => {
    if (row.asPushed !== true) return row;
    const sent = pushed[i];
    if (sent?.table !== row.table || sent.rowId !== row.rowId)
      throw new Error(`The push's answer names ${row.table} ${row.rowId} where it pushed another row`);
    return { table: row.table, rowId: row.rowId, seq: row.seq, fields: sent.fields };
  });
}
