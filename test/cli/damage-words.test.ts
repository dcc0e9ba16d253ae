/**
 * Damage said in words (issue 22, item 3): the sample plan (and the tracker chiso makes of it) edited in its zip with
 * fflate — a relationship to a missing part, an r:id without relationship, a sheet listed twice (same name, same
 * r:id), an entity declaration in docProps. Every case is tracked twice; track, rollup and report each give one
 * Vietnamese-first line naming the damage (never "Unexpected error" or a stack), and no output lists a sheet without
 * its part or a sheet twice.
 */
import { readFileSync, writeFileSync, copyFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { OpcPackage, listSheets } from '../../src/adapters/xlsx/package';
import { runChiso, type CliRun } from '../support/cli';
import { fixturePlan, tempDir } from '../core/tracker/helpers';

const TODAY = '2025-09-30';

function edited(source: Uint8Array, edit: (e: Unzipped) => void): Uint8Array {
  const entries = unzipSync(source);
  edit(entries);
  return zipSync(entries);
}

function text(e: Unzipped, part: string, f: (t: string) => string): void {
  const before = strFromU8(e[part]);
  const after = f(before);
  if (after === before) throw new Error(`edit of ${part} changed nothing`);
  e[part] = strToU8(after);
}

/** The r:id of sheet `name` in workbook.xml. */
function ridOf(e: Unzipped, name: string): string {
  return new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]*)"`).exec(strFromU8(e['xl/workbook.xml']))![1];
}

function setRid(e: Unzipped, name: string, rid: string): void {
  text(e, 'xl/workbook.xml', (t) =>
    t.replace(new RegExp(`(<sheet [^>]*name="${name}"[^>]*r:id=")[^"]*"`), `$1${rid}"`),
  );
}

function targetOf(e: Unzipped, rid: string): string {
  const rels = strFromU8(e['xl/_rels/workbook.xml.rels']);
  return new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(rels)![0].match(/Target="([^"]*)"/)![1];
}

const ENTITY = (root: string) => `<!DOCTYPE ${root} [<!ENTITY x "x">]>`;

/** Each damage of a workbook's sheet list, applied to sheet `a` (and `b`, the sheet after it). */
const SHEET_DAMAGE: Record<string, { edit: (e: Unzipped, a: string, b: string) => void; said: RegExp }> = {
  'a relationship to a missing part': {
    edit: (e, a) =>
      text(e, 'xl/_rels/workbook.xml.rels', (t) =>
        t.replace(`Target="${targetOf(e, ridOf(e, a))}"`, 'Target="worksheets/sheet99.xml"'),
      ),
    said: /thiếu phần xl\/worksheets\/sheet99\.xml/,
  },
  'an r:id without relationship': {
    edit: (e, a) => setRid(e, a, 'rId777'),
    said: /rId777/,
  },
  'a sheet listed twice by name': {
    edit: (e, a, b) =>
      text(e, 'xl/workbook.xml', (t) => t.replace(new RegExp(`(<sheet [^>]*name=")${b}(")`), `$1${a}$2`)),
    said: /hai trang cùng tên|khai báo hai lần/,
  },
  'a sheet listed twice by r:id': {
    edit: (e, a, b) => setRid(e, b, ridOf(e, a)),
    said: /cùng phần|khai báo hai lần/,
  },
};

function clean(run: CliRun): void {
  const all = `${run.out}\n${run.err}`;
  expect(all).not.toMatch(/không mong đợi|Unexpected error|\n\s+at /);
}

async function sheetsOf(file: string): Promise<Array<{ name: string; part: string | null }>> {
  return listSheets(await OpcPackage.open(readFileSync(file)));
}

async function wellListed(file: string): Promise<string[]> {
  const sheets = await sheetsOf(file);
  expect(sheets.filter((s) => s.part === null)).toEqual([]);
  const names = sheets.map((s) => s.name.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  const parts = sheets.map((s) => s.part!.toLowerCase());
  expect(new Set(parts).size).toBe(parts.length);
  return sheets.map((s) => s.name);
}

const problems = (t: string) => /Vấn đề \/ Problems: .*/.exec(t)?.[0];

describe('a damaged plan is tracked twice, its damage said', () => {
  const dir = tempDir('chiso-damage-');
  const plan = readFileSync(fixturePlan());

  test.each(Object.keys(SHEET_DAMAGE))('%s', async (kind) => {
    const { edit, said } = SHEET_DAMAGE[kind];
    const slug = kind.replace(/\W+/g, '-');
    const input = path.join(dir, `${slug}.xlsx`);
    const output = path.join(dir, `${slug}-theo-doi.xlsx`);
    writeFileSync(
      input,
      edited(plan, (e) => edit(e, 'Phụ lục 2', 'Phụ lục 3')),
    );

    const validate = await runChiso(['validate', input], TODAY);
    clean(validate);
    expect(validate.out).toMatch(said);
    // One problem for the damage (validate prints its English under it).
    const said1 = validate.out.split('\n').filter((l) => /\[SHEET_(UNREADABLE|LISTED_TWICE)\]/.test(l));
    expect(said1).toHaveLength(1);
    expect(said1[0]).toMatch(said);

    const first = await runChiso(['track', input, '-o', output, '--today', TODAY], TODAY);
    clean(first);
    expect(first).toMatchObject({ code: 0, err: '' });
    const names = await wellListed(output);
    expect(names).toEqual(expect.arrayContaining(['Phụ lục 1', 'Phụ lục 4']));

    // Tracked again: the refresh of that output, then a track of the output itself.
    const second = await runChiso(['track', input, '-o', output, '--today', TODAY], TODAY);
    clean(second);
    expect(second).toMatchObject({ code: 0, err: '' });
    expect(second.out).toContain('Đã cập nhật bảng theo dõi có sẵn');
    expect(problems(second.out)).toBe(problems(first.out));
    expect(await wellListed(output)).toEqual(names);
    const third = await runChiso(['track', output, '--in-place', '--today', TODAY], TODAY);
    clean(third);
    expect(third.code).toBe(0);
    expect(await wellListed(output)).toEqual(names);
  });
});

describe('a damaged tracker: refresh, rollup and report say which sheet', () => {
  const dir = tempDir('chiso-damage-t-');
  const plan = path.join(dir, 'ke-hoach.xlsx');
  const tracker = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  copyFileSync(fixturePlan(), plan);
  const warnings = (t: string) => Number(/cảnh báo (\d+)/.exec(problems(t) ?? '')?.[1]);
  let made: Uint8Array;
  let baseline: number;
  beforeAll(async () => {
    const run = await runChiso(['track', plan, '-o', tracker, '--today', TODAY], TODAY);
    expect(run.code).toBe(0);
    baseline = warnings(run.out);
    made = readFileSync(tracker);
  });

  test.each(Object.keys(SHEET_DAMAGE))('%s', async (kind) => {
    const { edit } = SHEET_DAMAGE[kind];
    const slug = kind.replace(/\W+/g, '-');
    const damaged = path.join(dir, `${slug}.xlsx`);
    writeFileSync(
      damaged,
      edited(made, (e) => edit(e, 'Theo dõi Phụ lục 1', 'Theo dõi Phụ lục 3')),
    );

    // The roll-up and the report skip it with the sheet and the damage named, one line.
    const rollup = await runChiso(['rollup', damaged, '-o', path.join(dir, `${slug}-tong-hop.xlsx`)], TODAY);
    clean(rollup);
    expect(rollup.code).toBe(2);
    expect(`${rollup.out}\n${rollup.err}`).toMatch(
      /bảng theo dõi hỏng, trang “Theo dõi Phụ lục [13]”: .* \/ damaged tracker/,
    );
    const report = await runChiso(['report', damaged, '-o', path.join(dir, `${slug}.docx`)], TODAY);
    clean(report);
    expect(report.code).toBe(2);
    expect(`${report.out}\n${report.err}`).toMatch(/bảng theo dõi hỏng, trang “Theo dõi Phụ lục [13]”/);

    // Refreshed twice in place: the first run says what it could not read, then the tracker is whole again.
    const work = path.join(dir, `${slug}-work.xlsx`);
    copyFileSync(damaged, work);
    const first = await runChiso(['track', work, '--in-place', '--today', TODAY], TODAY);
    clean(first);
    expect(first.code).toBe(0);
    expect(warnings(first.out)).toBe(baseline + 1);
    const names = await wellListed(work);
    expect(names).toEqual(expect.arrayContaining(['Theo dõi Phụ lục 1', 'Theo dõi Phụ lục 3']));
    const second = await runChiso(['track', work, '--in-place', '--today', TODAY], TODAY);
    clean(second);
    expect(second.code).toBe(0);
    expect(await wellListed(work)).toEqual(names);
    expect((await runChiso(['rollup', work, '-o', path.join(dir, `${slug}-ok.xlsx`)], TODAY)).code).toBe(0);
  });
});

describe('an entity declaration in the document properties', () => {
  const dir = tempDir('chiso-damage-e-');
  const cases: Array<[string, string]> = [
    ['docProps/app.xml', 'Properties'],
    ['docProps/core.xml', 'cp:coreProperties'],
  ];
  test.each(cases)('%s: every command says so, in one line, exit 2', async (part, root) => {
    const input = path.join(dir, `${path.basename(part, '.xml')}.xlsx`);
    const bytes = edited(readFileSync(fixturePlan()), (e) =>
      text(e, part, (t) => t.replace(/(<\?xml[^>]*\?>)/, `$1${ENTITY(root)}`)),
    );
    writeFileSync(input, bytes);
    const output = path.join(dir, 'out.xlsx');
    for (const argv of [
      ['track', input, '-o', output, '--today', TODAY],
      ['track', input, '-o', output, '--today', TODAY],
      ['rollup', input, '-o', path.join(dir, 'roll.xlsx')],
      ['report', input, '-o', path.join(dir, 'rep.docx')],
    ]) {
      const run = await runChiso(argv, TODAY);
      clean(run);
      expect(run.code).toBe(2);
      const lines = `${run.out}\n${run.err}`.split('\n').filter((l) => l.includes('<!ENTITY>'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`khai báo thực thể.*${path.basename(part)}.* / .*${part}`));
    }
  });
});
