/**
 * document.xml streamed (issue 22): what the DOM reader refused is still refused with the same code, and a generated
 * long table reads row for row. Memory is measured in the bench (`npm run bench -- word`), not here.
 */
import { readFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocxTables } from '../../../src/adapters/docx/read';
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
