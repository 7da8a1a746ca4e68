// The one place tombstones are told from live rows: a deleted row stays in
// its table (so the deletion can sync) and every read in db/ leaves it out here.

interface Tombstoned {
  readonly deletedAt: number | null;
}

/** Whether the row exists and is not deleted. */
export const isLive = <T extends Tombstoned>(row: T | undefined): row is T =>
  row !== undefined && row.deletedAt === null;

/** The live rows, in their order. */
export const liveRows = <T extends Tombstoned>(rows: readonly (T | undefined)[]): T[] => rows.filter(isLive);
