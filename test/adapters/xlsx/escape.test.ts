/**
 * The text boundary: characters XML 1.0 forbids become `_xHHHH_`, a literal `_xHHHH_` is protected as
 * `_x005F_xHHHH_`, and a sheet written with such text parses and reads back (openpyxl) as the text it was.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import * as path from 'path';
import {
  decodeOoxmlString,
  ooxmlString,
  parseXml,
  xmlAttr,
  xmlFormula,
  xmlText,
} from '../../../src/adapters/xlsx/package';
import { newWorkbookBytes } from '../../../src/adapters/xlsx/sml';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { tempDir } from '../../core/tracker/helpers';

const NASTY = [
  'a\u0001b',
  'tab\there',
  'line\nbreak',
  'cr\r\nlf',
  '_x0000_ literal',
  '_x005F_x0041_',
  'bell\u0007\u001F',
  'nul\u0000',
  'bom\uFFFE\uFFFF',
  'emoji 😀',
  'lone \uD800 high',
  'lone \uDC00 low',
  '<&>"\'',
];

describe('the OOXML text boundary', () => {
  it('escapes forbidden characters and literal escapes, and decodes back to the same text', () => {
    expect(ooxmlString('a\u0001b')).toBe('a_x0001_b');
    expect(ooxmlString('_x0000_')).toBe('_x005F_x0000_');
    expect(ooxmlString('_x005F_x0041_')).toBe('_x005F_x005F_x005F_x0041_');
    expect(ooxmlString('cr\r\n')).toBe('cr_x000D_\n');
    expect(xmlText('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect(xmlAttr('a\tb\nc')).toBe('a&#9;b&#10;c');
    expect(xmlFormula('"x\u0001y"&A1')).toBe('&quot;xy&quot;&amp;A1');
    for (const s of NASTY) {
      const stored = ooxmlString(s);
      expect(stored).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      // Lone surrogates are not characters: they come back as U+FFFD; everything else exactly.
      expect(decodeOoxmlString(stored)).toBe(
        s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
      );
      expect(() => parseXml(`<t a="${xmlAttr(s)}">${xmlText(s)}</t>`)).not.toThrow();
    }
  });

  it('writes a sheet with such text that every reader opens, and openpyxl reads the stored text back', async () => {
    const spec: SheetSpec = {
      name: 'Văn bản',
      kind: 'data',
      styles: {},
      cells: NASTY.map((s) => [{ v: s }, { f: `LEN(A1)`, r: s.length }]),
    };
    const file = path.join(tempDir('chiso-escape-'), 'nasty.xlsx');
    writeFileSync(file, await newWorkbookBytes([spec]));
    const code =
      'import sys, json, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])["Văn bản"]\nprint(json.dumps([r[0].value for r in ws.iter_rows()]))';
    const back = JSON.parse(execFileSync('/usr/bin/python3', ['-c', code, file], { encoding: 'utf8' })) as string[];
    // openpyxl (3.0) parses the part and gives inline text as stored, without decoding _xHHHH_: decoded, it is the text.
    const expected = NASTY.map((s) =>
      s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
    );
    expect(back.map(decodeOoxmlString)).toEqual(expected);
  });
});
