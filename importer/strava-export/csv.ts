// CSV as RFC 4180 defines it: records end in CRLF (a bare LF or CR is
// accepted too), fields may be quoted, and inside quotes a doubled quote is
// a quote while commas and line breaks are plain text. Strava's
// activities.csv uses all of these (descriptions with commas and newlines).

export interface CsvTable {
  readonly rows: string[][];
  /** False when the text ends inside a quoted field (the file was cut short). */
  readonly complete: boolean;
}

/** Splits CSV text into rows of fields. Never throws. */
export function parseCsv(text: string): CsvTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte order mark
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      const close = text.indexOf('"', i);
      if (close < 0) {
        field += text.slice(i);
        endRow();
        return { rows, complete: false };
      }
      field += text.slice(i, close);
      if (text[close + 1] === '"') {
        field += '"';
        i = close + 2;
      } else {
        quoted = false;
        i = close + 1;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < text.length && !',\r\n'.includes(text[end]!)) end++;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, complete: true };
}
