/**
 * `chiso rollup` on 21 ward trackers made from the sample plan (cascade, then track), with statuses, completion dates,
 * paused tasks and notes typed in as officials would (seeded; one tracker saved without cached formula results),
 * next to a plan file, a damaged file, a text file and a text file named .xlsx. Every per-unit, per-task and
 * per-agency count equals what was typed, under the rules computed here independently; the skipped files are listed
 * with their reasons; the inputs are unchanged and nothing is written beside them; LibreOffice opens the roll-up
 * (recalculation forced) with no formula error. Outputs are kept under artifacts/rollup/.
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runChiso, type CliRun } from '../support/cli';
import { LO_RENDER } from '../support/fixtures';
import { fixturePlan, ROOT, tempDir } from '../core/tracker/helpers';
import { readCsv } from '../core/tracker/render';
import type { RollupJson } from '../../src/core/rollup';
import { AS_OF, makeUnits, ROLLUP_SHEETS, SOON, type MadeUnit, type TypedRow } from '../core/rollup/units';

const ART = path.join(ROOT, 'artifacts', 'rollup');
const N = 21;

type Expected = 'done' | 'paused' | 'overdue' | 'dueSoon' | 'onTrack' | 'notUpdated' | 'noDate';
const ALL: Expected[] = ['done', 'paused', 'overdue', 'dueSoon', 'onTrack', 'notUpdated', 'noDate'];

/** The rule, written out here on its own: the tracker's "Cảnh báo" formula. */
function expected(t: TypedRow): Expected {
  if (t.status.toLowerCase() === 'hoàn thành' || t.doneDate) return 'done';
  if (t.status.toLowerCase() === 'tạm dừng') return 'paused';
  if (!t.due) return 'noDate';
  const days = (Date.parse(t.due) - Date.parse(AS_OF)) / 86400000;
  if (days < 0) return 'overdue';
  if (days <= SOON) return 'dueSoon';
  return t.status.trim() ? 'onTrack' : 'notUpdated';
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, sha(path.join(dir, f))]),
  );

describe('chiso rollup on 21 ward trackers', () => {
  let units: MadeUnit[];
  let inputs: string;
  let out: string;
  let run: CliRun;
  let json: RollupJson;
  let before: Record<string, string>;

  beforeAll(async () => {
    const dir = tempDir('chiso-rollup-');
    inputs = path.join(dir, 'don-vi');
    const scratch = path.join(dir, 'scratch');
    mkdirSync(inputs);
    mkdirSync(scratch);
    units = await makeUnits(inputs, scratch, fixturePlan(), N);
    copyFileSync(fixturePlan(), path.join(inputs, 'ke-hoach-thanh-pho.xlsx'));
    writeFileSync(path.join(inputs, 'hong.xlsx'), readFileSync(units[0].file).subarray(0, 4000));
    writeFileSync(path.join(inputs, 'ghi-chu.txt'), 'Danh sách đơn vị đã nộp\n');
    writeFileSync(path.join(inputs, 'bao-cao.xlsx'), 'không phải sổ tính\n');
    before = hashes(inputs);
    rmSync(ART, { recursive: true, force: true });
    mkdirSync(ART, { recursive: true });
    out = path.join(ART, 'tong-hop.xlsx');
    run = await runChiso(['rollup', inputs, '-o', out, '--today', AS_OF, '--soon', String(SOON), '--json']);
    json = JSON.parse(run.out) as RollupJson;
  }, 300000);

  it('succeeds, prints the JSON and writes only the output', () => {
    expect(run.code).toBe(0);
    expect(json.asOf).toBe(AS_OF);
    expect(Object.keys(json).sort()).toEqual(['asOf', 'skipped', 'tasks', 'units']);
    expect(hashes(inputs)).toEqual(before);
    expect(existsSync(out)).toBe(true);
  });

  it('counts every unit as typed, under the rules', () => {
    expect(json.units.map((u) => u.file)).toEqual(units.map((u) => u.file));
    for (const [i, u] of units.entries()) {
      const n = (e: Expected) => u.rows.filter((t) => expected(t) === e).length;
      expect(u.rows.length).toBeGreaterThan(50);
      expect(json.units[i]).toEqual({
        file: u.file,
        unit: u.unit,
        tasks: u.rows.length,
        ...Object.fromEntries(ALL.map((e) => [e, n(e)])),
      });
      // Every task in one bucket: the row adds up.
      expect(ALL.reduce((a, e) => a + json.units[i][e], 0)).toBe(json.units[i].tasks);
    }
    // The typing hit every case somewhere (else the comparison proves little).
    const all = units.flatMap((u) => u.rows.map(expected));
    for (const e of ALL) expect(all).toContain(e);
  });

  it('counts every task key across units, with the late units by name', () => {
    const keys = new Map<string, { task: string; units: number; late: string[] } & Record<Expected, number>>();
    for (const u of units) {
      for (const t of u.rows) {
        let k = keys.get(t.key);
        if (!k)
          keys.set(
            t.key,
            (k = {
              task: t.task,
              units: 0,
              late: [],
              ...(Object.fromEntries(ALL.map((e) => [e, 0])) as Record<Expected, number>),
            }),
          );
        k.units++;
        k[expected(t)]++;
        if (expected(t) === 'overdue') k.late.push(u.unit);
      }
    }
    expect(json.tasks.map((t) => t.key)).toEqual([...keys.keys()]);
    for (const t of json.tasks) {
      const k = keys.get(t.key)!;
      expect(t).toEqual({
        key: t.key,
        task: k.task,
        units: k.units,
        ...Object.fromEntries(ALL.map((e) => [e, k[e]])),
        lateUnits: k.late,
      });
      expect(ALL.reduce((a, e) => a + t[e], 0)).toBe(t.units);
    }
    expect(json.tasks.some((t) => t.lateUnits.length > 1)).toBe(true);
  });

  it('lists the plan, the damaged file and the text files as skipped, with their reasons', () => {
    const reason = (name: string) => json.skipped.find((s) => s.file === path.join(inputs, name))?.reason;
    expect(json.skipped).toHaveLength(4);
    expect(reason('ke-hoach-thanh-pho.xlsx')).toMatch(
      /không phải bảng theo dõi do chiso tạo .* \/ not a chiso tracker/,
    );
    expect(reason('hong.xlsx')).toMatch(/bị hỏng.* \/ .*damaged/);
    expect(reason('ghi-chu.txt')).toBe('không phải tệp .xlsx / not an .xlsx file');
    expect(reason('bao-cao.xlsx')).toMatch(/không phải sổ tính Excel.* \/ .*not an Excel workbook/);
    for (const s of json.skipped) expect(s.reason).not.toMatch(/\n|\bat .*:\d+/);
  });

  it('writes the four sheets, the unit rows and the lead agencies as typed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(ROLLUP_SHEETS);
    const ws = wb.getWorksheet('Tổng hợp đơn vị')!;
    json.units.forEach((u, i) => {
      const row = ws.getRow(6 + i);
      // The file by its name (a long path cannot wrap in print); the JSON keeps the path.
      expect([row.getCell(2).text, row.getCell(3).text]).toEqual([u.unit, path.basename(u.file)]);
      // The tasks, then the buckets in the model's order and words.
      expect([4, 5, 6, 7, 8, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual([u.tasks, ...ALL.map((e) => u[e])]);
      expect(row.getCell(3).hyperlink).toBeUndefined();
    });
    // Lead agencies: a cell naming two (";") counts for each.
    const agencies = new Map<string, { units: Set<string>; tasks: number; by: Record<Expected, number> }>();
    for (const u of units) {
      for (const t of u.rows) {
        for (const name of t.lead ? t.lead.split('; ') : []) {
          let a = agencies.get(name);
          if (!a)
            agencies.set(
              name,
              (a = {
                units: new Set(),
                tasks: 0,
                by: Object.fromEntries(ALL.map((e) => [e, 0])) as Record<Expected, number>,
              }),
            );
          a.units.add(u.unit);
          a.tasks++;
          a.by[expected(t)]++;
        }
      }
    }
    const ag = wb.getWorksheet('Tổng hợp cơ quan')!;
    const got = new Map<string, number[]>();
    for (let r = 6; r <= ag.rowCount; r++)
      got.set(
        ag.getCell(r, 2).text,
        [3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => Number(ag.getCell(r, c).value)),
      );
    expect(got).toEqual(
      new Map([...agencies].map(([n, a]) => [n, [a.units.size, a.tasks, ...ALL.map((e) => a.by[e])]])),
    );
    // The file by its name, as on "Tổng hợp đơn vị" (the JSON keeps the path).
    expect(wb.getWorksheet('Không đọc được')!.getCell(6, 2).text).toBe('bao-cao.xlsx');
  });

  it('opens in LibreOffice (recalculated) with no formula error and the same % done', () => {
    execFileSync('bash', [LO_RENDER, out, path.join(ART, 'render')], { stdio: 'pipe', timeout: 240000 });
    const csvs = readdirSync(path.join(ART, 'render')).filter((f) => f.endsWith('.csv'));
    expect(csvs).toHaveLength(4);
    for (const f of csvs) {
      const text = readFileSync(path.join(ART, 'render', f), 'utf8');
      expect({ f, bad: text.match(/Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!/g) }).toEqual({ f, bad: null });
    }
    const rows = readCsv(path.join(ART, 'render', 'tong-hop-Tổng hợp đơn vị.csv'));
    json.units.forEach((u, i) => {
      const shown = Number(rows[5 + i][11].replace('%', '').replace(',', '.'));
      expect(Math.abs(shown - (100 * u.done) / u.tasks)).toBeLessThanOrEqual(0.05 + 1e-9);
    });
    const total = rows[5 + json.units.length];
    expect(Number(total[3])).toBe(json.units.reduce((a, u) => a + u.tasks, 0));
    // The total row as LibreOffice computes it: each bucket's sum, and they add up to the tasks.
    const sums = ALL.map((e, k) => Number(total[4 + k]));
    expect(sums).toEqual(ALL.map((e) => json.units.reduce((a, u) => a + u[e], 0)));
    expect(sums.reduce((a, b) => a + b, 0)).toBe(Number(total[3]));
    expect(readdirSync(path.join(ART, 'render')).some((f) => f.endsWith('.png'))).toBe(true);
  });
});

describe('chiso rollup: bad calls and nothing readable', () => {
  const noTrace = (r: CliRun) => expect(r.err).not.toMatch(/\n\s+at |Error:/);

  it('needs an input, a real date and a number of days (exit 2, one line)', async () => {
    for (const argv of [
      ['rollup'],
      ['rollup', '.', '--today', '2025-02-30'],
      ['rollup', '.', '--soon', 'x'],
      ['rollup', '.', '--bogus'],
    ]) {
      const r = await runChiso(argv);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      noTrace(r);
    }
  });

  it('exits 2 when no file is a tracker, listing why', async () => {
    const dir = tempDir('chiso-rollup-none-');
    writeFileSync(path.join(dir, 'a.txt'), 'x');
    const r = await runChiso(['rollup', dir, path.join(dir, 'thieu.xlsx'), '--json', '--today', AS_OF]);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out) as RollupJson;
    expect(j.units).toEqual([]);
    expect(j.skipped.map((s) => s.reason)).toEqual([
      'không phải tệp .xlsx / not an .xlsx file',
      'không tìm thấy tệp hay thư mục / no such file or folder',
    ]);
    expect(r.err).toMatch(/Không đọc được bảng theo dõi nào/);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    noTrace(r);
  });
});
