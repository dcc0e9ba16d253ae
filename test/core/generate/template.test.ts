/**
 * `chiso template par|sipas|papi|tasks --year 2026`: written by the command as it ships and read back by the reader (what `chiso extract`
 * does) as the same table as the framework it comes from; maxima add up; formulas, not constants; print setup.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { flattenFramework, getFramework, type FrameworkId } from '../../../src/core/frameworks';
import { templateSpec, TEMPLATE_SHEET, type TemplateKind } from '../../../src/core/generate';
import type { Plan, PlanRow, PlanTable } from '../../../src/core/plan';
import { runCli } from '../../../src/cli/cli';
import { fakeIo } from '../../support/cli';
import { openBook, readBack, tempDir } from './helpers';

const dir = tempDir();
const files: Partial<Record<TemplateKind, string>> = {};
const plans: Partial<Record<TemplateKind, Plan>> = {};

beforeAll(async () => {
  for (const kind of ['par', 'sipas', 'papi', 'tasks'] as const) {
    const file = path.join(dir, `${kind}.xlsx`);
    const cli = fakeIo('2025-10-01');
    const code = await runCli(['template', kind, '--year', '2026', '-o', file], cli.io);
    expect({ code, err: cli.err }).toEqual({ code: 0, err: [] });
    files[kind] = file;
    plans[kind] = await readBack(file);
  }
});

const only = (kind: TemplateKind): PlanTable => {
  const p = plans[kind]!;
  expect(p.tables).toHaveLength(1);
  return p.tables[0];
};

/** The key the reader gives a framework node, independently of the generator: PAR ids as they are, PAPI bullets
 * "<dimension>.#<n>", SIPAS components under their area "I.<n>". */
function expectedKey(kind: FrameworkId, id: string, parent: string | null, nth: number): string {
  if (kind === 'papi' && parent) return `${parent}.#${nth}`;
  if (kind === 'sipas' && parent) return `${parent}.${id}`;
  return id;
}

describe.each(['par', 'sipas', 'papi'] as const)('template %s reads back as the framework', (kind) => {
  const f = getFramework(kind)!;
  it('one score table, with the year columns and a lead column', () => {
    const t = only(kind);
    expect(t.kind).toBe('scores');
    expect(t.sheet).toBe(TEMPLATE_SHEET[kind]);
    expect(t.columns.map((c) => c.role)).toEqual(['no', 'task', 'max', 'result', 'target', 'lead']);
    expect(t.columns.find((c) => c.role === 'result')).toMatchObject({ year: 2025, header: 'Kết quả năm 2025' });
    expect(t.columns.find((c) => c.role === 'target')?.year).toBe(2026);
    expect(t.columns.find((c) => c.role === 'lead')?.header).toBe('Đơn vị chủ trì tham mưu, theo dõi');
    expect(t.title?.[0]).toMatch(/^Phụ lục \d$/);
    expect(t.title?.[2]).toMatch(/^\(Kèm theo Kế hoạch số …\/KH-UBND ngày …\/…\/2026/);
    expect(plans[kind]!.year).toBe(2026);
  });

  it('every node in order: keys, parents, titles and maxima; one total; results and targets empty', () => {
    const t = only(kind);
    const items = t.rows.filter((r) => r.type === 'item');
    const nodes = flattenFramework(f);
    const counters = new Map<string, number>();
    const want = nodes.map(({ node, parent }) => {
      const nth = (counters.get(parent ?? '') ?? 0) + 1;
      counters.set(parent ?? '', nth);
      return { key: expectedKey(kind, node.id, parent, nth), title: node.title, max: node.max };
    });
    expect(items.map((r) => ({ key: r.key, title: r.fields.task, max: r.fields.max }))).toEqual(want);
    const keyOf = new Map(nodes.map((n, i) => [n.node.id, want[i].key]));
    expect(items.map((r) => r.parentKey)).toEqual(nodes.map((n) => (n.parent ? keyOf.get(n.parent) : 'TOTAL')));
    const totals = t.rows.filter((r) => r.type === 'total');
    expect(totals).toHaveLength(1);
    expect(totals[0].fields.max).toBe(f.total);
    for (const r of t.rows) expect([r.fields.result, r.fields.target, r.fields.lead]).toEqual([null, null, null]);
  });
});

it('template par: labels as officials print them, maxima add up to 100 at every level', () => {
  const t = only('par');
  const items = t.rows.filter((r) => r.type === 'item');
  expect(items.map((r) => r.label).slice(0, 5)).toEqual(['1', '1.1', '1.2', '1.3', '1.3.1']);
  const byParent = new Map<string, PlanRow[]>();
  for (const r of items) byParent.set(r.parentKey!, [...(byParent.get(r.parentKey!) ?? []), r]);
  const maxOf = (key: string) =>
    (key === 'TOTAL'
      ? t.rows.find((r) => r.type === 'total')!.fields.max
      : t.rows.find((r) => r.key === key)!.fields.max) as number;
  expect(byParent.size).toBeGreaterThan(10);
  for (const [parent, kids] of byParent) {
    const sum = Math.round(kids.reduce((a, k) => a + (k.fields.max as number), 0) * 1e6) / 1e6;
    expect({ parent, sum }).toEqual({ parent, sum: maxOf(parent) });
  }
  expect(maxOf('TOTAL')).toBe(100);
  expect(byParent.get('TOTAL')!.map((r) => r.fields.max)).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 16.5]);
});

it('template papi: "-" sub-dimensions under "1." dimensions; the published 10 kept over 3 × 3,33', () => {
  const t = only('papi');
  expect(t.rows[0].type).toBe('total');
  expect(t.rows.slice(1, 4).map((r) => r.label)).toEqual(['1.', '-', '-']);
  expect(t.rows.find((r) => r.key === '3')!.fields.max).toBe(10);
});

describe('formulas, not constants', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = (await openBook(files.par!)).worksheets[0];
  });
  const formulaOf = (addr: string) => (ws.getCell(addr).value as { formula?: string } | null)?.formula;
  it('parents sum their direct children; leaves are plain numbers or empty', () => {
    // Field 1 is row 6; its children 1.1 1.2 1.3 (1.3.1 1.3.2 below it) 1.4 … 1.7 → rows 7-9, 12-15.
    expect(ws.getCell('A6').value).toBe('1');
    expect(formulaOf('C6')).toBe('SUM(C7:C9,C12:C15)');
    expect(formulaOf('D6')).toBe('IF(COUNT(D7:D9,D12:D15)=0,"",SUM(D7:D9,D12:D15))');
    expect(formulaOf('E9')).toBe('IF(COUNT(E10:E11)=0,"",SUM(E10:E11))');
    expect(ws.getCell('C7').value).toBe(1.5);
    expect(ws.getCell('D7').value).toBeNull();
    const last = ws.rowCount;
    let totalRow = 0;
    for (let r = 6; r <= last; r++) if (ws.getCell(r, 2).value === 'TỔNG ĐIỂM') totalRow = r;
    expect(totalRow).toBeGreaterThan(100);
    expect(formulaOf(`C${totalRow}`)).toMatch(/^SUM\(C6,C\d+,/);
    expect(formulaOf(`D${totalRow}`)).toMatch(/^IF\(COUNT\(D6,D\d+,/);
  });
});

describe('print-ready like an administrative document', () => {
  it.each(['par', 'sipas', 'papi', 'tasks'] as const)(
    '%s: Times New Roman 12, borders, A4 landscape, header repeated, widths',
    async (kind) => {
      const ws = (await openBook(files[kind]!)).worksheets[0];
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printTitlesRow).toBe('5:5');
      expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
      expect(ws.getCell('A3').font).toMatchObject({ name: 'Times New Roman', italic: true });
      expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(['A1:F1', 'A2:F2', 'A3:F3']));
      for (const addr of ['A5', 'B5', 'F5', 'B6', 'F8']) {
        const c = ws.getCell(addr);
        expect(c.font).toMatchObject({ name: 'Times New Roman', size: 12 });
        expect(c.border?.top?.style).toBe('thin');
        expect(c.border?.left?.style).toBe('thin');
      }
      expect(ws.getCell('B5').font?.bold).toBe(true);
      const widths = [1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width ?? 0);
      expect(widths[0]).toBeLessThan(10);
      expect(widths[1]).toBeGreaterThanOrEqual(45);
      expect(widths.every((w) => w >= 7)).toBe(true);
    },
  );
});

describe('template tasks', () => {
  it("the standard columns, sections A/B/C with the indexes' groups, two empty numbered rows per group", () => {
    const t = only('tasks');
    expect(t.kind).toBe('tasks');
    expect(t.columns.map((c) => [c.role, c.header])).toEqual([
      ['no', 'TT'],
      ['task', 'Nhiệm vụ'],
      ['deadline', 'Tiến độ hoàn thành'],
      ['lead', 'Cơ quan chủ trì'],
      ['coordinate', 'Cơ quan phối hợp'],
      ['output', 'Yêu cầu/Kết quả/Sản phẩm'],
    ]);
    const sections = t.rows.filter((r) => r.type === 'section');
    expect(sections.map((r) => r.label)).toEqual(['A', 'B', 'C']);
    expect(sections.map((r) => r.fields.task)).toEqual([
      expect.stringContaining('PAR INDEX'),
      expect.stringContaining('PAPI'),
      expect.stringContaining('SIPAS'),
    ]);
    const groupsOf = (s: string) => t.rows.filter((r) => r.type === 'group' && r.parentKey === s);
    expect(groupsOf('A').map((g) => g.fields.task)).toEqual(
      getFramework('par')!.nodes.map((n) => n.title.toLocaleUpperCase('vi')),
    );
    expect(groupsOf('B')).toHaveLength(getFramework('papi')!.nodes.length);
    expect(groupsOf('C').map((g) => g.label)).toEqual(['I', 'II']);
    for (const g of t.rows.filter((r) => r.type === 'group')) {
      const items = t.rows.filter((r) => r.parentKey === g.key);
      expect(items.map((r) => [r.type, r.label, r.key])).toEqual([
        ['item', '1.', `${g.key}.1`],
        ['item', '2.', `${g.key}.2`],
      ]);
      for (const r of items) expect(Object.values(r.fields).every((v) => v === null)).toBe(true);
    }
  });
});

it('rejects a year outside 2000–2100', () => {
  expect(() => templateSpec('par', { year: 25 })).toThrow(RangeError);
});
