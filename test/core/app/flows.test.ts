/** The flows shared by the CLI and the pane: sheet split, role corrections, read and track. */
import { gridFromValues, type Grid } from '../../../src/core/grid';
import type { SpecValue } from '../../../src/core/sheetspec';
import {
  correctionsToRoles,
  parseCorrections,
  readTablesFlow,
  serializeCorrections,
  setCorrection,
  splitSheets,
  trackFlow,
  type RoleCorrection,
} from '../../../src/core/app';

const HEAD = ['TT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Cơ quan chủ trì', 'Căn cứ pháp lý'];

/** Two task tables on one sheet (headers on rows 3 and 9), column E unknown to chiso. */
function twoTables(): Grid {
  return gridFromValues('Phụ lục 1', [
    ['Phụ lục 1: Nhiệm vụ năm 2025'],
    [],
    HEAD,
    ['1', 'Rà soát thủ tục hành chính', 'Quý II/2025', 'Sở Nội vụ', 'Sở Tư pháp'],
    ['2', 'Công khai kết quả giải quyết hồ sơ', 'Tháng 9/2025', 'Văn phòng UBND', 'Sở Thông tin'],
    [],
    ['Phụ lục 2: Nhiệm vụ bổ sung'],
    [],
    HEAD,
    ['1', 'Khảo sát sự hài lòng', 'Quý IV/2025', 'Sở Nội vụ', 'UBND cấp xã'],
  ]);
}

describe('splitSheets', () => {
  it('tells plan sheets from chiso sheets by the marker, marker included, order kept', () => {
    const marker = gridFromValues('_chiso', [
      ['chiso', '1'],
      [],
      [],
      ['Trang tính / Sheet', 'Loại / Kind'],
      ['Tổng hợp', 'summary'],
      ['Theo dõi A', 'tasks'],
      ['Đã xóa', 'problems'],
    ]);
    const grids = [
      gridFromValues('Kế hoạch', [['x']]),
      gridFromValues('Tổng hợp', [['y']]),
      gridFromValues('Theo dõi A', [['z']]),
      marker,
    ];
    const s = splitSheets(grids);
    expect(s.plan.map((g) => g.sheet)).toEqual(['Kế hoạch']);
    expect(s.own.map((g) => g.sheet)).toEqual(['Tổng hợp', 'Theo dõi A', '_chiso']);
    expect(s.mine).toEqual(['Tổng hợp', 'Theo dõi A', 'Đã xóa', '_chiso']);
    expect(splitSheets(grids.slice(0, 3)).plan.length).toBe(3);
    // A marker given apart (the pane read one sheet but knows the marker).
    expect(splitSheets([grids[2]], marker).plan).toEqual([]);
  });
});

describe('role corrections', () => {
  it('are stored as a setting and read back; anything damaged is dropped', () => {
    let list: RoleCorrection[] = [];
    list = setCorrection(list, { sheet: 'Phụ lục 1', headerRow: 3, col: 'e' }, 'coordinate');
    list = setCorrection(list, { sheet: 'Phụ lục 1', headerRow: 3, col: 'C' }, 'note');
    list = setCorrection(list, { sheet: 'Phụ lục 1', headerRow: 3, col: 'C' }, null);
    expect(list).toEqual([{ sheet: 'Phụ lục 1', headerRow: 3, col: 'E', role: 'coordinate' }]);
    expect(parseCorrections(serializeCorrections(list))).toEqual(list);
    expect(parseCorrections('{not json')).toEqual([]);
    expect(
      parseCorrections(
        '[{"sheet":"A","headerRow":0,"col":"B","role":"lead"},{"sheet":"A","headerRow":2,"col":"B","role":"boss"},{"sheet":"A","headerRow":2,"col":"B","role":"lead"}]',
      ),
    ).toEqual([{ sheet: 'A', headerRow: 2, col: 'B', role: 'lead' }]);
    expect(correctionsToRoles(list, { Khác: { B: 'task' } })).toEqual({
      Khác: { B: 'task' },
      'Phụ lục 1': { '3:E': 'coordinate' },
    });
  });

  it('change the role of a column in the one table whose header row they name, and the rows follow', () => {
    const grid = twoTables();
    const plain = readTablesFlow([grid]).plan;
    expect(plain.tables.map((t) => t.headerRows)).toEqual([[3], [9]]);
    expect(plain.tables[0].columns.find((c) => c.col === 'E')?.role).toBe('other');
    const fixed = readTablesFlow([grid], {
      corrections: [{ sheet: 'Phụ lục 1', headerRow: 3, col: 'E', role: 'coordinate' }],
    }).plan;
    expect(fixed.tables[0].columns.find((c) => c.col === 'E')?.role).toBe('coordinate');
    expect(fixed.tables[0].rows[0].fields.coordinate).toBe('Sở Tư pháp');
    expect(fixed.tables[0].rows[0].cells.coordinate).toBe('E4');
    expect(fixed.tables[1].columns.find((c) => c.col === 'E')?.role).toBe('other');
    expect(fixed.tables[1].rows[0].fields.coordinate).toBeUndefined();
  });

  it('can turn a wrongly read deadline column into a note, and the deadline problems go with it', () => {
    const grid = twoTables();
    const before = readTablesFlow([grid]);
    expect(before.plan.tables[0].rows[0].due?.date).toBe('2025-06-30');
    const after = readTablesFlow([grid], {
      corrections: [{ sheet: 'Phụ lục 1', headerRow: 3, col: 'C', role: 'note' }],
    });
    expect(after.plan.tables[0].rows[0].due).toBeUndefined();
    expect(after.plan.tables[0].rows[0].fields.note).toBe('Quý II/2025');
    expect(after.planGrids).toEqual([grid]);
  });
});

describe('trackFlow', () => {
  it('builds the trackers, then refreshes them from its own sheets and the links found on them only', () => {
    const plan = twoTables();
    const first = trackFlow([plan], [], { today: '2025-09-30', fixedToday: true });
    expect(first.replace).toEqual([]);
    expect(first.remove).toEqual([]);
    expect(first.set.stats.tasks).toBe(3);
    expect(first.set.sheets.at(-1)?.name).toBe('_chiso');
    // What the workbook holds after writing: the plan, then chiso's sheets read back.
    const plain = (v: SpecValue | undefined): string | number | boolean | null =>
      v !== null && typeof v === 'object' ? v.date : (v ?? null);
    const back = first.set.sheets.map((s) =>
      gridFromValues(
        s.name,
        s.cells.map((r) => (r ?? []).map((c) => plain(c?.f !== undefined ? c.r : c?.v))),
      ),
    );
    const tracker = first.set.sheets.find((s) => s.kind === 'tasks')!;
    const header = tracker.cells[tracker.headerRow! - 1]!;
    const evidence = String.fromCharCode(65 + header.findIndex((c) => c?.v === 'Tài liệu kiểm chứng'));
    const links = [
      { sheet: tracker.name, cell: `${evidence}${tracker.headerRow! + 1}`, target: 'https://example.vn/a.pdf' },
      { sheet: 'Phụ lục 1', cell: 'B4', target: 'https://example.vn/not-mine.pdf' },
    ];
    const second = trackFlow([plan, ...back], links, { today: '2025-09-30', fixedToday: true });
    expect(second.set.stats.refresh).toMatchObject({ previous: true, kept: 3, added: 0, removed: 0 });
    expect(second.replace).toEqual(expect.arrayContaining(first.set.sheets.map((s) => s.name)));
    expect(second.set.sheets.map((s) => s.name)).toEqual(first.set.sheets.map((s) => s.name));
    const links2 = second.set.sheets.flatMap((s) =>
      s.cells.flatMap((r) => (r ?? []).map((c) => c?.link)).filter((l) => l && 'url' in l),
    );
    expect(links2).toEqual([{ url: 'https://example.vn/a.pdf' }]);
  });

  it('never names a tracker like a sheet listed in otherSheets (sheets officials added, not read as the plan)', () => {
    const out = trackFlow([twoTables()], [], {
      today: '2025-09-30',
      fixedToday: true,
      otherSheets: ['Tổng hợp', 'theo dõi phụ lục 1'],
    });
    expect(out.set.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Tổng hợp (2)', 'Theo dõi Phụ lục 1 (2)']),
    );
    expect(out.plan.tables).toHaveLength(2);
  });

  it('passes the corrections to the reader', () => {
    const out = trackFlow([twoTables()], [], {
      today: '2025-09-30',
      fixedToday: true,
      corrections: [{ sheet: 'Phụ lục 1', headerRow: 9, col: 'C', role: 'note' }],
    });
    expect(out.plan.tables[1].rows[0].due).toBeUndefined();
    expect(out.plan.tables[0].rows[0].due?.date).toBe('2025-06-30');
  });
});
