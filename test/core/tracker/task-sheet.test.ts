import { buildTrackerSet } from '../../../src/core/tracker';
import { ALERT, KIND_LABEL, STATUS_LIST } from '../../../src/core/tracker/labels';
import { alertFor } from '../../../src/core/tracker/status';
import type { Plan } from '../../../src/core/plan/types';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { at, dueTask, headerCol, issue, rowOfKey, taskTable } from './helpers';

const TODAY = '2025-09-30';

function plan(): Plan {
  const t = taskTable('Phụ lục 1', [
    { key: 'A', type: 'section', label: 'A', path: ['A'], fields: { task: 'CHỈ SỐ CCHC' } },
    { key: 'A.I', type: 'group', label: 'I', path: ['A', 'I'], fields: { task: 'CÔNG TÁC CHỈ ĐẠO' } },
    dueTask('A.I.1', 'month', '2025-07-31', { task: 'Nhiệm vụ quá hạn', deadline: 'Tháng 7/2025', lead: 'Sở Nội vụ' }),
    dueTask('A.I.2', 'date', '2025-10-10', {
      task: 'Nhiệm vụ sắp đến hạn',
      deadline: 'Trước ngày 10/10/2025',
      lead: 'Sở Tư pháp',
    }),
    dueTask('A.I.3', 'quarter', '2025-12-31', { task: 'Nhiệm vụ còn xa', deadline: 'Quý IV/2025', lead: 'sở nội vụ' }),
    dueTask('A.I.4', 'recurring', null, { task: 'Việc thường xuyên', deadline: 'Thường xuyên', lead: 'Các sở (*)' }),
    dueTask('A.I.5', 'event', null, {
      task: '=HYPERLINK("http://x","y")',
      deadline: 'Theo hướng dẫn của Sở Nội vụ',
      lead: '+84 912 345 678',
      output: '@mention',
      coordinate: '-5 ngày',
    }),
  ]);
  return { year: 2025, tables: [t] };
}

function tracker(specs: SheetSpec[]): SheetSpec {
  const t = specs.find((s) => s.kind === 'tasks');
  if (!t) throw new Error('no task tracker');
  return t;
}

describe('task tracker spec', () => {
  const set = buildTrackerSet(plan(), [issue('Phụ lục 1', 'C8', 'INVALID_DATE', 'error')], {
    today: TODAY,
    fixedToday: true,
  });
  const t = tracker(set.sheets);

  it('is named after the plan sheet and records its source, key column and header row', () => {
    expect(t.name).toBe('Theo dõi Phụ lục 1');
    expect(t.source).toEqual({ sheet: 'Phụ lục 1', table: 1 });
    expect(t.keyCol).toBe('A');
    expect(t.headerRow).toBe(5);
  });

  it('has the normalised columns in order, with only the plan roles present', () => {
    const headers = (t.cells[4] ?? []).map((c) => c?.v);
    expect(headers).toEqual([
      'Mã',
      'TT',
      'Phần',
      'Nhóm',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả/Sản phẩm',
      'Tiến độ theo kế hoạch',
      'Hạn',
      'Loại hạn',
      'Trạng thái',
      'Tiến độ (%)',
      'Ngày hoàn thành',
      'Tài liệu kiểm chứng',
      'Ghi chú',
      'Còn lại (ngày)',
      'Cảnh báo',
      'Vấn đề dữ liệu',
      'Khóa cơ quan chủ trì (chiso)',
    ]);
    // The agency keys the summary counts are in a hidden column.
    expect(t.cols?.[headers.length - 1]).toMatchObject({ hidden: true });
    expect(headers).not.toContain('Lãnh đạo phụ trách');
  });

  it('writes heading rows as headings (no formulas) and items with due date, kind and formulas', () => {
    const rA = rowOfKey(t, 'A');
    expect(at(t, rA, headerCol(t, 'Nhiệm vụ'))?.v).toBe('CHỈ SỐ CCHC');
    expect(at(t, rA, headerCol(t, 'Nhiệm vụ'))?.s).toBe('section');
    expect(at(t, rA, headerCol(t, 'Cảnh báo'))?.f).toBeUndefined();
    const r1 = rowOfKey(t, 'A.I.1');
    expect(at(t, r1, headerCol(t, 'Hạn'))?.v).toEqual({ date: '2025-07-31' });
    expect(at(t, r1, headerCol(t, 'Loại hạn'))?.v).toBe(KIND_LABEL.month);
    expect(at(t, r1, headerCol(t, 'Phần'))?.v).toBe('A');
    expect(at(t, r1, headerCol(t, 'Nhóm'))?.v).toBe('I');
    expect(at(t, r1, headerCol(t, 'Vấn đề dữ liệu'))?.v).toContain('C8:');
  });

  it('computes the alert with a formula over the settings cells, cached as the core computes it', () => {
    const alertCol = headerCol(t, 'Cảnh báo');
    const r1 = rowOfKey(t, 'A.I.1');
    const f = at(t, r1, alertCol)?.f ?? '';
    expect(f).toContain(`J${r1}<$E$2`);
    expect(f).toContain(`J${r1}-$E$2<=$E$3`);
    expect(f).toContain(`TRIM(L${r1})="Hoàn thành"`);
    expect(f).not.toMatch(/\b(LET|XLOOKUP|IFS|TEXTJOIN|FILTER|PAR\.|PAPI\.|CCHC\.)\b/);
    const alerts = ['A.I.1', 'A.I.2', 'A.I.3', 'A.I.4', 'A.I.5'].map((k) => at(t, rowOfKey(t, k), alertCol)?.r);
    // Nothing typed yet: a task due later is "not yet updated"; recurring and undated tasks have no fixed date.
    expect(alerts).toEqual([ALERT.overdue, ALERT.dueSoon, ALERT.notUpdated, ALERT.noDate, ALERT.noDate]);
    expect(at(t, r1, headerCol(t, 'Còn lại (ngày)'))?.r).toBe(-61);
  });

  it('holds the settings: a fixed date when asked, TODAY() otherwise, and the due-soon window', () => {
    expect(at(t, 2, 5)?.v).toEqual({ date: TODAY });
    expect(at(t, 3, 5)?.v).toBe(14);
    const live = tracker(buildTrackerSet(plan(), [], { today: TODAY, soonDays: 7 }).sheets);
    expect(at(live, 2, 5)?.f).toBe('TODAY()');
    expect(at(live, 3, 5)?.v).toBe(7);
    // With a 7-day window the task due in 10 days is no longer "due soon".
    expect(at(live, rowOfKey(live, 'A.I.2'), headerCol(live, 'Cảnh báo'))?.r).toBe(ALERT.notUpdated);
  });

  it('keeps plan text as data: =, +, -, @ land as text values, never formulas', () => {
    const r5 = rowOfKey(t, 'A.I.5');
    const cells = ['Nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả/Sản phẩm', 'Cơ quan phối hợp'].map((h) =>
      at(t, r5, headerCol(t, h)),
    );
    expect(cells.map((c) => c?.v)).toEqual(['=HYPERLINK("http://x","y")', '+84 912 345 678', '@mention', '-5 ngày']);
    for (const c of cells) expect(c?.f).toBeUndefined();
  });

  it('colours rows by conditional formatting on the used rows, and offers the status dropdown', () => {
    const last = rowOfKey(t, 'A.I.5');
    expect(t.condFormats).toHaveLength(1);
    const cf = t.condFormats![0];
    expect(cf.range).toBe(`A6:T${last}`);
    const formulas = cf.rules.map((r) => (r.type === 'expression' ? r.formula : ''));
    expect(formulas).toEqual([
      '$R6="Đã bỏ khỏi kế hoạch"',
      '$R6="Quá hạn"',
      '$R6="Sắp đến hạn"',
      '$R6="Hoàn thành"',
      '$R6="Không có hạn cố định"',
    ]);
    const fills = cf.rules.map((r) => (r.type === 'expression' ? r.style.fill : ''));
    expect(fills.slice(1, 4)).toEqual(['FFC7CE', 'FFEB9C', 'C6EFCE']);
    expect(t.validations?.[0]).toMatchObject({ range: `L6:L${last}`, type: 'list', values: STATUS_LIST });
    expect(STATUS_LIST).toEqual(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
    expect(t.freeze).toEqual({ rows: 5, cols: 4 });
    expect(t.autoFilter).toBe(`A5:T${last}`);
    expect(t.print).toMatchObject({ landscape: true, paper: 'A4', repeatRows: '5:5' });
  });

  it('counts per agency on its folded form, a remark in parentheses dropped, and per section', () => {
    expect(set.stats).toMatchObject({
      taskTables: 1,
      tasks: 5,
      buckets: { done: 0, paused: 0, overdue: 1, dueSoon: 1, onTrack: 0, notUpdated: 1, noDate: 2 },
    });
    const summary = set.sheets.find((s) => s.kind === 'summary')!;
    const labels = summary.cells.map((r) => r?.[0]?.v);
    expect(labels).toContain('Sở Nội vụ');
    expect(labels).not.toContain('sở nội vụ');
    const r = labels.indexOf('Sở Nội vụ') + 1;
    expect(at(summary, r, 2)?.r).toBe(2);
    expect(at(summary, r, 2)?.f).toMatch(
      /^SUMPRODUCT\(ISNUMBER\(FIND\("\|"&\$L\d+&"\|",'Theo dõi Phụ lục 1'!\$T\$6:\$T\$\d+\)\)\*/,
    );
    // B the tasks, then the buckets in order from C: done, paused, overdue (E).
    expect(at(summary, r, 5)?.r).toBe(1);
    // "Các sở (*)": the remark is dropped; the key is compared with FIND, which knows no wildcards.
    const w = labels.indexOf('Các sở') + 1;
    expect(at(summary, w, 2)?.r).toBe(1);
    expect(labels).toContain('+84 912 345 678');
    // Sections are counted on the "Phần" column.
    const a = labels.indexOf('A. CHỈ SỐ CCHC') + 1;
    expect(at(summary, a, 2)?.r).toBe(5);
  });
});

describe('alertFor', () => {
  const base = { status: '', hasDoneDate: false, due: '2025-10-14' };
  it.each([
    [{}, ALERT.dueSoon],
    [{ due: '2025-10-15' }, ALERT.notUpdated],
    [{ due: '2025-10-15', status: 'Đang thực hiện' }, ALERT.onTrack],
    [{ due: '2025-10-15', status: 'Chưa bắt đầu' }, ALERT.onTrack],
    [{ due: '2025-10-15', status: '  ' }, ALERT.notUpdated],
    [{ due: '2025-09-29' }, ALERT.overdue],
    [{ due: '2025-09-29', status: 'Đang thực hiện' }, ALERT.overdue],
    [{ due: '2025-09-30' }, ALERT.dueSoon],
    [{ status: 'hoàn thành', due: '2025-01-01' }, ALERT.done],
    [{ hasDoneDate: true }, ALERT.done],
    [{ status: 'Tạm dừng', due: '2025-01-01' }, ALERT.paused],
    [{ due: null }, ALERT.noDate],
    [{ due: null, status: 'Đang thực hiện' }, ALERT.noDate],
    [{ due: null, status: 'Tạm dừng' }, ALERT.paused],
  ])('%j → %s', (over, want) => {
    expect(alertFor({ ...base, ...over }, TODAY, 14)).toBe(want);
  });
});
