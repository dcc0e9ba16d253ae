import * as fs from 'fs';
import ExcelJS from 'exceljs';
import {
  FRAMEWORKS,
  PAPI_2024,
  PAR_2024,
  SIPAS_2024,
  findNode,
  flattenFramework,
  getFramework,
  type Framework,
  type FrameworkNode,
} from '../../../src/core/frameworks';
import { parScore } from '../../../src/core/score';
import { planFile, truthFile } from '../../support/fixtures';

const FIXTURE = planFile('hanoi-2025-phu-luc.xlsx');

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The text of a plain exceljs cell value (this sheet holds only numbers and strings in these columns). */
function plainText(v: ExcelJS.CellValue): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

/** Every parent whose maximum differs from the sum of its children by more than `tol`. */
function inconsistentParents(f: Framework, tol: number): string[] {
  const bad: string[] = [];
  const walk = (nodes: FrameworkNode[]): void => {
    for (const n of nodes) {
      if (!n.children) continue;
      if (Math.abs(sum(n.children.map((c) => c.max)) - n.max) > tol) bad.push(n.id);
      walk(n.children);
    }
  };
  walk(f.nodes);
  return bad;
}

describe('registry', () => {
  it('finds each framework by id and version, the latest without a version', () => {
    expect(getFramework('par')).toBe(PAR_2024);
    expect(getFramework('par', '2024')).toBe(PAR_2024);
    expect(getFramework('sipas', '2024')).toBe(SIPAS_2024);
    expect(getFramework('papi')).toBe(PAPI_2024);
    expect(getFramework('par', '1999')).toBeUndefined();
  });

  it('has unique ids within each framework and NFC titles', () => {
    for (const f of FRAMEWORKS) {
      const ids = flattenFramework(f).map((e) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of flattenFramework(f)) {
        expect(e.node.title).toBe(e.node.title.normalize('NFC'));
        expect(e.node.title.trim()).not.toBe('');
      }
    }
    expect(new Set(FRAMEWORKS.map((f) => `${f.id}@${f.version}`)).size).toBe(FRAMEWORKS.length);
  });

  it('finds nodes by id', () => {
    expect(findNode(PAR_2024, '8.1')?.max).toBe(10);
    expect(findNode(PAPI_2024, '3.2')?.max).toBe(3.33);
    expect(findNode(PAR_2024, '9')).toBeUndefined();
  });
});

describe('PAR INDEX 2024', () => {
  it('has the 8 fields 9,5 · 10 · 13 · 10,5 · 15 · 12 · 13,5 · 16,5 adding up to 100', () => {
    expect(PAR_2024.nodes.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(PAR_2024.nodes.map((n) => n.max)).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 16.5]);
    expect(sum(PAR_2024.nodes.map((n) => n.max))).toBeCloseTo(PAR_2024.total, 10);
    expect(PAR_2024.total).toBe(100);
  });

  it('adds up exactly at every level (criteria → field, sub-criteria → criterion)', () => {
    expect(inconsistentParents(PAR_2024, 1e-9)).toEqual([]);
    const leaves = flattenFramework(PAR_2024).filter((e) => !e.node.children);
    expect(sum(leaves.map((e) => e.node.max))).toBeCloseTo(100, 9);
  });

  it('has three levels and dotted ids that match their parents', () => {
    for (const e of flattenFramework(PAR_2024)) {
      expect(e.depth).toBe(e.node.id.split('.').length);
      if (e.parent) expect(e.node.id.startsWith(e.parent + '.')).toBe(true);
    }
    expect(Math.max(...flattenFramework(PAR_2024).map((e) => e.depth))).toBe(PAR_2024.levels.length);
  });

  it('is the data of Phụ lục 2 in the real plan (ids, titles, maxima)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const ws = wb.getWorksheet('Phụ lục 2');
    if (!ws) throw new Error('sheet missing');
    const fromSheet: Array<{ id: string; title: string; max: number }> = [];
    ws.eachRow((row, r) => {
      if (r < 6) return;
      const stt = row.getCell(1).value;
      if (stt === null || stt === undefined || stt === '') return;
      const id = plainText(stt).replace(',', '.').replace(/\.$/, '');
      const max = row.getCell(3).value;
      fromSheet.push({
        id,
        title: plainText(row.getCell(2).value).normalize('NFC').replace(/\s+/g, ' ').trim(),
        max: typeof max === 'number' ? max : Number(plainText(max).replace(',', '.')),
      });
    });
    const ours = flattenFramework(PAR_2024).map((e) => ({ id: e.node.id, title: e.node.title, max: e.node.max }));
    expect(ours).toEqual(fromSheet);
    expect(ours).toHaveLength(102);
  });

  it('notes exactly the printed result subtotals that disagree with their leaves', () => {
    const truth = JSON.parse(fs.readFileSync(truthFile('hanoi-2025.json'), 'utf8')) as {
      tables: Array<{ key: string; rows: Array<{ type: string; id: string; fields: { result: number } }> }>;
    };
    const rows = truth.tables.find((t) => t.key === 'pl2')?.rows.filter((r) => r.type === 'item') ?? [];
    const off: string[] = [];
    for (const parent of flattenFramework(PAR_2024).filter((e) => e.node.children)) {
      const family = rows.filter((r) => r.id === parent.node.id || r.id.startsWith(parent.node.id + '.'));
      const leaves = parScore(
        family.map((r) => r.fields.result),
        family.map((r) => r.id),
      );
      const printed = rows.find((r) => r.id === parent.node.id)?.fields.result;
      if ('value' in leaves && Math.abs(leaves.value - (printed ?? NaN)) > 1e-9) off.push(parent.node.id);
      else if (!('value' in leaves)) throw new Error(leaves.message.vi);
    }
    expect(off).toEqual(['2', '2.4', '4', '4.1', '5.2', '5.3']);
    const note = PAR_2024.notes.find((n) => n.includes('results')) ?? '';
    for (const id of off) expect(note).toContain(`${id} (`);
  });

  it('notes the skipped 8.5 of the printed numbering', () => {
    const field8 = findNode(PAR_2024, '8')?.children?.map((c) => c.id);
    expect(field8).toEqual(['8.1', '8.2', '8.3', '8.4', '8.6']);
    expect(PAR_2024.notes.some((n) => n.includes('8.5'))).toBe(true);
  });
});

describe('PAPI 2024', () => {
  it('has 8 dimensions of 10 points (total 80)', () => {
    expect(PAPI_2024.nodes).toHaveLength(8);
    for (const d of PAPI_2024.nodes) expect(d.max).toBe(10);
    expect(sum(PAPI_2024.nodes.map((d) => d.max))).toBe(PAPI_2024.total);
  });

  it('has each dimension equal to the sum of its sub-dimensions within rounding (3 × 3,33 = 9,99)', () => {
    expect(inconsistentParents(PAPI_2024, 0.011)).toEqual([]);
    // The rounding is real and documented, not hidden: exactly the four 3 × 3,33 dimensions are off by 0,01.
    expect(inconsistentParents(PAPI_2024, 1e-9)).toEqual(['3', '5', '7', '8']);
    for (const id of ['3', '5', '7', '8']) expect(findNode(PAPI_2024, id)?.note).toMatch(/9,99/);
  });

  it('has the sub-dimension counts of Phụ lục 4 (4 × 2,5 or 3 × 3,33)', () => {
    expect(PAPI_2024.nodes.map((d) => d.children?.length)).toEqual([4, 4, 3, 4, 3, 4, 3, 3]);
    for (const d of PAPI_2024.nodes) {
      const maxima = new Set(d.children?.map((c) => c.max));
      expect(maxima.size).toBe(1);
      expect([2.5, 3.33]).toContain([...maxima][0]);
    }
  });
});

describe('SIPAS 2024', () => {
  it('has 2 areas and 9 components on a percent scale, not additive', () => {
    expect(SIPAS_2024.scale).toBe('percent');
    expect(SIPAS_2024.additive).toBe(false);
    expect(SIPAS_2024.nodes.map((a) => a.id)).toEqual(['I', 'II']);
    const components = SIPAS_2024.nodes.flatMap((a) => a.children ?? []);
    expect(components.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const e of flattenFramework(SIPAS_2024)) expect(e.node.max).toBe(100);
  });
});
