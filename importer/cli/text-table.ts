// A plain-text table for terminals: a header row, a rule, then the rows, with
// columns padded to their widest cell. Used by the CLI and by the benchmark.

export interface Column<Row> {
  readonly header: string;
  /** Numbers read best right-aligned, so their digits line up. */
  readonly align?: 'left' | 'right';
  readonly cell: (row: Row) => string;
}

const GAP = '  ';

export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
  return `${[line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n')}\n`;
}
