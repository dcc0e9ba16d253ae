/**
 * The self-assessment report as a Word document (the `docx` package), in the administrative form of Decree 30/2020:
 * issuer and number top left, national motto and place/date top right, "BÁO CÁO" and its subject, "Kính gửi",
 * numbered parts, "Nơi nhận" and the signature block. A4 portrait, Times New Roman 13, margins 20 mm top and bottom,
 * 30 mm left, 15 mm right. Blanks ("……") are left for what chiso cannot know (issuer, number, addressee, signer).
 * Kept apart from the periodic report's header (issue 20) so the two can be merged into one later.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AssessReport } from '../../core/assess/report';

const FONT = 'Times New Roman';
const SIZE = 26; // 13 pt
const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const TEXT_WIDTH = Math.floor(PAGE.width - PAGE.left - PAGE.right);
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Half-points (default 13 pt). */
  size?: number;
}

function para(
  runs: Run[] | string,
  align: 'left' | 'center' | 'right' | 'both' = 'both',
  opts: { before?: number } = {},
) {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  const alignment = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    both: AlignmentType.JUSTIFIED,
  }[align];
  return new Paragraph({
    alignment,
    spacing: { before: opts.before ?? 0, after: 60 },
    children: list.map(
      (r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italics, font: FONT, size: r.size ?? SIZE }),
    ),
  });
}

/** Table text: 12 pt, so score columns hold their numbers on one line. */
const TABLE_SIZE = 24;

function cell(text: string, width: number, opts: { bold?: boolean; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: (text || '')
      .split('\n')
      .map((line) => para([{ text: line, bold: opts.bold, size: TABLE_SIZE }], opts.center ? 'center' : 'left')),
  });
}

function grid(header: string[], rows: string[][], weights: number[]): Table {
  const total = weights.reduce((a, w) => a + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const line = (cells: string[], head: boolean) =>
    new TableRow({
      ...(head ? { tableHeader: true, cantSplit: true } : {}),
      children: cells.map((t, i) => cell(t, widths[i], { bold: head, center: head || (i !== 1 && i < 4) })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [line(header, true), ...rows.map((r) => line(r, false))],
  });
}

/** Two columns without borders (the header and the signature block). */
function twoColumns(left: Paragraph[], right: Paragraph[], split = 0.38): Table {
  const w = [Math.floor(TEXT_WIDTH * split), Math.floor(TEXT_WIDTH * (1 - split))];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: w[0], type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: w[1], type: WidthType.DXA }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

export async function assessReportDocx(report: AssessReport): Promise<Uint8Array> {
  const y = report.year ? String(report.year) : '……';
  const header = twoColumns(
    [
      para('……………………', 'center'),
      para([{ text: 'TÊN CƠ QUAN, ĐƠN VỊ', bold: true }], 'center'),
      para(`Số: ……/BC-……`, 'center'),
    ],
    [
      para([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 24 }], 'center'),
      para([{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], 'center'),
      para([{ text: `……, ngày …… tháng …… năm ……`, italics: true }], 'center', { before: 120 }),
    ],
  );
  const body: Array<Paragraph | Table> = [
    header,
    para([{ text: 'BÁO CÁO', bold: true }], 'center', { before: 360 }),
    para([{ text: report.title, bold: true }], 'center'),
    para('Kính gửi: ……………………………………', 'center', { before: 240 }),
    para([{ text: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM', bold: true }], 'left', { before: 240 }),
    grid(report.summaryHeader, report.summary, [5, 29, 11, 11, 11, 11, 11, 11]),
    para(report.conclusion, 'both', { before: 120 }),
    para([{ text: 'II. CHI TIẾT THEO TIÊU CHÍ VÀ TÀI LIỆU KIỂM CHỨNG', bold: true }], 'left', { before: 240 }),
    grid(report.criteriaHeader, report.criteria, [7, 30, 9, 9, 28, 20]),
    para([{ text: 'III. GIẢI TRÌNH', bold: true }], 'left', { before: 240 }),
    ...(report.explanations.length
      ? report.explanations.map((e) =>
          para([{ text: `Tiêu chí ${e.id} (${e.title}): `, bold: true }, { text: e.text }]),
        )
      : [para('……………………………………')]),
    para([{ text: 'IV. KHÓ KHĂN, VƯỚNG MẮC', bold: true }], 'left', { before: 240 }),
    para('……………………………………'),
    para([{ text: 'V. ĐỀ XUẤT, KIẾN NGHỊ', bold: true }], 'left', { before: 240 }),
    para('……………………………………'),
    twoColumns(
      [
        para([{ text: 'Nơi nhận:', bold: true, italics: true }], 'left', { before: 240 }),
        para('- Như trên;', 'left'),
        para('- Lưu: VT, ……', 'left'),
      ],
      [
        para([{ text: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', bold: true }], 'center', { before: 240 }),
        para([{ text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true }], 'center'),
      ],
      0.5,
    ),
  ];
  const doc = new Document({
    creator: 'chiso',
    title: `Báo cáo tự đánh giá ${y}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: Math.round(PAGE.top),
              bottom: Math.round(PAGE.bottom),
              left: Math.round(PAGE.left),
              right: Math.round(PAGE.right),
            },
          },
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
