/**
 * `chiso report` on a tracker of the sample plan with statuses, completion dates, evidence, notes and estimates typed
 * in (seeded): for Quý I, 6 tháng, Quý III and the year, every figure of the facts and of every sentence carrying a
 * figure equals a count of the typed cells made here on its own; the Quý I edge (completed 14/3 is in, 15/3 is not);
 * the Word draft opens in LibreOffice Writer (A4 portrait, header block, title, signature, appendix), its rows never
 * split, python-docx reads it back with the same sentences and appendix; the .xlsx output carries the same counts;
 * bad input is one line, nothing is written beside the inputs and their bytes do not change.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportJson } from '../../src/core/report';
import { runChiso } from '../support/cli';
import { fixturePlan, ROOT, tempDir } from '../core/tracker/helpers';
import { EDGE_IN, EDGE_OUT, LOWERED, makeTyped, statusAt, type Typed } from './report-typed';

const ART = path.join(ROOT, 'artifacts', 'report');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const KINDS = ['q1', '6m', 'q3', 'year'] as const;
type Kind = (typeof KINDS)[number];
/** The guidance's windows and the next periods, written out here. */
const WINDOW: Record<Kind, [string, string]> = {
  q1: ['2024-12-15', '2025-03-14'],
  '6m': ['2024-12-15', '2025-06-14'],
  q3: ['2025-06-15', '2025-09-14'],
  year: ['2024-12-15', '2025-12-14'],
};
const NEXT: Record<Kind, [string, string]> = {
  q1: ['2025-03-15', '2025-06-14'],
  '6m': ['2025-06-15', '2025-09-14'],
  q3: ['2025-09-15', '2025-12-14'],
  year: ['2025-12-15', '2026-03-14'],
};
const INDEX_NAME = { par: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI' } as const;

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, sha(path.join(dir, f))]),
  );
const inside = (d: string | null, [from, to]: [string, string]) => !!d && d >= from && d <= to;
const keys = (l: Array<{ key: string }>) => l.map((t) => t.key).sort();
const vn = (iso: string) => iso.split('-').reverse().join('/');

let rows: Typed[];
let inputs: string;
let tracker: string;
let before: Record<string, string>;
const json = {} as Record<Kind, ReportJson>;

beforeAll(async () => {
  const dir = tempDir('chiso-report-');
  inputs = path.join(dir, 'don-vi');
  mkdirSync(inputs);
  tracker = path.join(inputs, 'theo-doi.xlsx');
  rows = await makeTyped(fixturePlan(), tracker);
  copyFileSync(fixturePlan(), path.join(inputs, 'ke-hoach.xlsx'));
  writeFileSync(path.join(inputs, 'hong.xlsx'), readFileSync(tracker).subarray(0, 3000));
  before = hashes(inputs);
  rmSync(ART, { recursive: true, force: true });
  mkdirSync(ART, { recursive: true });
  for (const k of KINDS) {
    const r = await runChiso([
      'report',
      tracker,
      '--period',
      k,
      '--year',
      '2025',
      '--json',
      '-o',
      path.join(ART, `bao-cao-${k}.docx`),
    ]);
    expect([r.code, r.err.split('\n')[0]]).toEqual([0, `Đã ghi / Written: ${path.join(ART, `bao-cao-${k}.docx`)}`]);
    json[k] = JSON.parse(r.out) as ReportJson;
  }
}, 300000);

describe.each(KINDS)('%s 2025: the facts equal the typed cells', (k) => {
  const at = () => WINDOW[k][1];

  it('window, due, completed, overdue (with the notes), next period', () => {
    const j = json[k];
    expect([j.period.from, j.period.to]).toEqual(WINDOW[k]);
    expect([j.next.from, j.next.to]).toEqual(NEXT[k]);
    expect(keys(j.dueInWindow)).toEqual(keys(rows.filter((t) => inside(t.due, WINDOW[k]))));
    expect(keys(j.completedInWindow)).toEqual(keys(rows.filter((t) => inside(t.doneDate, WINDOW[k]))));
    const late = rows.filter((t) => statusAt(t, at()) === 'overdue');
    // The plan's dates are month ends, most at the end of June or December: some are late by 14/9 and 14/12.
    if (k === 'q3' || k === 'year') expect(late.length).toBeGreaterThan(0);
    expect(j.overdue.map((t) => [t.key, t.notes, t.lead]).sort()).toEqual(
      late.map((t) => [t.key, t.notes, t.lead]).sort(),
    );
    expect(keys(j.dueNext)).toEqual(keys(rows.filter((t) => inside(t.due, NEXT[k]) && statusAt(t, at()) !== 'done')));
    for (const t of j.completedInWindow) {
      const typed = rows.find((x) => x.key === t.key)!;
      expect([t.doneDate, t.evidence]).toEqual([typed.doneDate, typed.evidence]);
    }
  });

  it('counts by status and by index', () => {
    const j = json[k];
    const count = (list: Typed[], s: string) => list.filter((t) => statusAt(t, at()) === s).length;
    const b = j.counts.total.buckets;
    expect([j.counts.total.total, b.done, b.overdue, b.dueSoon, b.onTrack, b.notUpdated, b.paused, b.noDate]).toEqual([
      rows.length,
      ...['done', 'overdue', 'dueSoon', 'onTrack', 'notUpdated', 'paused', 'noDate'].map((s) => count(rows, s)),
    ]);
    for (const idx of ['par', 'papi', 'sipas'] as const) {
      const mine = rows.filter((t) => t.index === idx);
      const row = j.counts.byIndex.find((r) => r.name === INDEX_NAME[idx])!;
      expect([row.total, row.due, row.completed, row.buckets.done, row.buckets.overdue]).toEqual([
        mine.length,
        mine.filter((t) => inside(t.due, WINDOW[k])).length,
        mine.filter((t) => inside(t.doneDate, WINDOW[k])).length,
        count(mine, 'done'),
        count(mine, 'overdue'),
      ]);
    }
  });

  it('every sentence with a figure carries the counted figures', () => {
    const j = json[k];
    const due = rows.filter((t) => inside(t.due, WINDOW[k]));
    const st = (l: Typed[], s: string) => l.filter((t) => statusAt(t, at()) === s).length;
    const doneDue = due.filter((t) => statusAt(t, at()) === 'done');
    const onTime = doneDue.filter((t) => t.doneDate && t.doneDate <= t.due!).length;
    const lateDone = doneDue.filter((t) => t.doneDate && t.doneDate > t.due!).length;
    const late = rows.filter((t) => statusAt(t, at()) === 'overdue');
    const next = rows.filter((t) => inside(t.due, NEXT[k]) && statusAt(t, at()) !== 'done');
    const expected: Array<[RegExp, number[]]> = [
      [/^Tổng số nhiệm vụ theo dõi: (\d+)\.$/, [rows.length]],
      [
        /có (\d+) nhiệm vụ đến hạn: đã hoàn thành (\d+) \(đúng hạn (\d+), sau hạn (\d+), chưa ghi ngày hoàn thành (\d+)\), quá hạn chưa hoàn thành (\d+), tạm dừng (\d+), đến hạn ngày cuối kỳ chưa hoàn thành (\d+)\.$/,
        [
          due.length,
          doneDue.length,
          onTime,
          lateDone,
          doneDue.length - onTime - lateDone,
          st(due, 'overdue'),
          st(due, 'paused'),
          st(due, 'dueSoon') + st(due, 'onTrack') + st(due, 'notUpdated'),
        ],
      ],
      [
        /^Số nhiệm vụ có ngày hoàn thành trong kỳ: (\d+)\.$/,
        [rows.filter((t) => inside(t.doneDate, WINDOW[k])).length],
      ],
      [
        /^Tính đến ngày [\d/]+: đã hoàn thành (\d+), quá hạn (\d+), đang thực hiện (\d+) \(trong đó sắp đến hạn (\d+), trong hạn (\d+), chưa cập nhật (\d+)\), tạm dừng (\d+), không có hạn cố định (\d+)\.$/,
        [
          st(rows, 'done'),
          st(rows, 'overdue'),
          st(rows, 'onTrack') + st(rows, 'dueSoon') + st(rows, 'notUpdated'),
          st(rows, 'dueSoon'),
          st(rows, 'onTrack'),
          st(rows, 'notUpdated'),
          st(rows, 'paused'),
          st(rows, 'noDate'),
        ],
      ],
      late.length
        ? [
            /còn (\d+) nhiệm vụ quá hạn chưa hoàn thành \((\d+) nhiệm vụ chưa nêu lý do\)/,
            [late.length, late.filter((t) => !t.notes).length],
          ]
        : [/^Tính đến ngày [\d/]+, không có nhiệm vụ quá hạn\.$/, []],
      next.length
        ? [/có (\d+) nhiệm vụ đến hạn chưa hoàn thành;/, [next.length]]
        : [/^Từ ngày [\d/]+ đến ngày [\d/]+ không có nhiệm vụ nào đến hạn chưa hoàn thành;/, []],
      ...(['par', 'papi', 'sipas'] as const).map((idx): [RegExp, number[]] => {
        const mine = rows.filter((t) => t.index === idx);
        return [
          new RegExp(
            `^${INDEX_NAME[idx]}: (\\d+) nhiệm vụ, đến hạn trong kỳ (\\d+), đã hoàn thành (\\d+), quá hạn (\\d+)\\.$`,
          ),
          [mine.length, mine.filter((t) => inside(t.due, WINDOW[k])).length, st(mine, 'done'), st(mine, 'overdue')],
        ];
      }),
    ];
    for (const [re, nums] of expected) {
      const hit = j.text.map((s) => re.exec(s)).find(Boolean);
      expect([re.source, hit ? hit.slice(1).map(Number) : null]).toEqual([re.source, nums]);
    }
    // No other sentence carries a count: the rest with digits are dates, the year, scores and criteria.
    const known = [
      ...expected.map(([re]) => re),
      /^Chỉ số (PAR INDEX|SIPAS|PAPI): mục tiêu/,
      /^Các tiêu chí/,
      /^Trên đây/,
    ];
    const stray = j.text.filter((s) => /\d/.test(s) && !known.some((re) => re.test(s)));
    expect(stray).toEqual([]);
  });
});

it('the Quý I edge: completed on 14/3 is in Quý I, on 15/3 is not (and is in the six months)', () => {
  const inQ1 = rows.find((t) => t.doneDate === EDGE_IN)!;
  const out = rows.find((t) => t.doneDate === EDGE_OUT)!;
  expect(keys(json.q1.completedInWindow)).toContain(inQ1.key);
  expect(keys(json.q1.completedInWindow)).not.toContain(out.key);
  expect(keys(json['6m'].completedInWindow)).toEqual(expect.arrayContaining([inQ1.key, out.key]));
});

it('the PAR INDEX estimate against target: the criteria furthest below, from the typed cells', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tracker);
  const ws = wb.getWorksheet('Theo dõi Phụ lục 2')!;
  const head = (p: string) => {
    let c = 0;
    ws.getRow(5).eachCell((cell, i) => {
      if (!c && cell.text.startsWith(p)) c = i;
    });
    return c;
  };
  const [key, title, target, estimate] = [head('Mã'), head('Nội dung'), head('Mục tiêu'), head('Ước đạt')];
  const lines: Array<{ key: string; title: string; gap: number; i: number }> = [];
  const allKeys: string[] = [];
  ws.eachRow((row, r) => {
    if (r > 5 && row.getCell(key).text) allKeys.push(row.getCell(key).text);
  });
  ws.eachRow((row, r) => {
    const k = row.getCell(key).text;
    const [t, e] = [row.getCell(target).value, row.getCell(estimate).value];
    // A criterion: a row no other key continues ("1.1" under "1"), with both numbers typed.
    if (r <= 5 || !k || allKeys.some((x) => x.startsWith(`${k}.`))) return;
    if (typeof t === 'number' && typeof e === 'number' && t - e > 1e-9)
      lines.push({ key: k, title: row.getCell(title).text, gap: t - e, i: lines.length });
  });
  lines.sort((a, b) => b.gap - a.gap || a.i - b.i);
  const s = json.q3.scores.find((x) => x.index === 'par')!;
  expect(s.below.map((l) => l.key)).toEqual(lines.slice(0, 5).map((l) => l.key));
  expect(lines.map((l) => Math.round(l.gap * 100) / 100)).toEqual(expect.arrayContaining(LOWERED));
  const sentence = json.q3.text.find((t) => t.startsWith('Các tiêu chí PAR INDEX'))!;
  const fmt = (n: number) => String(Math.round(n * 10000) / 10000).replace('.', ',');
  for (const l of s.below)
    expect(sentence).toContain(`${l.title} (mục tiêu ${fmt(l.target!)}, ước đạt ${fmt(l.estimate!)})`);
  const line = json.q3.text.find((t) => t.startsWith('Chỉ số PAR INDEX:'))!;
  expect(line).toContain(`mục tiêu ${fmt(s.target!)} điểm, ước đạt ${fmt(s.estimate!)} điểm`);
});

describe('the Word draft', () => {
  const docx = () => path.join(ART, 'bao-cao-q1.docx');

  it('opens in LibreOffice Writer: A4 portrait, header block and title on page 1, signature before the appendix', () => {
    const pdfDir = path.join(ART, 'pdf');
    mkdirSync(pdfDir, { recursive: true });
    // A profile of its own: another LibreOffice running on the machine does not take the conversion.
    const profile = tempDir('chiso-lo-');
    for (const k of ['q1', 'year'])
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          pdfDir,
          path.join(ART, `bao-cao-${k}.docx`),
        ],
        { stdio: 'ignore', timeout: 180000 },
      );
    for (const k of ['q1', 'year']) {
      const pdf = path.join(pdfDir, `bao-cao-${k}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
      const norm = (t: string) => t.replace(/\s+/g, ' ');
      for (const s of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
        'Độc lập - Tự do - Hạnh phúc',
        'Số:',
        'BÁO CÁO',
        'Kính gửi: Sở Nội vụ.',
      ])
        expect(norm(page1)).toContain(s);
      expect(norm(page1)).toContain(k === 'q1' ? 'Quý I năm 2025' : 'năm 2025');
      const all = norm(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      const at = (s: string) => all.indexOf(s);
      expect(at('I. KẾT QUẢ THỰC HIỆN')).toBeGreaterThan(at('BÁO CÁO'));
      expect(at('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN')).toBeGreaterThan(at('I. KẾT QUẢ THỰC HIỆN'));
      expect(at('III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI')).toBeGreaterThan(at('II. TỒN TẠI'));
      expect(at('IV. ĐỀ XUẤT, KIẾN NGHỊ')).toBeGreaterThan(at('III. NHIỆM VỤ'));
      expect(at('Nơi nhận:')).toBeGreaterThan(at('IV. ĐỀ XUẤT'));
      expect(at('QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ')).toBeGreaterThan(at('IV. ĐỀ XUẤT'));
      expect(at('PHỤ LỤC')).toBeGreaterThan(at('QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ'));
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      path.join(pdfDir, 'bao-cao-q1.pdf'),
      path.join(pdfDir, 'q1'),
    ]);
    expect(readdirSync(pdfDir).filter((f) => /^q1-0?[12]\.png$/.test(f))).toHaveLength(2);
  }, 300000);

  it('breaks no header word across lines (every header word is whole in the PDF: "STT", not "S T T")', async () => {
    for (const k of ['q1', 'year']) {
      const xml = await (
        await JSZip.loadAsync(readFileSync(path.join(ART, `bao-cao-${k}.docx`)))
      )
        .file('word/document.xml')!
        .async('string');
      const headerRows = xml.match(/<w:tr>(?:(?!<\/w:tr>).)*?<w:tblHeader\/>.*?<\/w:tr>/gs) ?? [];
      const words = new Set(
        headerRows.flatMap((row) =>
          (row.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs) ?? []).flatMap((par) =>
            [...par.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
              .map((m) => m[1])
              .join('')
              .split(/\s+/)
              .filter(Boolean),
          ),
        ),
      );
      expect(words.has('STT')).toBe(true);
      const pdf = path.join(ART, 'pdf', `bao-cao-${k}.pdf`);
      const inPdf = new Set(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/));
      expect({ k, broken: [...words].filter((w) => !inPdf.has(w)) }).toEqual({ k, broken: [] });
    }
  });

  it('Times New Roman 14, no table row split across pages, the header row repeated', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docx()));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    const doc = await zip.file('word/document.xml')!.async('string');
    const trs = doc.split('<w:tr>').slice(1);
    expect(trs.length).toBeGreaterThan(10);
    expect(trs.filter((tr) => !tr.includes('<w:cantSplit/>'))).toEqual([]);
    // Each bordered table (all but the header and signature blocks) repeats its first row.
    const tables = doc.split('<w:tbl>').slice(1);
    expect(tables.filter((t) => t.includes('<w:tblHeader/>')).length).toBe(tables.length - 2);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('python-docx reads it back: the same sentences, and the appendix lists every task of the window', () => {
    const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({"paras": [p.text for p in d.paragraphs],
  "w": s.page_width, "h": s.page_height,
  "appendix": [[c.text for c in r.cells] for r in d.tables[-1].rows]}))`;
    const out = JSON.parse(execFileSync(PY, ['-c', script, docx()], { encoding: 'utf8' })) as {
      paras: string[];
      w: number;
      h: number;
      appendix: string[][];
    };
    expect(out.h).toBeGreaterThan(out.w);
    for (const t of json.q1.text) expect(out.paras).toContain(t);
    const [head, ...body] = out.appendix;
    expect(head).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Tài liệu kiểm chứng',
    ]);
    const want = rows
      .filter((t) => inside(t.due, WINDOW.q1) || inside(t.doneDate, WINDOW.q1))
      .map((t) => [t.task, t.due ? vn(t.due) : '', t.doneDate ? vn(t.doneDate) : '', t.evidence].join('|'))
      .sort();
    expect(body.map((r) => [r[1], r[3], r[5], r[6]].join('|')).sort()).toEqual(want);
  });
});

it('-o …xlsx writes the same tables as sheets', async () => {
  const out = path.join(ART, 'bao-cao-q3.xlsx');
  const r = await runChiso(['report', tracker, '--period', 'q3', '--year', '2025', '-o', out]);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Kết quả thực hiện',
    'Điểm chỉ số',
    'Quá hạn',
    'Kỳ tới',
    'Phụ lục',
  ]);
  const ws = wb.getWorksheet('Kết quả thực hiện')!;
  const t = json.q3.counts.total;
  expect(ws.getRow(4).values).toEqual([
    undefined,
    undefined,
    'Tổng số',
    t.total,
    t.due,
    t.completed,
    t.buckets.done,
    t.buckets.overdue,
    t.buckets.onTrack + t.buckets.dueSoon + t.buckets.notUpdated,
    t.buckets.paused,
    t.buckets.noDate,
  ]);
  expect(wb.getWorksheet('Quá hạn')!.rowCount).toBe(3 + json.q3.overdue.length);
});

it('without --period: the period being reported on today', async () => {
  const r = await runChiso(['report', tracker, '--json'], '2025-03-16');
  expect(r.code).toBe(0);
  expect((JSON.parse(r.out) as ReportJson).period).toEqual({
    kind: 'q1',
    year: 2025,
    from: '2024-12-15',
    to: '2025-03-14',
    due: '2025-03-20',
  });
});

describe('bad input: one line, exit 2, nothing written', () => {
  let n = 0;
  const out = () => path.join(ART, `bad-${n}.docx`);
  it.each([
    [
      'a plan instead of a tracker',
      () => ['ke-hoach.xlsx', '--period', 'q1', '--year', '2025'],
      /không phải bảng theo dõi do chiso tạo/,
    ],
    ['a damaged file', () => ['hong.xlsx', '--period', 'q1', '--year', '2025'], /^.*hong\.xlsx: .+ \/ .+$/],
    [
      'a period without tasks',
      () => ['theo-doi.xlsx', '--from', '2020-01-01', '--to', '2020-02-01'],
      /^Không có nhiệm vụ nào đến hạn, hoàn thành hay quá hạn/,
    ],
    [
      'a reversed window',
      () => ['theo-doi.xlsx', '--from', '2025-03-14', '--to', '2025-01-01'],
      /^Khoảng ngày bị ngược/,
    ],
    ['a period that is not one', () => ['theo-doi.xlsx', '--period', 'q2'], /^Kỳ báo cáo không hợp lệ/],
  ])('%s', async (_name, argv, message) => {
    n++;
    const [file, ...rest] = argv();
    const r = await runChiso(['report', path.join(inputs, file), ...rest, '-o', out()]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
    expect(existsSync(out())).toBe(false);
  });
});

it('nothing was written beside the inputs and their bytes did not change', () => {
  expect(hashes(inputs)).toEqual(before);
});
