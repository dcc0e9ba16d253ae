/** Every command that reads a workbook, given a folder: exit 2 with one line saying it is a folder (vi / en). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChiso } from '../support/cli';

let dir: string;
let folder: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-folder-'));
  folder = path.join(dir, 'ke-hoach.xlsx');
  fs.mkdirSync(folder);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CALLS: [string, (f: string) => string[]][] = [
  ['validate', (f) => ['validate', f]],
  ['extract', (f) => ['extract', f, '--json']],
  ['track', (f) => ['track', f, '-o', path.join(dir, 'ra.xlsx'), '--today', '2025-09-30']],
  ['template --from', (f) => ['template', '--from', f, '-o', path.join(dir, 'nam-sau.xlsx')]],
  ['cascade', (f) => ['cascade', f, '--unit', 'cấp xã', '-o', path.join(dir, 'xa.xlsx')]],
];

describe.each(CALLS)('chiso %s on a folder', (_name, argv) => {
  test('exit 2, nothing on stdout, one Vietnamese/English line naming the folder', async () => {
    const { code, out, err } = await runChiso(argv(folder));
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.split('\n')).toEqual([
      '"ke-hoach.xlsx" là một thư mục, không phải tệp .xlsx / "ke-hoach.xlsx" is a folder, not an .xlsx file',
    ]);
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });
});
