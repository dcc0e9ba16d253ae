/**
 * A damaged workbook tracked twice (issue 22, item 3): the sample plan with a sheet listed in the workbook whose part
 * is gone (generated here with fflate). Both runs succeed with the same warning naming the sheet; the output never
 * lists a sheet without its part (before: the first run carried the dangling entry and the second ended in
 * "Unexpected error: sheet … has no part").
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../../src/cli/cli';
import { OpcPackage, listSheets } from '../../src/adapters/xlsx/package';
import { readXlsxWorkbook } from '../../src/adapters/xlsx/reader';
import { fakeIo } from '../support/cli';
import { fixturePlan, tempDir } from '../core/tracker/helpers';

describe('chiso track on a workbook that lists a sheet whose part is missing', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke-hoach.xlsx');
  const output = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  const entries = unzipSync(readFileSync(fixturePlan()));
  const rels = strFromU8(entries['xl/_rels/workbook.xml.rels']);
  // The part of the second sheet ("Phụ lục 2", a score table) is removed; its entry and relationship stay.
  const gone = /Target="\/?(?:xl\/)?(worksheets\/sheet2\.xml)"/.exec(rels)?.[1];
  delete entries[`xl/${gone}`];
  writeFileSync(input, zipSync(entries));

  async function track(): Promise<{ code: number; text: string; err: string[] }> {
    const { io, out, err } = fakeIo('2025-09-30');
    const code = await runCli(['track', input, '-o', output, '--today', '2025-09-30'], io);
    return { code, text: out.join('\n'), err };
  }

  it('is tracked, then refreshed, each time with a warning and never a sheet entry without its part', async () => {
    expect(gone).toBe('worksheets/sheet2.xml');
    const first = await track();
    expect(first).toMatchObject({ code: 0, err: [] });
    const listed = async () => listSheets(await OpcPackage.open(readFileSync(output)));
    const afterFirst = await listed();
    expect(afterFirst.filter((s) => s.part === null)).toEqual([]);
    expect(afterFirst.map((s) => s.name)).not.toContain('Phụ lục 2');
    expect(afterFirst.map((s) => s.name)).toEqual(expect.arrayContaining(['Phụ lục 1', 'Phụ lục 3', 'Phụ lục 4']));

    const second = await track();
    expect(second).toMatchObject({ code: 0, err: [] });
    expect(second.text).toContain('Đã cập nhật bảng theo dõi có sẵn');
    expect((await listed()).filter((s) => s.part === null)).toEqual([]);
    // The same problems both times (the missing sheet's warning among them).
    const problems = (t: string) => /Vấn đề \/ Problems: .*/.exec(t)?.[0];
    expect(problems(second.text)).toBe(problems(first.text));
    expect(problems(first.text)).toMatch(/cảnh báo [1-9]/);
    const sheet = (await readXlsxWorkbook(readFileSync(output), 'out.xlsx')).grids.find((g) => g.sheet === 'Vấn đề');
    const said = JSON.stringify(sheet?.cells);
    expect(said).toContain('Phụ lục 2');
    expect(said).toContain('sheet2.xml');
  });
});
