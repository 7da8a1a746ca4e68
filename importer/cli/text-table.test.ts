import { describe, expect, it } from 'vitest';
import { renderTable } from './text-table';

describe('renderTable', () => {
  it('pads columns to their widest cell, numbers to the right, and trims trailing spaces', () => {
    const rows = [
      { name: 'ride', km: '141.94' },
      { name: 'a long run', km: '5.00' },
    ];
    const table = renderTable(
      [
        { header: 'Name', cell: (r: (typeof rows)[number]) => r.name },
        { header: 'km', align: 'right', cell: (r: (typeof rows)[number]) => r.km },
      ],
      rows,
    );
    expect(table).toBe(
      ['Name            km', '----------  ------', 'ride        141.94', 'a long run    5.00', ''].join('\n'),
    );
  });
});
