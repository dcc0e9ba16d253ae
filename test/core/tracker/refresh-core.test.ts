/** Refresh in the core: previous trackers as Grids (what an adapter reads back), officials' entries kept. */
import { buildTrackerSet, type PreviousTrackers } from '../../../src/core/tracker';
import { ALERT } from '../../../src/core/tracker/labels';
import type { Plan } from '../../../src/core/plan/types';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { at, dueTask, gridOfSpec, headerCol, rowOfKey, scoreRow, scoreTable, taskTable, typeInto } from './helpers';

const TODAY = '2025-09-30';
const opts = (existing: string[] = []) => ({ today: TODAY, fixedToday: true, existingSheets: existing });

function planV1(): Plan {
  return {
    year: 2025,
    tables: [
      taskTable('PL1', [
        { key: 'I', type: 'group', label: 'I', path: ['I'], fields: { task: 'NHÓM I' } },
        dueTask('I.1', 'month', '2025-07-31', {
          task: 'Tổ chức hội nghị tổng kết công tác cải cách hành chính',
          deadline: 'Tháng 7/2025',
          lead: 'Sở Nội vụ',
        }),
        dueTask('I.2', 'month', '2025-12-31', {
          task: 'Rà soát văn bản quy phạm pháp luật',
          deadline: 'Tháng 12/2025',
          lead: 'Sở Tư pháp',
        }),
        dueTask('I.3', 'event', null, {
          task: 'Kiểm tra công tác văn thư lưu trữ',
          deadline: 'Theo kế hoạch',
          lead: 'Sở Nội vụ',
        }),
      ]),
      scoreTable('PL2', 'PAR INDEX', [
        scoreRow('1', 'Chỉ đạo điều hành', [3, 2, 3]),
        scoreRow('1.1', 'Kế hoạch CCHC', [1, 1, 1], { parentKey: '1' }),
        scoreRow('1.2', 'Báo cáo', [2, 1, 2], { parentKey: '1' }),
      ]),
    ],
  };
}

/** The plan after editing: I.1 reworded, I.2 deleted (I.3 renumbered to I.2), a task added, a deadline moved. */
function planV2(): Plan {
  const p = planV1();
  const rows = p.tables[0].rows;
  rows[1].fields.task = 'Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng';
  const moved = dueTask('I.2', 'month', '2025-10-31', { ...rows[3].fields, deadline: 'Tháng 10/2025' });
  const renumbered = { ...rows[3], ...moved, label: '2', path: ['I', '2'] };
  const added = {
    ...rows[2],
    ...dueTask('I.3', 'quarter', '2025-12-31', {
      task: 'Xây dựng cơ sở dữ liệu cán bộ công chức',
      deadline: 'Quý IV/2025',
      lead: 'Sở Nội vụ',
    }),
    label: '3',
    path: ['I', '3'],
  };
  p.tables[0].rows = [rows[0], rows[1], renumbered, added];
  return p;
}

function previousOf(
  sheets: SheetSpec[],
  edit: (name: string, grid: ReturnType<typeof gridOfSpec>, spec: SheetSpec) => void,
): PreviousTrackers {
  const grids = sheets.map((s) => {
    const g = gridOfSpec(s);
    edit(s.name, g, s);
    return g;
  });
  return {
    grids,
    links: [
      { sheet: 'Theo dõi PL1', cell: `O${rowOfKey(sheets[1], 'I.1')}`, target: 'https://example.vn/kiem-chung.pdf' },
    ],
  };
}

describe('refresh (core)', () => {
  const first = buildTrackerSet(planV1(), [], opts(['PL1', 'PL2']));
  const task1 = first.sheets.find((s) => s.kind === 'tasks')!;
  const score1 = first.sheets.find((s) => s.kind === 'scores')!;
  const statusCol = headerCol(task1, 'Trạng thái');
  const notesCol = headerCol(task1, 'Ghi chú');
  const extraCol = task1.cells[4]!.length + 1;
  const prev = previousOf(first.sheets, (name, g, spec) => {
    if (name === task1.name) {
      typeInto(g, 5, extraCol, { kind: 'text', text: 'Người theo dõi' });
      typeInto(g, rowOfKey(spec, 'I.1'), statusCol, { kind: 'text', text: 'Hoàn thành' });
      typeInto(g, rowOfKey(spec, 'I.1'), notesCol, { kind: 'text', text: 'Đã họp ngày 20/7' });
      typeInto(g, rowOfKey(spec, 'I.1'), headerCol(spec, 'Tài liệu kiểm chứng'), { kind: 'text', text: 'Biên bản' });
      typeInto(g, rowOfKey(spec, 'I.1'), extraCol, { kind: 'text', text: 'chị Lan' });
      typeInto(g, rowOfKey(spec, 'I.2'), statusCol, { kind: 'text', text: 'Đang thực hiện' });
      typeInto(g, rowOfKey(spec, 'I.2'), notesCol, { kind: 'text', text: 'Chờ Sở Tư pháp' });
      typeInto(g, rowOfKey(spec, 'I.3'), notesCol, { kind: 'text', text: 'Kiểm tra tháng 10' });
      typeInto(g, rowOfKey(spec, 'I.3'), headerCol(spec, 'Hạn'), { kind: 'date', iso: '2025-10-05' });
      typeInto(g, rowOfKey(spec, 'I.3'), extraCol, { kind: 'text', text: 'anh Minh' });
      typeInto(g, 3, 5, { kind: 'number', value: 10 });
      // Rows officials added without a "Mã": one inserted under I.1, one at the end.
      const under = rowOfKey(spec, 'I.1') + 1;
      g.cells.splice(under - 1, 0, []);
      g.rowCount++;
      typeInto(g, under, headerCol(spec, 'Nhiệm vụ'), { kind: 'text', text: 'Việc phát sinh: chuẩn bị hội trường' });
      typeInto(g, under, statusCol, { kind: 'text', text: 'Hoàn thành' });
      typeInto(g, under, headerCol(spec, 'Cảnh báo'), { kind: 'text', text: 'Hoàn thành' });
      typeInto(g, under, extraCol, { kind: 'text', text: 'chị Hoa' });
      typeInto(g, g.rowCount + 1, notesCol, { kind: 'text', text: 'Ghi chú chung: họp giao ban thứ Hai' });
    }
    if (name === score1.name) {
      typeInto(g, rowOfKey(spec, '1.2'), headerCol(spec, 'Ước đạt'), { kind: 'number', value: 1.75 });
      typeInto(g, g.rowCount + 1, headerCol(spec, 'Nội dung'), { kind: 'text', text: 'Điểm thưởng dự kiến' });
      typeInto(g, g.rowCount, headerCol(spec, 'Ước đạt'), { kind: 'number', value: 0.5 });
    }
  });
  const second = buildTrackerSet(planV2(), [], opts(['PL1', 'PL2', ...first.sheets.map((s) => s.name)]), prev);
  const task2 = second.sheets.find((s) => s.kind === 'tasks')!;
  const score2 = second.sheets.find((s) => s.kind === 'scores')!;
  const cell = (key: string, header: string) => at(task2, rowOfKey(task2, key), headerCol(task2, header));

  it('reuses chiso’s own sheet names', () => {
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.obsolete).toEqual([]);
  });

  it('keeps what was typed on an edited task (matched by key and text)', () => {
    expect(cell('I.1', 'Nhiệm vụ')?.v).toBe('Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng');
    expect(cell('I.1', 'Trạng thái')?.v).toBe('Hoàn thành');
    expect(cell('I.1', 'Ghi chú')?.v).toBe('Đã họp ngày 20/7');
    expect(cell('I.1', 'Tài liệu kiểm chứng')).toMatchObject({
      v: 'Biên bản',
      link: { url: 'https://example.vn/kiem-chung.pdf' },
    });
    expect(cell('I.1', 'Cảnh báo')?.r).toBe(ALERT.done);
  });

  it('follows the renumbered task by its text, with its new deadline', () => {
    // The old I.3 is now I.2: its notes and its column entries follow it, its due date follows the plan.
    expect(cell('I.2', 'Nhiệm vụ')?.v).toBe('Kiểm tra công tác văn thư lưu trữ');
    expect(cell('I.2', 'Ghi chú')?.v).toBe('Kiểm tra tháng 10');
    expect(cell('I.2', 'Hạn')?.v).toEqual({ date: '2025-10-31' });
    expect(cell('I.2', 'Trạng thái')?.v ?? null).toBeNull();
  });

  it('keeps the removed task, marked, right after the row it followed', () => {
    const rows = task2.cells.slice(5).map((r) => r?.[0]?.v ?? null);
    expect(rows).toEqual(['I', 'I.1', null, 'I.2', 'I.2', null, 'I.3']);
    // The old I.2 followed I.1 (and the row added under it): it stays there, before the renumbered task.
    const removedRow = 9;
    expect(rowOfKey(task2, 'I.2')).toBe(10);
    expect(at(task2, removedRow, headerCol(task2, 'Nhiệm vụ'))?.v).toBe('Rà soát văn bản quy phạm pháp luật');
    expect(at(task2, removedRow, headerCol(task2, 'Cảnh báo'))).toMatchObject({ v: ALERT.removed });
    expect(at(task2, removedRow, headerCol(task2, 'Cảnh báo'))?.f).toBeUndefined();
    expect(at(task2, removedRow, headerCol(task2, 'Ghi chú'))?.v).toBe('Chờ Sở Tư pháp');
    expect(second.stats.refresh).toEqual({ previous: true, kept: 3 + 3, added: 1, removed: 1, loose: 3 });
  });

  it('keeps rows added without a key, with all their cells, after the row they followed; not counted as tasks', () => {
    const at8 = (h: string) => at(task2, 8, headerCol(task2, h));
    expect(at8('Nhiệm vụ')?.v).toBe('Việc phát sinh: chuẩn bị hội trường');
    expect(at8('Trạng thái')?.v).toBe('Hoàn thành');
    expect(at8('Người theo dõi')?.v).toBe('chị Hoa');
    // The computed columns stay empty (no formula): the row is not a task of the plan.
    expect(at8('Cảnh báo')).toMatchObject({ v: null });
    expect(at8('Cảnh báo')?.f).toBeUndefined();
    expect(at(task2, 11, headerCol(task2, 'Ghi chú'))?.v).toBe('Ghi chú chung: họp giao ban thứ Hai');
    expect(second.stats).toMatchObject({ tasks: 3, buckets: { done: 1 } });
    // Kept again on the next refresh (still without a key, in the same place).
    const third = buildTrackerSet(planV2(), [], opts(['PL1', 'PL2', ...second.sheets.map((s) => s.name)]), {
      grids: second.sheets.map(gridOfSpec),
    });
    const task3 = third.sheets.find((s) => s.kind === 'tasks')!;
    expect(task3.cells.slice(5).map((r) => r?.[0]?.v ?? null)).toEqual(['I', 'I.1', null, 'I.2', 'I.2', null, 'I.3']);
    expect(third.stats.refresh.loose).toBe(2 + 1);
  });

  it('keeps a row added below a score table without a key, below the table; the sums do not include it', () => {
    const est = headerCol(score2, 'Ước đạt');
    const below =
      score2.cells.findIndex((r) => r?.[headerCol(score2, 'Nội dung') - 1]?.v === 'Điểm thưởng dự kiến') + 1;
    expect(below).toBeGreaterThan(rowOfKey(score2, '1.2'));
    expect(at(score2, below, est)?.v).toBe(0.5);
    expect(at(score2, rowOfKey(score2, '1'), est)?.r).toBe(2.75);
  });

  it('adds the new task in plan order, empty for officials to fill', () => {
    expect(cell('I.3', 'Nhiệm vụ')?.v).toBe('Xây dựng cơ sở dữ liệu cán bộ công chức');
    expect(cell('I.3', 'Ghi chú')?.v ?? null).toBeNull();
  });

  it('keeps the columns officials added, with their header, on the right rows', () => {
    const x = headerCol(task2, 'Người theo dõi');
    expect(x).toBeGreaterThan(headerCol(task2, 'Vấn đề dữ liệu'));
    expect(at(task2, rowOfKey(task2, 'I.1'), x)?.v).toBe('chị Lan');
    expect(at(task2, rowOfKey(task2, 'I.2'), x)?.v).toBe('anh Minh');
  });

  it('keeps the due-soon window typed in the settings cell', () => {
    expect(at(task2, 3, 5)?.v).toBe(10);
  });

  it('keeps estimates typed on detail rows; totals stay formulas', () => {
    const est = headerCol(score2, 'Ước đạt');
    expect(at(score2, rowOfKey(score2, '1.2'), est)?.v).toBe(1.75);
    expect(at(score2, rowOfKey(score2, '1'), est)).toMatchObject({ f: expect.stringMatching(/^SUM\(/), r: 2.75 });
  });
});
