/** Issue 18: "today" has one clock, read by the CLI, the pane and the page, and CCHC.STATUS's default. */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { systemToday, systemYear } from '../../src/adapters/clock';
import { localToday as cliToday, processIo } from '../../src/cli/io';
import { todayIso } from '../../src/functions/boundary';
import { localToday as paneToday } from '../../src/taskpane/clock';

describe('one clock for today', () => {
  it('is the local calendar day (23:59 local on 5 January is still 5 January; 00:01 is the 6th)', () => {
    expect(systemToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(systemToday(new Date(2025, 0, 6, 0, 1))).toBe('2025-01-06');
    expect(systemYear(new Date(2025, 11, 31, 23, 59))).toBe(2025);
  });

  it('the CLI, the pane and the custom functions read the same clock', () => {
    const late = new Date(2025, 11, 31, 23, 30);
    expect([cliToday(late), paneToday(late), todayIso(late)]).toEqual(['2025-12-31', '2025-12-31', '2025-12-31']);
    expect(processIo.today()).toBe(systemToday());
  });

  it('no other source file turns a Date into today or this year', () => {
    const root = path.join(__dirname, '../../src');
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((f) => {
        const p = path.join(d, f);
        return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
      });
    const own = new Set(['core/text/date.ts', 'adapters/clock.ts'].map((f) => path.join(root, f)));
    const readers = walk(root).filter(
      (f) => !own.has(f) && /localIsoDate\(|getFullYear\(\)|getDate\(\)/.test(readFileSync(f, 'utf8')),
    );
    expect(readers.map((f) => path.relative(root, f))).toEqual([]);
  });
});
