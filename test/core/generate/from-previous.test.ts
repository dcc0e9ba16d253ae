/**
 * `chiso template --from`: last year's workbook (the Hà Nội 2025 sample with chiso's tracker, estimates typed into
 * "Ước đạt", some tasks marked done) → next year's appendices. Read back by the reader: the same criteria and
 * maxima, the typed estimates as "Kết quả năm 2025", empty "Mục tiêu năm 2026", recurring and unfinished tasks
 * carried, done ones dropped and listed.
 */
import { copyFileSync, readFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { runTrack } from '../../../src/cli/commands/track';
import { fakeIo } from '../../support/cli';
import type { Plan, PlanTable } from '../../../src/core/plan';
import { headerIndex, rowsOf } from '../tracker/xlsx';
import { fixturePlan, openBook, readBack, tempDir } from './helpers';

const io = () => fakeIo('2025-12-20');

const dir = tempDir();
const input = path.join(dir, 'hanoi.xlsx');
const tracked = path.join(dir, 'hanoi-theo-doi.xlsx');
const next = path.join(dir, 'ke-hoach-2026.xlsx');
const DONE = ['A.I.1', 'A.I.3', 'A.I.6'];
const DONE_BY_DATE = 'A.II.9';
let old: Plan;
let plan: Plan;
/** Typed estimates by score sheet and key (leaves only, and every SIPAS row). */
const typed = new Map<string, Map<string, number>>();
let cli: ReturnType<typeof io>;
let trackedBytes: Buffer;

const table = (p: Plan, sheet: string): PlanTable => p.tables.find((t) => t.sheet === sheet)!;
const hasChildren = (t: PlanTable, key: string) => t.rows.some((r) => r.parentKey === key);
const round = (n: number) => Math.round(n * 1e6) / 1e6;

beforeAll(async () => {
  copyFileSync(fixturePlan(), input);
  old = await readBack(input);
  await runTrack({ input, output: tracked, today: '2025-12-20', fixedToday: true });
  const wb = await openBook(tracked);
  for (const sheet of ['Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']) {
    const t = table(old, sheet);
    const ws = wb.getWorksheet(`Theo dõi ${sheet}`)!;
    const col = headerIndex(ws, 'Ước đạt');
    const values = new Map<string, number>();
    t.rows.forEach((r, i) => {
      if (r.type === 'total' || (sheet !== 'Phụ lục 3' && hasChildren(t, r.key))) return;
      // A different number on every row: 90 % of the maximum minus a little per row.
      const v = round((r.fields.max as number) * 0.9 - i / 1000);
      ws.getCell(rowsOf(ws, r.key)[0], col).value = v;
      values.set(r.key, v);
    });
    typed.set(sheet, values);
  }
  const tasks = wb.getWorksheet('Theo dõi Phụ lục 1')!;
  for (const key of DONE) tasks.getCell(rowsOf(tasks, key)[0], headerIndex(tasks, 'Trạng thái')).value = 'Hoàn thành';
  tasks.getCell(rowsOf(tasks, DONE_BY_DATE)[0], headerIndex(tasks, 'Ngày hoàn thành')).value = new Date(
    Date.UTC(2025, 5, 30),
  );
  await wb.xlsx.writeFile(tracked);
  trackedBytes = readFileSync(tracked);
  cli = io();
  const code = await runCli(['template', '--from', tracked, '-o', next], cli.io);
  expect({ code, err: cli.err }).toEqual({ code: 0, err: [] });
  plan = await readBack(next);
}, 120000);

it('writes the four appendices again (the "Đã bỏ" list is not an appendix) and leaves the input alone', async () => {
  expect(plan.tables.map((t) => [t.sheet, t.kind])).toEqual([
    ['Phụ lục 1', 'tasks'],
    ['Phụ lục 2', 'scores'],
    ['Phụ lục 3', 'scores'],
    ['Phụ lục 4', 'scores'],
  ]);
  expect((await openBook(next)).worksheets.map((w) => w.name)).toEqual([
    'Phụ lục 1',
    'Phụ lục 2',
    'Phụ lục 3',
    'Phụ lục 4',
    'Đã bỏ',
  ]);
  expect(plan.year).toBe(2026);
  expect(readFileSync(tracked).equals(trackedBytes)).toBe(true);
});

describe.each(['Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4'])('%s', (sheet) => {
  it('headers say 2025 results and 2026 targets; titles moved to 2026', () => {
    const t = table(plan, sheet);
    expect(t.columns.find((c) => c.role === 'result')).toMatchObject({ year: 2025, header: 'Kết quả năm 2025' });
    expect(t.columns.find((c) => c.role === 'target')?.year).toBe(2026);
    expect(t.title?.join(' ')).toContain('/2026');
    expect(t.title?.join(' ')).not.toContain('2025');
  });

  it('same rows, keys, labels, titles, maxima and leads as last year', () => {
    const before = table(old, sheet);
    const after = table(plan, sheet);
    const shape = (x: PlanTable) =>
      x.rows.map((r) => [r.type, r.key, r.parentKey, r.fields.task, r.fields.max, r.fields.lead]);
    expect(shape(after)).toEqual(shape(before));
  });

  it('the typed estimates became the results (parents: the sums of their children); targets empty', () => {
    const t = table(plan, sheet);
    const values = typed.get(sheet)!;
    const additive = sheet !== 'Phụ lục 3';
    const resultOf = (key: string): number => {
      const kids = t.rows.filter((r) => r.parentKey === key);
      if (additive && kids.length) return round(kids.reduce((a, k) => a + resultOf(k.key), 0));
      return values.get(key)!;
    };
    let checked = 0;
    for (const r of t.rows) {
      expect(r.fields.target).toBeNull();
      if (r.type === 'total' && !additive) continue;
      expect({ key: r.key, result: round(r.fields.result as number) }).toEqual({ key: r.key, result: resultOf(r.key) });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(values.size);
  });
});

describe('Phụ lục 1 (tasks)', () => {
  const items = (p: Plan) => table(p, 'Phụ lục 1').rows.filter((r) => r.type === 'item');
  const text = (r: { fields: Record<string, unknown> }) => String(r.fields.task);

  it('carries recurring and unfinished tasks, drops the done ones', () => {
    const before = items(old);
    const dropped = before.filter(
      (r) => (DONE.includes(r.key) || r.key === DONE_BY_DATE) && r.due?.kind !== 'recurring',
    );
    expect(dropped.map((r) => r.key)).toEqual(['A.I.1', 'A.I.6', 'A.II.9']);
    const kept = before.filter((r) => !dropped.includes(r));
    expect(items(plan).map(text)).toEqual(kept.map(text));
    expect(items(plan).length).toBe(139 - 3);
    // A.I.3 "Thường xuyên" was marked done but recurs: carried.
    expect(items(plan).map(text)).toContain(text(before.find((r) => r.key === 'A.I.3')!));
  });

  it('moves deadlines to 2026 and renumbers without gaps', () => {
    const before = new Map(items(old).map((r) => [text(r), r]));
    for (const r of items(plan)) {
      const was = before.get(text(r))!;
      expect(r.fields.deadline).toBe(
        typeof was.fields.deadline === 'string' ? was.fields.deadline.replace(/2025/g, '2026') : was.fields.deadline,
      );
    }
    const sectionA = items(plan).filter((r) => r.key.startsWith('A.'));
    expect(sectionA.map((r) => r.label)).toEqual(sectionA.map((_, i) => `${i + 1}.`));
    const groupB1 = items(plan).filter((r) => r.path[0] === 'B' && r.path[1] === 'I');
    expect(groupB1.map((r) => r.label)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('keeps the headings and columns', () => {
    const heads = (p: Plan) =>
      table(p, 'Phụ lục 1')
        .rows.filter((r) => r.type !== 'item')
        .map((r) => [r.type, r.key, r.fields.task]);
    expect(heads(plan)).toEqual(heads(old));
    expect(table(plan, 'Phụ lục 1').columns.map((c) => c.header)).toEqual(
      table(old, 'Phụ lục 1').columns.map((c) => c.header),
    );
  });

  it('lists what was dropped: in the summary and on the sheet "Đã bỏ"', async () => {
    const out = cli.out.join('\n');
    expect(out).toContain('Nhiệm vụ / Tasks: chuyển sang 136/139');
    for (const key of ['A.I.1', 'A.I.6', 'A.II.9'])
      expect(out).toMatch(new RegExp(`Phụ lục 1 ${key.replace(/\./g, '\\.')}: .+ — Đã hoàn thành`));
    expect(out).toContain('Kết quả năm 2025: ');
    const ws = (await openBook(next)).getWorksheet('Đã bỏ')!;
    const keys: string[] = [];
    for (let r = 5; r <= ws.rowCount; r++) if (/^A\./.test(ws.getCell(r, 2).text)) keys.push(ws.getCell(r, 2).text);
    expect(keys).toEqual(['A.I.1', 'A.I.6', 'A.II.9']);
  });
});

describe('--from a plan without a tracker', () => {
  it('last year\'s targets become the results; every task is carried; no "Đã bỏ" sheet', async () => {
    const out = path.join(dir, 'khong-theo-doi-2026.xlsx');
    const c = io();
    expect(await runCli(['template', '--from', input, '-o', out], c.io)).toBe(0);
    const p = await readBack(out);
    const par = table(p, 'Phụ lục 2');
    const before = table(old, 'Phụ lục 2');
    expect(par.rows.find((r) => r.key === '1.3.2')!.fields.result).toBe(
      before.rows.find((r) => r.key === '1.3.2')!.fields.target,
    );
    // Field 6 printed a target of 11,3; its criteria add up to 11,33: the sum is what the formula gives.
    expect(par.rows.find((r) => r.key === '6')!.fields.result).toBeCloseTo(11.33, 6);
    expect(table(p, 'Phụ lục 1').rows.filter((r) => r.type === 'item')).toHaveLength(139);
    expect((await openBook(out)).worksheets.map((w) => w.name)).not.toContain('Đã bỏ');
    expect(c.out.join('\n')).toContain('sổ không có bảng theo dõi của chiso');
  });

  it('only one kind when asked, with the new year given', async () => {
    const out = path.join(dir, 'papi-2027.xlsx');
    expect(await runCli(['template', 'papi', '--from', input, '--year', '2027', '-o', out], io().io)).toBe(0);
    const p = await readBack(out);
    expect(p.tables.map((t) => t.sheet)).toEqual(['Phụ lục 4']);
    expect(p.tables[0].columns.find((c) => c.role === 'result')?.year).toBe(2026);
  });
});
