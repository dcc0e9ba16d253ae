/**
 * `chiso cascade` on the Hà Nội 2025 sample with --unit "cấp xã": every task naming the commune level as lead or
 * coordinator, and only those, under their section, group and subgroup headings, renumbered per group; read back
 * by the reader as the same table. The selection is checked against the truth JSON with a plain substring test.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { runCli } from '../../../src/cli/cli';
import { readTablesFlow } from '../../../src/core/app';
import { fakeIo } from '../../support/cli';
import { fromRoman } from '../../../src/core/generate/numbering';
import type { Plan, PlanRow } from '../../../src/core/plan';
import { fixturePlan, openBook, readBack, tempDir, truthPath } from './helpers';

interface TruthRow {
  type: string;
  id: string;
  label: string;
  fields: Record<string, string>;
}
const truth = JSON.parse(readFileSync(truthPath(), 'utf8')) as { tables: Array<{ kind: string; rows: TruthRow[] }> };
const truthTasks = truth.tables.find((t) => t.kind === 'tasks')!.rows;

const io = () => fakeIo('2025-10-01');

/** Items with the titles of the headings above them, in order (works on truth rows and on read-back rows). */
function withHeadings(
  rows: ReadonlyArray<{ type: string; fields: Record<string, string | number | null> }>,
): Array<{ heads: string[]; task: string; row: number }> {
  const heads: Record<string, string> = {};
  const out: Array<{ heads: string[]; task: string; row: number }> = [];
  rows.forEach((r, row) => {
    // Texts compared with runs of white space as one space (the truth JSON joins some cell lines with spaces).
    const title = `${r.fields.task ?? ''}`.replace(/\s+/g, ' ');
    if (r.type === 'section') {
      heads.section = title;
      delete heads.group;
      delete heads.subgroup;
    } else if (r.type === 'group') {
      heads.group = title;
      delete heads.subgroup;
    } else if (r.type === 'subgroup') heads.subgroup = title;
    else if (r.type === 'item')
      out.push({ heads: [heads.section, heads.group, heads.subgroup].filter(Boolean), task: title, row });
  });
  return out;
}

const namesUnit = (r: TruthRow, text: string) =>
  [r.fields.lead, r.fields.coordinate].some((f) => typeof f === 'string' && f.normalize('NFC').includes(text));

const dir = tempDir();
const input = path.join(dir, 'ha noi 2025.xlsx');
const output = path.join(dir, 'phuong.xlsx');
let plan: Plan;
let source: Plan;
let cli: ReturnType<typeof io>;

beforeAll(async () => {
  copyFileSync(fixturePlan(), input);
  source = await readBack(input);
  cli = io();
  const code = await runCli(
    ['cascade', input, '--unit', 'cấp xã', '--name', 'UBND phường Ba Đình', '-o', output],
    cli.io,
  );
  expect({ code, err: cli.err }).toEqual({ code: 0, err: [] });
  plan = await readBack(output);
});

it('the truth JSON: 111 of the 139 tasks name "cấp xã" (110 "UBND cấp xã", 1 "Công an cấp xã")', () => {
  const items = truthTasks.filter((r) => r.type === 'item');
  expect(items).toHaveLength(139);
  expect(items.filter((r) => namesUnit(r, 'cấp xã'))).toHaveLength(111);
  expect(items.filter((r) => namesUnit(r, 'UBND cấp xã'))).toHaveLength(110);
  expect(
    items.filter((r) => namesUnit(r, 'cấp xã') && !namesUnit(r, 'UBND cấp xã')).map((r) => [r.id, r.fields.lead]),
  ).toEqual([['B.VI.16', 'Công an cấp xã']]);
});

it('keeps exactly those tasks, in order, under the same section, group and subgroup headings', () => {
  expect(plan.tables).toHaveLength(1);
  const t = plan.tables[0];
  expect(t.kind).toBe('tasks');
  const want = withHeadings(truthTasks).filter((x) => namesUnit(truthTasks[x.row], 'cấp xã'));
  const got = withHeadings(t.rows);
  expect(got).toHaveLength(111);
  expect(got.map((g) => [g.heads, g.task])).toEqual(want.map((w) => [w.heads, w.task]));
  expect(cli.out.join('\n')).toContain('giữ 111/139 nhiệm vụ');
});

it('leaves out headings with nothing kept under them, keeps the others in order', () => {
  const t = plan.tables[0];
  const heads = t.rows.filter((r) => r.type !== 'item');
  const all = withHeadings(truthTasks).filter((x) => namesUnit(truthTasks[x.row], 'cấp xã'));
  const used = new Set(all.flatMap((x) => x.heads));
  expect(heads.every((h) => used.has(String(h.fields.task).replace(/\s+/g, ' ')))).toBe(true);
  const truthHeads = truthTasks.filter((r) => r.type !== 'item' && used.has(r.fields.task.replace(/\s+/g, ' ')));
  expect(heads.map((h) => [h.type, h.label, h.fields.task])).toEqual(
    truthHeads.map((h) => [h.type, h.label, h.fields.task]),
  );
  expect(heads.length).toBeLessThan(truthTasks.filter((r) => r.type !== 'item').length);
});

it('renumbers per heading: 1.1, 1.2 … under group I, 2.1 … under group II, I.1.1 … under subgroup I.1', () => {
  const t = plan.tables[0];
  const groups = new Map<string, PlanRow[]>();
  let group: PlanRow | undefined;
  for (const r of t.rows) {
    if (r.type === 'section') group = undefined;
    if (r.type === 'group' || r.type === 'subgroup') group = r;
    if (r.type === 'item') groups.set(group!.key, [...(groups.get(group!.key) ?? []), r]);
  }
  expect(groups.size).toBeGreaterThan(16);
  let subgroups = 0;
  for (const [key, items] of groups) {
    const g = t.rows.find((r) => r.key === key)!;
    const prefix = g.type === 'group' ? String(fromRoman(g.label)) : g.label.replace(/[.)]+$/, '');
    if (g.type === 'subgroup') subgroups++;
    expect(items.map((r) => r.label)).toEqual(items.map((_, i) => `${prefix}.${i + 1}`));
  }
  expect(subgroups).toBeGreaterThan(0);
});

it('the ward table has no warning about a column chiso left empty, nor about the kept heading numbers', async () => {
  const { issues } = readTablesFlow(await readWorkbookGrids(output));
  expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual([]);
  // The one note below the table says how the lead column was filled.
  const notes = await readWorkbookGrids(output).then((g) =>
    g[0].cells.flat().filter((c) => c.kind === 'text' && c.text.startsWith('Ghi chú:')),
  );
  expect(notes).toHaveLength(1);
});

it("carries the city's output and deadline; the unit leads where the city's lead is its level, else coordinates", () => {
  const t = plan.tables[0];
  expect(t.columns.map((c) => [c.role, c.header])).toEqual([
    ['no', 'STT'],
    ['task', 'Nhiệm vụ'],
    ['leader', 'Lãnh đạo phụ trách'],
    ['lead', 'Đơn vị chủ trì'],
    ['coordinate', 'Đơn vị phối hợp'],
    ['output', 'Kết quả thực hiện'],
    ['deadline', 'Thời gian hoàn thành'],
  ]);
  const src = new Map(source.tables[0].rows.filter((r) => r.type === 'item').map((r) => [r.fields.task, r]));
  for (const r of t.rows.filter((x) => x.type === 'item')) {
    const s = src.get(r.fields.task)!;
    expect(s).toBeDefined();
    expect([r.fields.output, r.fields.deadline]).toEqual([s.fields.output, s.fields.deadline]);
    // Independent of the cascade: does the city's lead cell name the commune level?
    const cityLeadIsWard = typeof s.fields.lead === 'string' && /cấp xã/i.test(s.fields.lead);
    expect([r.fields.leader, r.fields.lead, r.fields.coordinate]).toEqual(
      cityLeadIsWard ? [null, 'UBND phường Ba Đình', null] : [null, s.fields.lead ?? null, 'UBND phường Ba Đình'],
    );
    expect(r.due?.kind).toBe(s.due?.kind);
  }
});

it('titles name the unit and the parent plan; print-ready', async () => {
  const title = plan.tables[0].title!;
  expect(title[1]).toBe('Các nhiệm vụ của UBND phường Ba Đình năm 2025');
  expect(title[2]).toContain(
    'Triển khai Phụ lục 1 "Các nhiệm vụ, giải pháp nâng cao các Chỉ số: PAR INDEX, PAPI, SIPAS NĂM 2025"',
  );
  expect(title[2]).toContain('Kế hoạch số /KH-UBND ngày /5/2025 của UBND Thành phố');
  expect(title[3]).toContain('của UBND phường Ba Đình');
  expect(plan.year).toBe(2025);
  const ws = (await openBook(output)).worksheets[0];
  expect(ws.name).toBe('Nhiệm vụ UBND phường Ba Đình');
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '6:6' });
  expect(ws.getCell('B7').font).toMatchObject({ name: 'Times New Roman', size: 12 });
});

it('--unit "UBND cấp xã" keeps the 110 tasks of the People\'s Committee, not the commune police\'s', async () => {
  const out = path.join(dir, 'ubnd.xlsx');
  const c = io();
  expect(await runCli(['cascade', input, '--unit', 'UBND cấp xã', '-o', out], c.io)).toBe(0);
  const items = (await readBack(out)).tables[0].rows.filter((r) => r.type === 'item');
  expect(items).toHaveLength(110);
  const police = truthTasks.find((r) => r.id === 'B.VI.16')!;
  expect(items.map((r) => r.fields.task)).not.toContain(police.fields.task);
});

describe('cascade: bad calls', () => {
  it('exit 1 when no task names the unit, nothing written', async () => {
    const out = path.join(dir, 'none.xlsx');
    const c = io();
    expect(await runCli(['cascade', input, '--unit', 'Bộ Quốc phòng', '-o', out], c.io)).toBe(1);
    expect(c.err.join('')).toContain('Không có nhiệm vụ nào nêu "Bộ Quốc phòng"');
    expect(existsSync(out)).toBe(false);
  });
  it.each([
    [['cascade', 'x.xlsx'], /Thiếu --unit/],
    [['cascade', '--unit', 'cấp xã'], /Cần đúng một tệp/],
    [['cascade', 'x.xlsx', '--unit', 'cấp xã', '--bogus'], /Tùy chọn không hợp lệ/],
  ])('exit 2: %j', async (args, reason) => {
    const c = io();
    expect(await runCli(args, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(reason);
  });
  it('exit 2 with a one-line Vietnamese reason for a missing file and for a non-Excel file; never overwrites the input', async () => {
    const c = io();
    expect(await runCli(['cascade', path.join(dir, 'khong-co.xlsx'), '--unit', 'cấp xã'], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/Không tìm thấy tệp/);
    expect(c.err[0]).not.toContain('\n');
    const text = path.join(dir, 'ghi-chu.xlsx');
    writeFileSync(text, 'không phải Excel');
    const c1 = io();
    expect(await runCli(['cascade', text, '--unit', 'cấp xã'], c1.io)).toBe(2);
    expect(c1.err).toHaveLength(1);
    expect(c1.err[0]).toMatch(/không phải sổ tính Excel/);
    const before = readFileSync(input);
    const c2 = io();
    expect(await runCli(['cascade', input, '--unit', 'cấp xã', '-o', input], c2.io)).toBe(2);
    expect(c2.err[0]).toMatch(/không ghi đè/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
  it('without -o writes <input>-<name>.xlsx beside the input', async () => {
    const c = io();
    expect(await runCli(['cascade', input, '--unit', 'cấp xã'], c.io)).toBe(0);
    expect(existsSync(path.join(dir, 'ha noi 2025-ubnd-cap-xa.xlsx'))).toBe(true);
  });
});
