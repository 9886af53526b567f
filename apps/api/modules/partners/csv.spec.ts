import { csvObjects, parseCsv } from './csv';

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","multi\nline"\r\nd,e,f,g\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'multi\nline'],
      ['d', 'e', 'f', 'g'],
    ]);
  });

  it('keys records by the header, tolerating a byte-order mark, a missing last newline and short rows', () => {
    expect(csvObjects('\uFEFFId,Name\nx,X Hospital\ny')).toEqual({
      header: ['id', 'name'],
      rows: [
        { id: 'x', name: 'X Hospital' },
        { id: 'y', name: '' },
      ],
    });
  });
});
