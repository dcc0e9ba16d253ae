/**
 * document.xml streamed (issue 22): what the DOM reader refused is still refused with the same code, and a generated
 * long table reads row for row. Memory is measured in the bench (`npm run bench -- word`), not here.
 */
import { readFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocxTables } from '../../../src/adapters/docx/read';
import { ZipReader } from '../../../src/adapters/zip/read';
import { bigDocx } from '../../../scripts/lib/big-docx';
import { planFile } from '../../support/fixtures';

const docx = readFileSync(planFile().replace(/\.xlsx$/, '.docx'));

function withDocument(edit: (xml: string) => string): Uint8Array {
  const entries = unzipSync(docx);
  entries['word/document.xml'] = strToU8(edit(strFromU8(entries['word/document.xml'])));
  return zipSync(entries);
}

describe('the streamed document.xml', () => {
  it.each([
    ['an undeclared prefix', (x: string) => x.replace('<w:body>', '<w:body><q:x/>'), 'CORRUPT'],
    ['cut off', (x: string) => x.slice(0, 5_000), 'CORRUPT'],
    [
      'an entity declaration',
      (x: string) => x.replace(/(<\?xml[^>]*\?>)/, '$1<!DOCTYPE w:document [<!ENTITY e "e">]>'),
      'ENTITY',
    ],
    [
      'another root',
      (x: string) => x.replace(/<w:document\b/, '<w:settings').replace(/w:document>\s*$/, 'w:settings>'),
      'NOT_DOCX',
    ],
  ])('%s', async (_what, edit, code) => {
    await expect(readDocxTables(withDocument(edit), 'x.docx')).rejects.toMatchObject({ code });
  });

  it('a BOM before the prolog reads as without it', async () => {
    const plain = await readDocxTables(docx, 'x.docx');
    const entries = unzipSync(docx);
    entries['word/document.xml'] = new Uint8Array([0xef, 0xbb, 0xbf, ...entries['word/document.xml']]);
    expect(await readDocxTables(zipSync(entries), 'x.docx')).toEqual(plain);
  });

  it.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)(
    'a UTF-16 document.xml (little-endian, with its mark), %s, reads as the UTF-8 one',
    async (_how, level) => {
      const plain = await readDocxTables(docx, 'x.docx');
      const entries = unzipSync(docx);
      const text = strFromU8(entries['word/document.xml']);
      entries['word/document.xml'] = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
      expect(await readDocxTables(zipSync(entries, { level }), 'x.docx')).toEqual(plain);
    },
  );

  it('a UTF-16 mark cut across the first chunks still names the encoding', async () => {
    const plain = await readDocxTables(docx, 'x.docx');
    const entries = unzipSync(docx);
    const text = strFromU8(entries['word/document.xml']);
    entries['word/document.xml'] = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const chunks = jest.spyOn(ZipReader.prototype, 'chunks').mockImplementation(function* (this: ZipReader, entry) {
      // The inflated bytes one at a time for the first three, then the rest in one chunk.
      const all = this.inflate(entry);
      for (let i = 0; i < 3; i++) yield all.subarray(i, i + 1);
      yield all.subarray(3);
    });
    try {
      expect(await readDocxTables(zipSync(entries), 'x.docx')).toEqual(plain);
    } finally {
      chunks.mockRestore();
    }
  });

  it('a part that deflates far (long runs of spaces between elements) reads the same', async () => {
    // Inflated in small steps (read.ts aims at 64 KB a chunk): elements and UTF-8 sequences cut across chunks.
    const plain = await readDocxTables(docx, 'x.docx');
    const spaced = withDocument((x) => x.replace(/></g, `>${' '.repeat(3_000)}<`));
    expect(await readDocxTables(spaced, 'x.docx')).toEqual(plain);
  });

  it('a long generated table: every row, merges and list numbers in cells', async () => {
    const [t] = await readDocxTables(bigDocx(300_000).docx, 'big.docx');
    const rows = t.grid.rowCount - t.titleRows;
    expect(rows).toBeGreaterThan(100);
    expect(t.title).toEqual(['Phụ lục 1', 'CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
    expect(t.headerRows).toEqual([1]);
    // Body paragraphs 1. and 2. are numbered before the table: the first numbered cell paragraph is "3. …".
    const second = t.grid.cells[t.titleRows + 2][1];
    expect(second.kind === 'text' && second.text.split('\n')[1]).toMatch(/^3\. /);
    expect(t.grid.merges.some((m) => m.bottom > m.top)).toBe(true);
    expect(t.grid.merges.some((m) => m.right - m.left === 4)).toBe(true);
  });
});
