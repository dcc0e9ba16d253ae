/**
 * Seeded property tests for the reader (the tests' seeded PRNG, so every run sees the same cases):
 * 1. no input makes readPlan throw, and its output keeps its invariants (random merges, empty rows, header fragments,
 *    error values, odd numbers, 2000-character cells, malformed grids); the same grids, read and then validated,
 *    never make validatePlan throw or fail a rule, and every problem it reports is well-formed;
 * 2. randomly laid out task tables (columns shuffled, wordings varied, offsets, titles, headings, continuation rows,
 *    repeated headers, blank rows) are read back exactly.
 */
import { extractJson } from '../../../src/cli/commands/extract';
import { type Cell, type Grid, type Merge, EMPTY } from '../../../src/core/grid';
import { readPlan } from '../../../src/core/plan';
import type { Plan } from '../../../src/core/plan/types';
import type { Issue } from '../../../src/core/issues-types';
import { validatePlan } from '../../../src/core/validate';
import { expectWellFormedIssue } from '../../support/issues';
import { prng } from '../../support/rng';
import { PLAN_DEADLINES } from '../../../scripts/lib/plan-words';

const FRAGMENTS = [
  'TT',
  'STT',
  'Nhiệm vụ',
  'Nhiem vu',
  'Tiến độ hoàn thành',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Yêu cầu/ sản phẩm/ kết quả',
  'Yêu cầu',
  'Tiêu chí Chỉ số Cải cách hành chính cấp xã',
  'Điểm tối đa',
  'Kết quả năm 2024',
  'Mục tiêu năm 2025 (%)',
  'Phấn đấu chỉ tiêu về thứ hạng qua các năm',
  'Nhiệm vụ/Giải pháp',
  'Lãnh đạo phụ trách',
  'Ghi chú: các đơn vị báo cáo',
  'Phụ lục 1',
  '(Kèm theo Kế hoạch số /KH-UBND)',
  'Tổng điểm',
  'CHỈ SỐ CHUNG:',
  'I',
  'II.',
  'I.1',
  'A',
  '1.',
  '1,1',
  '5.3.2.',
  '-',
  '•',
  'a)',
  '2021',
  'Năm 2025',
  'Quý IV/2025',
  'Trước ngày 31/11/2025',
  'Thường xuyên',
  '9,5',
  '>92,00',
  '1.234,5',
  '86,50%',
  'Sở Nội vụ',
  '',
  '   ',
  '\u00a0',
  'e\u0301',
  '=SUM(A1)',
  '@x',
  'Hoàn thành\r\ntrước 15/12/2025',
];

function randomCell(rnd: () => number): Cell {
  const p = rnd();
  if (p < 0.25) return EMPTY;
  if (p < 0.6) return { kind: 'text', text: FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)] };
  if (p < 0.7) {
    const odd = [NaN, Infinity, -Infinity, -0, 1e308, 5e-324, 2021, 1.1, 0.1 + 0.2, -5];
    return {
      kind: 'number',
      value: rnd() < 0.5 ? odd[Math.floor(rnd() * odd.length)] : Math.round(rnd() * 1000) / 10,
      format: rnd() < 0.3 ? '0.00%' : rnd() < 0.5 ? '0.0' : undefined,
    };
  }
  if (p < 0.75) return { kind: 'error', code: ['#N/A', '#REF!', '#DIV/0!', '#VALUE!'][Math.floor(rnd() * 4)] };
  if (p < 0.8) return { kind: 'date', iso: rnd() < 0.5 ? '2025-12-15' : '2025-02-30' };
  if (p < 0.83) return { kind: 'boolean', value: rnd() < 0.5 };
  if (p < 0.88) return { kind: 'text', text: 'Nhiệm vụ dài '.repeat(Math.ceil(2000 / 13)).slice(0, 2000) };
  if (p < 0.9) return { kind: 'text', text: 'x'.repeat(20000) };
  return { kind: 'text', text: `${Math.floor(rnd() * 40)}.` };
}

function randomGrid(rnd: () => number, i: number): Grid {
  const rows = Math.floor(rnd() * 40);
  const cols = Math.floor(rnd() * 12);
  const cells: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    if (rnd() < 0.1) {
      cells.push([]);
      continue;
    }
    const len = Math.floor(rnd() * (cols + 1));
    cells.push(Array.from({ length: len }, () => randomCell(rnd)));
  }
  // A header-like row now and then, so the reader goes past header detection.
  if (rows > 3 && rnd() < 0.6) {
    const at = Math.floor(rnd() * rows);
    cells[at] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Điểm tối đa', 'Kết quả năm 2024']
      .sort(() => rnd() - 0.5)
      .map((t) => ({ kind: 'text', text: t }));
  }
  const merges: Merge[] = [];
  const nm = Math.floor(rnd() * 8);
  for (let k = 0; k < nm; k++) {
    const top = Math.floor(rnd() * (rows + 3)) - 1;
    const left = Math.floor(rnd() * (cols + 3)) - 1;
    merges.push({ top, left, bottom: top + Math.floor(rnd() * 30) - 2, right: left + Math.floor(rnd() * 6) - 1 });
  }
  if (rnd() < 0.05) merges.push({ top: 1, left: 1, bottom: 1048576, right: 16384 });
  return { sheet: `S${i}`, rowCount: rows, colCount: cols, cells, merges };
}

function checkInvariants(plan: Plan): void {
  for (const t of plan.tables) {
    const keys = new Set(t.rows.map((r) => r.key));
    expect(keys.size).toBe(t.rows.length);
    let prev = 0;
    for (const r of t.rows) {
      expect(r.row).toBeGreaterThan(prev);
      prev = r.row + r.span - 1;
      expect(r.span).toBeGreaterThanOrEqual(1);
      expect(r.row).toBeGreaterThanOrEqual(t.firstRow);
      expect(r.row + r.span - 1).toBeLessThanOrEqual(t.lastRow);
      if (r.parentKey !== undefined) expect(keys.has(r.parentKey)).toBe(true);
      for (const v of Object.values(r.fields)) {
        expect(v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))).toBe(true);
      }
    }
  }
  expect(() => JSON.stringify(extractJson(plan, []))).not.toThrow();
}

describe('the reader never throws', () => {
  it('on 400 random grids (merges, fragments, errors, huge cells), keeping its invariants', () => {
    const rnd = prng(20250601);
    let withTables = 0;
    for (let i = 0; i < 400; i++) {
      const grid = randomGrid(rnd, i);
      let plan: Plan | undefined;
      expect(() => (plan = readPlan([grid]))).not.toThrow();
      checkInvariants(plan as Plan);
      if ((plan as Plan).tables.some((t) => t.rows.length > 0)) withTables++;
    }
    // The cases reach row assembly, not only header detection.
    expect(withTables).toBeGreaterThan(40);
  });

  it('nor does validation of what it read: 400 random grids → readPlan → validatePlan, every issue well-formed', () => {
    const rnd = prng(20250602);
    const codes = new Set<string>();
    let total = 0;
    for (let i = 0; i < 400; i++) {
      // One to three sheets a workbook, so the cross-sheet rules (8.1 against SIPAS) see random company too.
      const grids = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => randomGrid(rnd, i * 3 + k));
      const plan = readPlan(grids);
      let issues: Issue[] = [];
      expect(() => (issues = validatePlan(plan, grids))).not.toThrow();
      const sheets = grids.map((g) => g.sheet);
      for (const issue of issues) {
        expectWellFormedIssue(issue, `grid set ${i}`, sheets);
        expect({ case: i, code: issue.code, detail: issue.message.en }).not.toEqual(
          expect.objectContaining({ code: 'RULE_FAILED' }),
        );
        codes.add(issue.code);
      }
      total += issues.length;
    }
    // The random grids reach the rules, not only the reader: many problems, of many kinds.
    expect(total).toBeGreaterThan(1000);
    expect(codes.size).toBeGreaterThanOrEqual(10);
  });

  it('on malformed grids (holes, missing arrays, bogus cells)', () => {
    const bogus = [
      { sheet: 'x', rowCount: 5, colCount: 5, cells: [], merges: [] },
      {
        sheet: 'x',
        rowCount: 2,
        colCount: 2,
        cells: [[{ kind: 'text', text: 'TT' }, undefined, null], undefined],
        merges: [null, { top: 2 }],
      },
      {
        sheet: 'x',
        rowCount: 1,
        colCount: 1,
        cells: [[{ kind: 'weird' }, { kind: 'text', text: 42 }]],
        merges: undefined,
      },
      { sheet: 'x', rowCount: 1, colCount: 1, cells: undefined, merges: [] },
    ] as unknown as Grid[];
    for (const g of bogus) expect(() => checkInvariants(readPlan([g]))).not.toThrow();
    expect(() => readPlan(undefined as unknown as Grid[])).not.toThrow();
  });
});

// ---------- structured round trip ----------

const WORDINGS: Record<string, string[]> = {
  no: ['TT', 'STT'],
  task: ['Nhiệm vụ', 'Nội dung', 'Nhiem vu', 'Nội dung nhiệm vụ'],
  deadline: ['Tiến độ hoàn thành', 'Thời gian hoàn thành', 'Tien do hoan thanh', 'Thời hạn'],
  lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Co quan chu tri'],
  coordinate: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp'],
  output: ['Kết quả/sản phẩm', 'Yêu cầu/Kết quả/Sản phẩm', 'Kết quả thực hiện', 'Sản phẩm'],
  leader: ['Lãnh đạo phụ trách'],
  note: ['Ghi chú'],
};
const WORDS = [
  'Rà soát',
  'Tuyên truyền',
  'Kiểm tra',
  'Xây dựng',
  'Triển khai',
  'Cập nhật',
  'thủ tục hành chính',
  'cơ sở dữ liệu',
  'chuyển đổi số',
  'văn bản',
  'trên địa bàn',
];
const DEADLINES = [...PLAN_DEADLINES, 'Hằng quý'];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND', 'Các sở, ban, ngành'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

interface Expected {
  type: string;
  label: string;
  fields: Record<string, string>;
}

function sentence(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 5);
  return Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
}

function randomTable(rnd: () => number): { grid: Grid; expected: Expected[] } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const roles = [
    'no',
    'task',
    'deadline',
    'lead',
    'coordinate',
    'output',
    ...(rnd() < 0.3 ? ['leader'] : []),
    ...(rnd() < 0.3 ? ['note'] : []),
  ];
  const order = roles.slice().sort(() => rnd() - 0.5);
  const top = 1 + Math.floor(rnd() * 5);
  const left = 1 + Math.floor(rnd() * 4);
  const rows: (Cell | undefined)[][] = [];
  const merges: Merge[] = [];
  const put = (r: number, c: number, text: string) => {
    while (rows.length < r) rows.push([]);
    rows[r - 1][c - 1] = { kind: 'text', text };
  };
  const colOf = (role: string) => left + order.indexOf(role);
  let r = top;
  if (rnd() < 0.7) put(r++, left, 'Phụ lục ' + (1 + Math.floor(rnd() * 4)));
  r++;
  const header = order.map((role) => pick(WORDINGS[role]));
  header.forEach((h, i) => put(r, left + i, h));
  const headerRow = r++;
  const expected: Expected[] = [];
  const groups = 1 + Math.floor(rnd() * 3);
  for (let g = 0; g < groups; g++) {
    const title = sentence(rnd).toUpperCase();
    put(r, colOf('no'), ROMAN[g]);
    put(r, colOf('task'), title);
    if (rnd() < 0.5) merges.push({ top: r, left: colOf('task'), bottom: r, right: colOf('task') });
    r++;
    expected.push({ type: 'group', label: ROMAN[g], fields: { task: title } });
    const items = 1 + Math.floor(rnd() * 6);
    for (let k = 0; k < items; k++) {
      if (rnd() < 0.1) r++; // a blank row
      if (rnd() < 0.1) {
        // header repeated at a page break, sometimes without its first cell
        header.forEach((h, i) => (i > 0 || rnd() < 0.5 ? put(r, left + i, h) : undefined));
        r++;
      }
      const label = `${k + 1}.`;
      const f: Record<string, string> = {
        task: sentence(rnd),
        deadline: pick(DEADLINES),
        lead: pick(AGENCIES),
        coordinate: pick(AGENCIES),
        output: sentence(rnd),
      };
      if (roles.includes('leader')) f.leader = `Đ/c ${pick(['An', 'Bình', 'Chi'])} - PCT`;
      put(r, colOf('no'), label);
      for (const [role, v] of Object.entries(f)) put(r, colOf(role), v);
      r++;
      // continuation rows: only the output goes on
      const more = rnd() < 0.3 ? 1 + Math.floor(rnd() * 2) : 0;
      for (let m = 0; m < more; m++) {
        const line = '- ' + sentence(rnd);
        put(r++, colOf('output'), line);
        f.output += '\n' + line;
      }
      expected.push({ type: 'item', label, fields: f });
    }
  }
  if (rnd() < 0.5) {
    r++;
    put(r, left, 'Ghi chú: số liệu tạm tính');
    merges.push({ top: r, left, bottom: r, right: left + order.length - 1 });
  }
  const cells = rows.map((line) => Array.from({ length: line.length }, (_, i) => line[i] ?? EMPTY));
  void headerRow;
  return {
    grid: { sheet: 'P', rowCount: cells.length, colCount: Math.max(0, ...cells.map((l) => l.length)), cells, merges },
    expected,
  };
}

describe('randomly laid out task tables are read back exactly', () => {
  it('200 seeded layouts', () => {
    const rnd = prng(7);
    for (let i = 0; i < 200; i++) {
      const { grid, expected } = randomTable(rnd);
      const plan = readPlan([grid]);
      expect(plan.tables).toHaveLength(1);
      const got = plan.tables[0].rows.map((row) => ({
        type: row.type,
        label: row.label,
        fields: Object.fromEntries(Object.entries(row.fields).filter(([, v]) => v !== null)) as Record<string, string>,
      }));
      expect(got).toEqual(expected);
    }
  });
});
