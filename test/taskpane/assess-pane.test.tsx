/**
 * The pane's "Tự đánh giá" section: building in file mode writes what `chiso assess` writes for the same plan (cell
 * values and formulas), a refresh keeps typed entries (beside a tracker: test/app/assess-beside-tracker.test.ts), tried self-scores give the
 * total and group the core computes (checked against a hand-worked example), problems are listed by criterion.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { openFilePort } from '../../src/adapters/browser/file-port';
import {
  ASSESS_PROBLEMS_SHARED,
  ASSESS_SHEETS,
  buildAssessment,
  readPreviousAssessment,
  type AssessRun,
  type CriteriaSet,
  type Criterion,
  type Prepared,
} from '../../src/core/assess';
import { readPlan } from '../../src/core/plan';
import { buildAssessOnPort, liveAssessment, problemsByCriterion } from '../../src/taskpane/assess';
import { AssessPanel } from '../../src/taskpane/components/AssessPanel';
import { runChiso } from '../support/cli';
import { planFile } from '../support/fixtures';
import { FakePort } from './helpers';

const TODAY = '2025-09-30';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-assess-pane-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function book(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every non-empty cell of a sheet as "A1 → value or =formula". */
function cells(wb: ExcelJS.Workbook, name: string): string[] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      const v = c.value as unknown;
      const f = v && typeof v === 'object' && 'formula' in v ? `=${(v as { formula: string }).formula}` : null;
      out.push(`${c.address} → ${f ?? JSON.stringify(v)}`);
    }),
  );
  return out;
}

describe('building in file mode', () => {
  test('writes the same three sheets as `chiso assess` for the same plan (values and formulas)', async () => {
    const plan = path.join(dir, 'hanoi-2025-phu-luc.xlsx');
    writeFileSync(plan, readFileSync(planFile()));
    const out = path.join(dir, 'cli.xlsx');
    const cli = await runChiso(['assess', plan, '-o', out, '--today', TODAY], TODAY);
    expect(cli.code).toBe(0);
    const port = await openFilePort(new Uint8Array(readFileSync(plan)), path.basename(plan));
    const r = await buildAssessOnPort(port, TODAY);
    expect(r.ok).toBe(true);
    const pane = await book((await port.download()).bytes);
    const fromCli = await book(readFileSync(out));
    // The same cells; only the problems sheet's name differs: "Vấn đề" is left free for a tracker in the plan's
    // workbook, while the CLI's workbook holds the assessment alone.
    expect(r.run?.built.names).toEqual({ ...ASSESS_SHEETS, problems: ASSESS_PROBLEMS_SHARED });
    for (const [k, name] of Object.entries(ASSESS_SHEETS)) {
      const a = cells(pane, k === 'problems' ? ASSESS_PROBLEMS_SHARED : name);
      expect(a.length).toBeGreaterThan(10);
      expect(a).toEqual(cells(fromCli, name));
    }
    expect(fromCli.getWorksheet(ASSESS_PROBLEMS_SHARED)).toBeUndefined();
    // The plan's own sheets are still there: the assessment is added to the open file.
    expect(pane.getWorksheet('Phụ lục 2')).toBeDefined();
    // Criterion 1.3's row has a SUM formula over its two children (a parent row is a formula, as in the CLI).
    expect(cells(pane, ASSESS_SHEETS.assess).some((c) => /→ =SUM\(/.test(c))).toBe(true);
  }, 120000);

  test('a refresh keeps a self-score typed on the sheet and rewrites the sheets in place', async () => {
    const port = await openFilePort(new Uint8Array(readFileSync(planFile())), 'ke-hoach.xlsx');
    expect((await buildAssessOnPort(port, TODAY)).ok).toBe(true);
    // Type a self-score for 1.3.1 in the downloaded file, open it again and refresh.
    const wb = await book((await port.download()).bytes);
    const ws = wb.getWorksheet(ASSESS_SHEETS.assess);
    if (!ws) throw new Error('no sheet');
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === '1.3.1') row = n;
    });
    let selfCol = 0;
    ws.getRow(5).eachCell((c, n) => {
      if (c.text.startsWith('Điểm tự chấm')) selfCol = n;
    });
    expect([row > 5, selfCol > 0]).toEqual([true, true]);
    ws.getCell(row, selfCol).value = 0.75;
    const typed = new Uint8Array(await wb.xlsx.writeBuffer());
    const again = await openFilePort(typed, 'ke-hoach.xlsx');
    const r = await buildAssessOnPort(again, TODAY);
    expect([r.ok, r.refreshed]).toEqual([true, true]);
    expect(r.run?.built.entries.get('1.3.1')?.selfScore).toBe(0.75);
    const back = (await book((await again.download()).bytes)).getWorksheet(ASSESS_SHEETS.assess);
    expect(back?.getCell(row, selfCol).value).toBe(0.75);
  }, 120000);
});

/** A small set, hand-made: field 1 (1.1 max 4, 1.2 max 6), field 2 (2.1 max 10, survey-scored, 7 last year). */
function smallRun(): AssessRun {
  const c = (
    id: string,
    max: number,
    parent: string | null,
    children: string[],
    more: Partial<Criterion> = {},
  ): Criterion => ({
    id,
    title: `Tiêu chí ${id}`,
    max,
    parent,
    children,
    depth: parent ? 2 : 1,
    scoring: 'self',
    scoringKnown: true,
    lastResult: null,
    target: null,
    ...more,
  });
  const set: CriteriaSet = {
    id: 'test',
    name: 'Bộ thử',
    criteria: [
      c('1', 10, null, ['1.1', '1.2']),
      c('1.1', 4, '1', [], { target: 3 }),
      c('1.2', 6, '1', []),
      c('2', 10, null, ['2.1']),
      c('2.1', 10, '2', [], { scoring: 'survey', lastResult: 7 }),
    ],
  };
  const previous = readPreviousAssessment([], []);
  const evidence = [
    {
      key: '',
      criterion: '1.2',
      number: '12/KH-UBND',
      date: '2025-03-01',
      dateText: '',
      issuer: 'UBND',
      title: 'Kế hoạch',
      section: '',
      file: '',
      fileExists: null,
    },
  ];
  const prep: Prepared = {
    plan: readPlan([]),
    set,
    fromTracker: false,
    tasks: [],
    year: 2025,
    previous,
    evidence,
  };
  return { prep, evidence, built: buildAssessment({ ...prep, evidence }) };
}

describe('tried self-scores (the core’s arithmetic)', () => {
  test('total, % and group follow what is typed, as worked by hand', () => {
    const run = smallRun();
    // Nothing typed: only the survey criterion counts, with last year's 7 → 7/20 = 35 %.
    const none = liveAssessment(run, {}).result.total;
    expect([none.projected, none.max, none.percent, none.group]).toEqual([7, 20, 35, 'Dưới B']);
    // 3,5 + 5 + 7 (survey: last year) = 15,5 / 20 = 77,5 % → below B.
    const a = liveAssessment(run, { '1.1': '3,5', '1.2': '5' }).result.total;
    expect([a.self, a.projected, a.percent, a.group]).toEqual([8.5, 15.5, 77.5, 'Dưới B']);
    // 4 + 6 + 7 = 17 → 85 % → B.
    const b = liveAssessment(run, { '1.1': '4', '1.2': '6' }).result.total;
    expect([b.projected, b.percent, b.group]).toEqual([17, 85, 'B']);
    // The survey criterion self-scored 8 counts (and is a problem): 18 → 90 % → A. 1.1 has no evidence row.
    const c = liveAssessment(run, { '1.1': '4', '1.2': '6', '2.1': '8' });
    expect([c.result.total.projected, c.result.total.percent, c.result.total.group]).toEqual([18, 90, 'A']);
    expect(c.result.problems.map((p) => p.code)).toEqual(['SELF_NO_EVIDENCE', 'SELF_ON_SURVEY']);
    // Field 1's total follows too: 4 + 6.
    expect(c.result.fields.find((f) => f.id === '1')?.projected).toBe(10);
  });

  test('a text that is not a number is reported and left out; clearing a score removes it', () => {
    const run = smallRun();
    const r = liveAssessment(run, { '1.1': 'abc', '1.2': '5' });
    expect(r.invalid).toEqual(['1.1']);
    expect(r.result.total.projected).toBe(12);
    expect(liveAssessment(run, { '1.2': '' }).result.total.projected).toBe(7);
  });

  test('the rules follow the tried scores: 1.1 scored 2 with no evidence, below its target 3', () => {
    const codes = liveAssessment(smallRun(), { '1.1': '2' }).result.problems.map((p) => p.code);
    expect(codes).toEqual(['SELF_NO_EVIDENCE', 'SELF_BELOW_TARGET']);
  });
});

describe('problems by criterion', () => {
  test('each problem of the sheets is listed under its criterion, in the set’s order', async () => {
    const port = await openFilePort(new Uint8Array(readFileSync(planFile())), 'ke-hoach.xlsx');
    const r = await buildAssessOnPort(port, TODAY);
    if (!r.run) throw new Error(r.message.vi);
    const groups = problemsByCriterion(r.run);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(r.run.built.issues.length);
    const order = r.run.prep.set.criteria.map((c) => c.id);
    const ids = groups.map((g) => g.criterion?.id ?? '');
    expect(ids).toEqual([...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    // An evidence problem goes under the criterion its row backs (column A of "Tài liệu kiểm chứng").
    const ev = groups.flatMap((g) => g.issues.map((i) => ({ g, i }))).find((x) => x.i.sheet === ASSESS_SHEETS.evidence);
    if (!ev) throw new Error('no evidence problem in the Hà Nội plan');
    const row = Number(ev.i.cell.replace(/^[A-Z]+/, ''));
    expect(r.run.evidence[row - 5].criterion).toBe(ev.g.criterion?.id);
  }, 120000);

  // Row 7 = 1.1 (header row 5, field 1 on row 6); G = "Điểm tự chấm", K = "Giải trình".
  test('in the small set, a problem on 1.1 is listed under 1.1 with its cell', () => {
    const run = smallRun();
    const scored = {
      ...run,
      built: buildAssessment({
        ...run.prep,
        previous: {
          ...run.prep.previous,
          entries: new Map([
            ['1.1', { selfScore: 5, explanation: '', appraised1: null, comment1: '', appraised2: null, comment2: '' }],
          ]),
        },
      }),
    };
    const groups = problemsByCriterion(scored);
    expect(groups.map((g) => [g.criterion?.id, g.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`)])).toEqual([
      ['1.1', ['SELF_ABOVE_MAX@Tự đánh giá!G7', 'SELF_NO_EVIDENCE@Tự đánh giá!K7']],
    ]);
  });
});

describe('AssessPanel renders', () => {
  test('Vietnamese first: the build button and intro; English on request', () => {
    const render = (lang: 'vi' | 'en') =>
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <AssessPanel port={new FakePort([])} lang={lang} />
        </FluentProvider>,
      );
    expect(render('vi')).toContain('Tạo trang tự đánh giá');
    expect(render('en')).toContain('Build the self-assessment sheets');
  });
});
