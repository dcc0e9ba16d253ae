/**
 * Issue 20/21: the periodic report and the self-assessment report share one administrative frame (admin-doc.ts).
 * Both are written from hand-made content, read back with python-docx and as raw XML: the same page setup, margins,
 * default font and size, the same header block and signature block, page numbers from page 2, every table row kept
 * on one page and every data table repeating its header row.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import type { ReportDoc, ReportTable } from '../../../src/core/report';
import type { AssessReport } from '../../../src/core/assess/report';
import { docxFromReport } from '../../../src/adapters/docx/report';
import { assessReportDocx } from '../../../src/adapters/docx/assess-report';

let dir: string;
const files: Record<'report' | 'assess', string> = { report: '', assess: '' };

/** Enough rows that each data table runs over a page break. */
const many = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i + 1));

const appendix: ReportTable = {
  sheet: 'Phụ lục',
  title: 'Danh sách nhiệm vụ',
  headers: ['TT', 'Nhiệm vụ', 'Hạn', 'Tình trạng'],
  widths: [5, 40, 12, 15],
  rows: many(60, (i) => [String(i), `Nhiệm vụ số ${i} của kế hoạch`, '30/09/2025', 'Đang thực hiện']).map((r, i) => [
    i + 1,
    r[1],
    r[2],
    r[3],
  ]),
};

const reportDoc: ReportDoc = {
  issuer: 'UBND PHƯỜNG BA ĐÌNH',
  number: 'Số:        /BC-UBND',
  dateLine: 'Ba Đình, ngày …… tháng …… năm 2025',
  title: 'BÁO CÁO',
  subtitle: 'Kết quả thực hiện Kế hoạch cải cách hành chính Quý III năm 2025',
  recipient: 'Kính gửi: Sở Nội vụ.',
  body: [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'para', text: 'Tổng số nhiệm vụ theo dõi: 60.' },
    {
      kind: 'table',
      table: { sheet: 'Số liệu', title: 'Bảng 1', headers: ['Lĩnh vực', 'Tổng'], widths: [30, 10], rows: [['A', 3]] },
    },
    { kind: 'heading', text: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' },
  ],
  recipients: ['- Như trên;', '- Lưu: VT.'],
  signer: ['QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', '(Chữ ký, dấu)', '', 'Họ và tên'],
  appendix: { title: 'PHỤ LỤC', note: '(Kèm theo báo cáo)', table: appendix },
};

const assess: AssessReport = {
  year: 2025,
  title: 'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025',
  summaryHeader: ['TT', 'Lĩnh vực', 'Tối đa', 'Kết quả', 'Mục tiêu', 'Tự chấm', 'Dự kiến', 'Xếp loại'],
  summary: many(8, (i) => [String(i), `Lĩnh vực ${i}`, '10', '8', '9', '', '', '']),
  conclusion: 'Tổng điểm tự chấm: chưa nhập.',
  criteriaHeader: ['Mã', 'Tiêu chí', 'Tối đa', 'Tự chấm', 'Tài liệu kiểm chứng', 'Giải trình'],
  criteria: many(80, (i) => [`1.${i}`, `Tiêu chí thành phần số ${i}`, '0,5', '', '', '']),
  explanations: [],
};

// One descriptor per document: what python-docx reads of the page, the default style, the header and signature.
const PY = `
import docx, json, sys
def fmt(p):
    r = p.runs[0] if p.runs else None
    return {"align": str(p.alignment), "bold": bool(r and r.bold), "italic": bool(r and r.italic),
            "size": r.font.size.pt if r is not None and r.font.size else None,
            "underline": bool(r and r.underline)}
def block(t):
    cells = t.rows[0].cells
    return {"widths": [c.width for c in cells], "cells": [[fmt(p) for p in c.paragraphs] for c in cells],
            "texts": [[p.text for p in c.paragraphs] for c in cells]}
out = {}
for name in sys.argv[1:]:
    d = docx.Document(name)
    s = d.sections[0]
    st = d.styles.element.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docDefaults')
    runs = [r for p in d.paragraphs for r in p.runs] + [r for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    out[name] = {
        "page": [round(s.page_width.mm, 1), round(s.page_height.mm, 1)],
        "margins": [round(x.mm) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)],
        "fonts": sorted({r.font.name for r in runs}),
        "defaultFont": st.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts').get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ascii'),
        "defaultSize": int(st.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sz').get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val')),
        "titlePage": s.different_first_page_header_footer,
        "firstHeader": [p.text for p in s.first_page_header.paragraphs],
        "header": s.header._element.xml.count('PAGE'),
        "head": block(d.tables[0]),
        "sign": block(next(t for t in d.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")),
        "bodySizes": sorted({r.font.size.pt for p in d.paragraphs if "JUSTIFY" in str(p.alignment) for r in p.runs}),
        "cellSizes": sorted({r.font.size.pt for t in d.tables[1:] if "Nơi nhận:" not in t.rows[0].cells[0].text
                             for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs}),
    }
print(json.dumps(out))
`;

type Block = {
  widths: number[];
  cells: Array<Array<{ align: string; bold: boolean; italic: boolean; size: number | null; underline: boolean }>>;
  texts: string[][];
};
type Desc = {
  page: number[];
  margins: number[];
  fonts: string[];
  defaultFont: string;
  defaultSize: number;
  titlePage: boolean;
  firstHeader: string[];
  header: number;
  head: Block;
  sign: Block;
  bodySizes: number[];
  cellSizes: number[];
};
let got: Record<'report' | 'assess', Desc>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-admin-doc-'));
  files.report = path.join(dir, 'bao-cao.docx');
  files.assess = path.join(dir, 'tu-danh-gia.docx');
  writeFileSync(files.report, await docxFromReport(reportDoc));
  writeFileSync(files.assess, await assessReportDocx(assess));
  const all = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', PY, files.report, files.assess], { encoding: 'utf8' }),
  ) as Record<string, Desc>;
  got = { report: all[files.report], assess: all[files.assess] };
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one administrative frame for both reports', () => {
  it('A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, page numbers from page 2 — in both', () => {
    for (const d of [got.report, got.assess]) {
      expect(d.page).toEqual([210, 297]);
      expect(d.margins).toEqual([20, 20, 30, 15]);
      expect(d.fonts).toEqual(['Times New Roman']);
      expect([d.defaultFont, d.defaultSize]).toEqual(['Times New Roman', 28]);
      expect([d.titlePage, d.firstHeader.join(''), d.header]).toEqual([true, '', 1]);
    }
  });

  it('the same header block: issuer and number left, motto, rule and date line right', () => {
    const [r, a] = [got.report.head, got.assess.head];
    expect(a.widths).toEqual(r.widths);
    // The motto column is the same paragraph for paragraph; the date line differs only in its words.
    expect(a.cells[1]).toEqual(r.cells[1]);
    expect(r.texts[1].slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(a.texts[1].slice(0, 2)).toEqual(r.texts[1].slice(0, 2));
    expect(r.cells[1][2].underline).toBe(true);
    // The issuer's column: the assessment has a superior body above; the issuer, its rule and the number match.
    expect(a.cells[0].slice(-3)).toEqual(r.cells[0]);
    expect(r.cells[0].map((p) => [p.bold, p.underline])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(r.texts[0][2]).toMatch(/^Số:/);
    expect(a.texts[0][3]).toMatch(/^Số:/);
  });

  it('the same signature block and the same body size (14 pt body, 12 pt tables)', () => {
    const [r, a] = [got.report.sign, got.assess.sign];
    expect(a.widths).toEqual(r.widths);
    expect(r.texts[0][0]).toBe('Nơi nhận:');
    expect(a.texts[0][0]).toBe('Nơi nhận:');
    expect(a.cells[0][0]).toEqual(r.cells[0][0]);
    expect(a.cells[0].slice(1)).toEqual(r.cells[0].slice(1, a.cells[0].length));
    // Signer: the title in bold, the bracketed note in italics, in both.
    for (const s of [r, a]) {
      expect([s.cells[1][0].bold, s.cells[1][0].italic]).toEqual([true, false]);
      expect([s.cells[1][1].bold, s.cells[1][1].italic]).toEqual([false, true]);
      expect(s.cells[1][1].size).toBe(14);
    }
    for (const d of [got.report, got.assess]) expect([d.bodySizes, d.cellSizes]).toEqual([[14], [11, 12]]);
  });

  it('no table row can split across pages; every data table repeats its header row', async () => {
    for (const f of [files.report, files.assess]) {
      const zip = await JSZip.loadAsync(readFileSync(f));
      const doc = await zip.file('word/document.xml')!.async('string');
      const trs = doc.split('<w:tr>').slice(1);
      expect(trs.length).toBeGreaterThan(60);
      expect(trs.filter((tr) => !tr.split('</w:trPr>')[0].includes('<w:cantSplit/>'))).toEqual([]);
      // All tables but the header and signature blocks are data tables: their first row is a repeated header.
      const tables = doc
        .split('<w:tbl>')
        .slice(1)
        .map((t) => t.split('</w:tbl>')[0]);
      const first = (t: string) => t.split('<w:tr>')[1].split('</w:trPr>')[0];
      const frame = (t: string) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') || t.includes('Nơi nhận:');
      const data = tables.filter((t) => !frame(t));
      expect([tables.length - data.length, data.length > 1]).toEqual([2, true]);
      expect(data.filter((t) => !first(t).includes('<w:tblHeader/>'))).toEqual([]);
      expect(tables.filter(frame).filter((t) => t.includes('<w:tblHeader/>'))).toEqual([]);
    }
  });
});
