/**
 * The built pane keeps exceljs out of its first load: taskpane.js holds none of it (only the chunk's file name),
 * a lazy chunk of its own does, and the first load stays under 250 KB gzip (scripts/bench/size.js).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST, ensureDist } from './harness';

const size = require('../../scripts/bench/size.js') as {
  run: (dist?: string) => Promise<Array<{ case: string; value: number }>>;
};

beforeAll(() => ensureDist(), 900_000);

/** Strings only exceljs's code carries: the names of the xlsx parts it writes. */
const EXCELJS_MARKS = ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'docProps/app.xml'];

describe('dist/ chunks', () => {
  it('taskpane.js does not contain exceljs; one lazy chunk does', () => {
    const pane = fs.readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
    for (const mark of EXCELJS_MARKS) expect(pane).not.toContain(mark);
    const chunks = fs.readdirSync(path.join(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
    const withExcel = chunks.filter((f) => {
      const text = fs.readFileSync(path.join(DIST, 'chunks', f), 'utf8');
      return EXCELJS_MARKS.every((m) => text.includes(m));
    });
    expect(withExcel).toHaveLength(1);
    expect(withExcel[0]).toMatch(/^exceljs\.[0-9a-f]+\.js$/);
    // The page loads neither chunk itself: only import() fetches them.
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).not.toContain('chunks/');
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
