/** Issue 18: one table of requirement sets; every ExcelApi check of the Office adapter and the pane comes from it. */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { OfficePort } from '../../../src/adapters/office';
import { REQUIREMENTS } from '../../../src/adapters/office/requirements';
import { FEATURE_REQUIREMENTS } from '../../../src/taskpane/requirements';
import { fakeHost, FakeBook } from './fake-excel';

function book(api: string): FakeBook {
  const b = new FakeBook();
  b.addSheet('Kế hoạch').cell(1, 1).value = 'Của tôi';
  b.api = api;
  return b;
}

describe('requirement sets', () => {
  it('selecting a cell needs ExcelApi 1.4 (getItemOrNullObject): an ExcelApi 1.3 host gets the old-Excel message', async () => {
    const port = new OfficePort(fakeHost(book('1.3')));
    await expect(port.selectCell('Kế hoạch', 'A1')).rejects.toMatchObject({
      code: 'OLD_EXCEL',
      message: expect.stringContaining('ExcelApi 1.4'),
    });
    const ok = book('1.4');
    await new OfficePort(fakeHost(ok)).selectCell('Kế hoạch', 'A1');
    expect(ok.selection).toEqual({ sheet: 'Kế hoạch', address: 'A1' });
  });

  it('every level the adapter asks for while reading, writing and selecting is in the table', async () => {
    const asked = new Set<string>();
    const b = book('1.13');
    const host = fakeHost(b);
    const port = new OfficePort({ ...host, supports: (v) => (asked.add(v), host.supports(v)) });
    await port.name();
    await port.readGrids();
    await port.writeSheets([{ name: 'Theo dõi', kind: 'tasks', styles: {}, cells: [[{ v: 'x' }]] }], {
      replace: [],
      remove: [],
    });
    await port.selectCell('Kế hoạch', 'A1');
    const table = new Set(Object.values(REQUIREMENTS).map((r) => r.minVersion));
    expect([...asked].filter((v) => !table.has(v))).toEqual([]);
    // The checks that exist today: read 1.2, select 1.4, suspended calculation 1.6, name 1.7, write 1.8, full writer
    // and links 1.9, merges 1.13.
    expect([...asked].sort()).toEqual(['1.13', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9']);
  });

  it('the pane’s features come from the same table, and no other source file names a requirement-set version', () => {
    expect(FEATURE_REQUIREMENTS.taskPane).toEqual([{ name: 'ExcelApi', minVersion: '1.1' }]);
    expect(FEATURE_REQUIREMENTS.customFunctions).toEqual([REQUIREMENTS.customFunctions]);
    const root = path.join(__dirname, '../../../src');
    const files = ['adapters/office', 'taskpane', 'taskpane/components'].flatMap((d) =>
      readdirSync(path.join(root, d))
        .filter((f) => /\.tsx?$/.test(f) && f !== 'requirements.ts')
        .map((f) => path.join(d, f)),
    );
    const versions = files.filter((f) =>
      /(isSetSupported|supports)\([^)]*'\d+\.\d+'/.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(versions).toEqual([]);
  });
});
