import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('splits CRLF records and keeps empty fields', () => {
    expect(parseCsv('a,b,c\r\n1,,3\r\n')).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['1', '', '3'],
      ],
      complete: true,
    });
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const csv = '1,"DERIVED ""Greeting SF with a dumb, dumb route""","line one\r\nline two"\r\n2,x,y';
    expect(parseCsv(csv).rows).toEqual([
      ['1', 'DERIVED "Greeting SF with a dumb, dumb route"', 'line one\r\nline two'],
      ['2', 'x', 'y'],
    ]);
  });

  it('accepts bare LF and CR line ends, a byte order mark, and no final line end', () => {
    expect(parseCsv('\ufeffa,b\nc,d\re,f').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5\'10",x').rows).toEqual([['5\'10"', 'x']]);
  });

  it('says when the text ends inside a quoted field', () => {
    expect(parseCsv('a,"never closed\r\nmore')).toEqual({ rows: [['a', 'never closed\r\nmore']], complete: false });
  });

  it('reads nothing from nothing', () => {
    expect(parseCsv('')).toEqual({ rows: [], complete: true });
  });
});
