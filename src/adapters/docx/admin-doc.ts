/**
 * The administrative document frame of Decree 30/2020 (form of a "Báo cáo"), once for every report chiso writes
 * (the periodic report, issue 20; the self-assessment report, issue 21): A4 portrait, margins 20 mm top and bottom,
 * 30 mm left, 15 mm right; Times New Roman, the body 14 pt and the tables 12 pt; the issuer and the number top left,
 * the national motto with its short rule and the place/date line top right; "BÁO CÁO" and its subject; "Kính gửi";
 * numbered parts; data tables whose rows never split across pages and whose header row repeats on each page;
 * "Nơi nhận" and the signature block; page numbers at the top from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { fitTwips, wordMinTwips } from './widths';
import { A4, FONT } from './write';

/** Sizes in half-points. */
export const SIZE = {
  body: 28, // 14 pt
  table: 24, // 12 pt
  head: 22, // 11 pt: a table's header row (narrow count columns)
  header: 26, // 13 pt: the issuer and the number
  motto: 24, // 12 pt: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on one line
  small: 22, // 11 pt: the list under "Nơi nhận"
} as const;

const MM = 1440 / 25.4; // twips per millimetre
/** Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right. */
export const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
/** The width of the text between the margins, in twips. */
export const WIDTH = A4.short - MARGIN.left - MARGIN.right;

export type Block = Paragraph | Table;
export type Run = Omit<IRunOptions, 'font' | 'size'> & { text: string };
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParaOptions {
  size?: number;
  align?: Align;
  bold?: boolean;
  italics?: boolean;
  /** First-line indent of 1 cm (body paragraphs and part headings). */
  indent?: boolean;
  after?: number;
  before?: number;
  pageBreak?: boolean;
  keepNext?: boolean;
}

/** A paragraph of runs in Times New Roman; every run carries the font so Word and readers agree on it. */
export function para(runs: Run[] | string, o: ParaOptions = {}): Paragraph {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    pageBreakBefore: o.pageBreak,
    keepNext: o.keepNext,
    children: list.map(
      (r) => new TextRun({ bold: o.bold, italics: o.italics, ...r, font: FONT, size: o.size ?? SIZE.body }),
    ),
  });
}

/** A short centred rule under a header line (underlined no-break spaces, as Word users draw it). */
const rule = (chars: number) =>
  para([{ text: '\u00a0'.repeat(chars), underline: {} }], { align: AlignmentType.CENTER, size: 12 });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Two columns side by side without borders (the header block, the signature block); one row that never splits. */
function sideBySide(left: Paragraph[], right: Paragraph[], split: number): Table {
  const w = [Math.round(WIDTH * split), WIDTH - Math.round(WIDTH * split)];
  return new Table({
    borders: NO_BORDERS,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: w,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [left, right].map(
          (children, i) => new TableCell({ children, borders: NO_BORDERS, width: { size: w[i], type: WidthType.DXA } }),
        ),
      }),
    ],
  });
}

export interface HeaderFacts {
  /** The superior body, above the issuer (regular); left out when there is none. */
  superior?: string;
  /** The issuing body (upper case, bold). */
  issuer: string;
  /** "Số: …/BC-…". */
  number: string;
  /** "…, ngày … tháng … năm …". */
  dateLine: string;
}

/** Issuer and number top left; the national motto, its rule and the place/date line top right. */
export function headerBlock(h: HeaderFacts): Table {
  const center = AlignmentType.CENTER;
  return sideBySide(
    [
      ...(h.superior ? [para(h.superior, { align: center, size: SIZE.header })] : []),
      para(h.issuer, { bold: true, align: center, size: SIZE.header }),
      rule(24),
      para(h.number, { align: center, size: SIZE.header, before: 120 }),
    ],
    [
      para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: center, size: SIZE.motto }),
      para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: center, size: SIZE.header }),
      rule(40),
      para(h.dateLine, { italics: true, align: center, before: 120 }),
    ],
    0.38,
  );
}

/** "BÁO CÁO", its subject and the short rule below, then the "Kính gửi" line (given whole, e.g. "Kính gửi: …"). */
export function titleBlock(title: string, subject: string, kinhGui: string): Paragraph[] {
  const center = AlignmentType.CENTER;
  return [
    para(title, { bold: true, align: center, before: 360 }),
    para(subject, { bold: true, align: center }),
    rule(30),
    para(kinhGui, { align: center, before: 120, after: 240 }),
  ];
}

/** A numbered part's heading ("I. KẾT QUẢ …"). */
export const heading = (text: string): Paragraph =>
  para(text, { bold: true, indent: true, before: 120, after: 120, keepNext: true });

/** A body paragraph: justified, first line indented. */
export const bodyPara = (runs: Run[] | string, o: { italics?: boolean } = {}): Paragraph =>
  para(runs, { italics: o.italics, indent: true, align: AlignmentType.JUSTIFIED, after: 120 });

export interface DataTable {
  /** A caption above the table (bold italic, centred); none when absent. */
  title?: string;
  headers: string[];
  rows: string[][];
  /** Relative column widths. */
  widths: number[];
  /** Rows (0-based, header not counted) in bold: totals. */
  bold?: number[];
  /** Which cells are centred (the rest start at the left). */
  center?: (row: number, col: number) => boolean;
}

/** Twips of one wide letter of bold Times New Roman 11 (headers) and of Times New Roman 12 (body). */
const HEAD_LETTER_TWIPS = 140;
const BODY_LETTER_TWIPS = 135;

/** A bordered data table: every row kept on one page, the header row repeated on each page. */
export function dataTable(t: DataTable): Block[] {
  // Never narrower than a column's longest word ("STT" must not break into "S T T"): bold 11-pt header letters,
  // 12-pt body letters, 60 twips of margin each side.
  const min = t.widths.map((_, i) =>
    Math.max(
      wordMinTwips([t.headers[i] ?? ''], HEAD_LETTER_TWIPS, 120),
      wordMinTwips(
        t.rows.map((r) => r[i] ?? ''),
        BODY_LETTER_TWIPS,
        120,
      ),
    ),
  );
  const twips = fitTwips(t.widths, min, WIDTH);
  const cell = (text: string, i: number, o: { bold?: boolean; center?: boolean; size?: number }) =>
    new TableCell({
      width: { size: twips[i], type: WidthType.DXA },
      verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 60, right: 60 },
      children: text.split('\n').map((line) =>
        para([{ text: line }], {
          size: o.size ?? SIZE.table,
          bold: o.bold,
          align: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ),
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.headers.map((h, i) => cell(h, i, { bold: true, center: true, size: SIZE.head })),
  });
  const rows = t.rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: r.map((v, i) => cell(v, i, { bold: t.bold?.includes(k), center: t.center?.(k, i) })),
      }),
  );
  const caption = t.title
    ? [
        para(t.title, {
          bold: true,
          italics: true,
          align: AlignmentType.CENTER,
          before: 120,
          after: 60,
          size: SIZE.table + 2,
          keepNext: true,
        }),
      ]
    : [];
  return [
    ...caption,
    new Table({ rows: [head, ...rows], columnWidths: twips, width: { size: WIDTH, type: WidthType.DXA } }),
    para('', { after: 120 }),
  ];
}

/**
 * "Nơi nhận" and its list on the left; the signer's lines on the right: the titles and the name in bold, the
 * bracketed note in italics, an empty line leaves room for the signature and the seal.
 */
export function signatureBlock(recipients: string[], signer: string[]): Table {
  return sideBySide(
    [
      para('Nơi nhận:', { bold: true, italics: true, size: SIZE.table, before: 240 }),
      ...recipients.map((r) => para(r, { size: SIZE.small })),
    ],
    signer.map((s, i) =>
      para(s || '\u00a0', {
        bold: !s.startsWith('('),
        italics: s.startsWith('('),
        align: AlignmentType.CENTER,
        before: i === 0 ? 240 : 0,
        after: s ? 0 : 480,
      }),
    ),
    0.45,
  );
}

/** The Word document: the page setup, the default font and size, page numbers at the top from page 2. */
export async function adminDocx(title: string, children: Block[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'chiso',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: A4.short, height: A4.long }, margin: MARGIN },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body })],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        children,
      },
    ],
  });
  // toArrayBuffer, not toBuffer: the same bytes in Node and in the browser (the pane loads this module too).
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
