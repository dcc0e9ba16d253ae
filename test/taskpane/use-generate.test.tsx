/** The pane's "Tạo phụ lục" panel: its hook's work (runGenerate) against a fake workbook port, and its rendering. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import type { Grid } from '../../src/core/grid';
import { readPlan } from '../../src/core/plan';
import type { SheetSpec } from '../../src/core/sheetspec';
import { GeneratePanel } from '../../src/taskpane/components/GeneratePanel';
import { PortError, type SheetWrite, type WorkbookPort } from '../../src/core/app/port';
import { INITIAL_REQUEST, runGenerate, type GenerateRequest } from '../../src/taskpane/useGenerate';
import { gridOfSpec } from '../core/tracker/helpers';
import { fixturePlan } from '../core/generate/helpers';

interface FakePort extends WorkbookPort {
  writes: Array<{ specs: SheetSpec[]; opts: SheetWrite }>;
  selected: string[];
}

function fakePort(grids: Grid[], opts: { failWrite?: boolean } = {}): FakePort {
  const writes: FakePort['writes'] = [];
  const selected: string[] = [];
  return {
    mode: 'excel',
    writes,
    selected,
    name: () => Promise.resolve('ke-hoach.xlsx'),
    sheetNames: () =>
      Promise.resolve([...grids.map((g) => g.sheet), ...writes.flatMap((w) => w.specs.map((s) => s.name))]),
    activeSheet: () => Promise.resolve(grids[0]?.sheet ?? null),
    readGrids: () => Promise.resolve({ grids, links: [], warnings: [] }),
    writeSheets: (specs, o) => {
      if (opts.failWrite)
        return Promise.reject(
          new PortError('BUSY', { vi: 'Excel đang bận, hãy thử lại.', en: 'Excel is busy, try again.' }),
        );
      writes.push({ specs, opts: o });
      return Promise.resolve();
    },
    selectCell: (sheet, cell) => {
      selected.push(`${sheet}!${cell}`);
      return Promise.resolve();
    },
    loadSetting: () => Promise.resolve(null),
    saveSetting: () => Promise.resolve(),
    formulaRefs: () => Promise.resolve({ sheets: {}, book: [] }),
  };
}

let hanoi: Grid[];
beforeAll(async () => {
  hanoi = await readWorkbookGrids(fixturePlan());
});

const req = (over: Partial<GenerateRequest>): GenerateRequest => ({ ...INITIAL_REQUEST, ...over });

describe("runGenerate (the hook's work) with a fake port", () => {
  it('template: a new sheet whose name is not taken, written without replacing or removing anything', async () => {
    const taken = {
      sheet: 'Phụ lục PAR INDEX',
      rowCount: 1,
      colCount: 1,
      cells: [[{ kind: 'text' as const, text: 'của tôi' }]],
      merges: [],
    };
    const port = fakePort([...hanoi, taken]);
    const o = await runGenerate(port, req({ mode: 'template', kind: 'par', year: 2026 }), 'vi');
    expect(o.ok).toBe(true);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0].opts).toEqual({ replace: [], remove: [] });
    const [spec] = port.writes[0].specs;
    expect(spec.name).toBe('Phụ lục PAR INDEX (2)');
    expect(o.message).toBe('Đã tạo phụ lục PAR INDEX năm 2026 ở trang "Phụ lục PAR INDEX (2)".');
    expect(port.selected).toEqual(['Phụ lục PAR INDEX (2)!A1']);
    const back = readPlan([gridOfSpec(spec)]);
    expect(back.tables.map((t) => [t.kind, t.rows.length])).toEqual([['scores', 103]]);
  });

  it('template year defaults to this year', async () => {
    const port = fakePort([]);
    const o = await runGenerate(port, req({ mode: 'template', kind: 'tasks', year: null }), 'en', 2031);
    expect(o.message).toBe('Created the tasks appendix for 2031 on sheet "Phụ lục nhiệm vụ".');
    expect(readPlan([gridOfSpec(port.writes[0].specs[0])]).year).toBe(2031);
  });

  it("cascade: the unit's tasks from the open plan into a new sheet", async () => {
    const port = fakePort(hanoi);
    const o = await runGenerate(port, req({ mode: 'cascade', unit: 'cấp xã', name: '' }), 'vi');
    expect(o.ok).toBe(true);
    // 81 of the 111 tasks have "cấp xã" in the city's lead column (the rest name it among the coordinators).
    expect(o.message).toBe(
      'Đã tạo bảng nhiệm vụ của UBND cấp xã: 111/139 nhiệm vụ, ở trang "Nhiệm vụ UBND cấp xã" (81 nhiệm vụ đơn vị chủ trì, 30 phối hợp: xem ghi chú dưới bảng).',
    );
    expect(o.details).toContain('Công an cấp xã');
    const items = readPlan([gridOfSpec(port.writes[0].specs[0])]).tables[0].rows.filter((r) => r.type === 'item');
    expect(items).toHaveLength(111);
  });

  it('cascade: nothing written without a unit, or when no task names it', async () => {
    const port = fakePort(hanoi);
    expect((await runGenerate(port, req({ mode: 'cascade', unit: '  ' }), 'vi')).message).toMatch(
      /Hãy nhập tên đơn vị/,
    );
    const none = await runGenerate(port, req({ mode: 'cascade', unit: 'Bộ Quốc phòng' }), 'en');
    expect(none).toMatchObject({
      ok: false,
      message: 'No task names "Bộ Quốc phòng" as lead or coordinator (139 tasks).',
    });
    expect(port.writes).toHaveLength(0);
  });

  it("from: next year's appendices as new sheets beside last year's", async () => {
    const port = fakePort(hanoi);
    const o = await runGenerate(port, req({ mode: 'from', year: null }), 'vi');
    expect(o.ok).toBe(true);
    const names = port.writes[0].specs.map((s) => s.name);
    expect(names).toEqual(['Phụ lục 1 (2)', 'Phụ lục 2 (2)', 'Phụ lục 3 (2)', 'Phụ lục 4 (2)']);
    expect(o.message).toContain('Đã tạo phụ lục năm 2026');
    const back = readPlan(port.writes[0].specs.map(gridOfSpec));
    expect(back.tables.find((t) => t.sheet === 'Phụ lục 2 (2)')!.columns.find((c) => c.role === 'target')?.year).toBe(
      2026,
    );
  });

  it("a port failure is explained in the pane's language, nothing claimed written", async () => {
    const vi = await runGenerate(
      fakePort(hanoi, { failWrite: true }),
      req({ mode: 'template', kind: 'sipas', year: 2026 }),
      'vi',
    );
    expect(vi).toEqual({ ok: false, sheets: [], message: 'Excel đang bận, hãy thử lại.', details: [] });
    const en = await runGenerate(
      fakePort(hanoi, { failWrite: true }),
      req({ mode: 'template', kind: 'sipas', year: 2026 }),
      'en',
    );
    expect(en.message).toBe('Excel is busy, try again.');
  });
});

describe("GeneratePanel renders (useGenerate's initial state)", () => {
  const render = (lang: 'vi' | 'en') =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <GeneratePanel port={fakePort([])} lang={lang} />
      </FluentProvider>,
    ).replace(/<[^>]+>/g, ' ');
  it('in Vietnamese first', () => {
    const text = render('vi');
    for (const s of [
      'Tạo phụ lục',
      'Phụ lục trống theo bộ tiêu chí',
      'Phụ lục năm sau từ kế hoạch năm trước',
      'Bảng nhiệm vụ cho đơn vị cấp dưới',
      'Năm kế hoạch',
    ]) {
      expect(text).toContain(s);
    }
  });
  it('and in English', () => {
    expect(render('en')).toContain('Generate appendix');
  });
});
