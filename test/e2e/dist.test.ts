/**
 * The built pane carries no exceljs (file mode uses the CLI's streaming reader and package writer, in a lazy chunk),
 * the flows are lazy chunks too, and the first load stays under 250 KB gzip (scripts/bench/size.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as size from '../../scripts/bench/size';
import { DIST, ensureDist } from './harness';

beforeAll(() => ensureDist(), 900_000);

/** A string only exceljs's code carries (its error for a duplicate sheet name). */
const EXCELJS_MARK = 'Worksheet name already exists';

describe('dist/ chunks', () => {
  it("the page never loads exceljs: file mode reads and writes with the CLI's own reader and writer", () => {
    const files = [
      path.join(DIST, 'taskpane.js'),
      ...fs
        .readdirSync(path.join(DIST, 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(DIST, 'chunks', f)),
    ];
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((f) => fs.readFileSync(f, 'utf8').includes(EXCELJS_MARK))).toEqual([]);
    // The file-mode chunk (reader + writer) is fetched by import() only: the page names no chunk itself.
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).not.toContain('chunks/');
    expect(fs.readdirSync(path.join(DIST, 'chunks')).some((f) => /^xlsx\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  });

  it('the flows (reader, tracker builder) are a lazy chunk too: the first load shows the pane, not the flows', () => {
    const MARK = 'theo cơ quan chủ trì / by lead agency'; // a heading only the tracker builder writes
    expect(fs.readFileSync(path.join(DIST, 'taskpane.js'), 'utf8')).not.toContain(MARK);
    const chunks = fs.readdirSync(path.join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => fs.readFileSync(path.join(DIST, 'chunks', f), 'utf8').includes(MARK))).toHaveLength(1);
  });

  it('the first load (exceljs excluded) is under 250 KB gzip', async () => {
    const rows = await size.run(DIST);
    const first = rows.find((r) => r.case === 'pane first load (gzip)')!;
    expect(first.value).toBeGreaterThan(50_000);
    expect(first.value).toBeLessThan(250 * 1024);
  });
});
