/**
 * The periodic report (core/report) as a Word draft in the form of an administrative report (Decree 30/2020): A4
 * portrait, margins 2 cm top and bottom, 3 cm left, 1.5 cm right; Times New Roman, the body 14 pt and the tables
 * 12 pt; the issuer and the national motto side by side, each with its short rule below; page numbers at the top
 * from page 2; table rows never split across pages and the header row repeated on each page; the appendix on a page
 * of its own.
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
import { shownValue, type ReportDoc, type ReportTable } from '../../core/report';
import { A4, FONT } from './write';

const BODY = 28; // half-points: 14 pt
const TABLE = 24; // 12 pt
const HEAD = 22; // 11 pt: the header row of a table (narrow count columns)
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const WIDTH = A4.short - MARGIN.left - MARGIN.right;

type Run = Omit<IRunOptions, 'font' | 'size'> & { text: string };

function para(
  runs: Run[] | string,
  o: {
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    italics?: boolean;
    indent?: boolean;
    after?: number;
    before?: number;
    pageBreak?: boolean;
    keepNext?: boolean;
  } = {},
): Paragraph {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    pageBreakBefore: o.pageBreak,
    keepNext: o.keepNext,
    children: list.map(
      (r) => new TextRun({ bold: o.bold, italics: o.italics, ...r, font: FONT, size: o.size ?? BODY }),
    ),
  });
}

/** A short centred rule under a header line (underlined no-break spaces, as Word users draw it). */
const rule = (chars: number) =>
  para([{ text: '\u00a0'.repeat(chars), underline: {} }], { align: AlignmentType.CENTER, size: 12 });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Two columns side by side without borders (the header block, the signature block). */
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

function table(t: ReportTable): Paragraph[] | Array<Paragraph | Table> {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const twips = t.widths.map((x) => Math.floor((x / total) * WIDTH));
  const cell = (text: string, i: number, o: { bold?: boolean; center?: boolean; size?: number }) =>
    new TableCell({
      width: { size: twips[i], type: WidthType.DXA },
      verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 60, right: 60 },
      children: text.split('\n').map((line) =>
        para([{ text: line }], {
          size: o.size ?? TABLE,
          bold: o.bold,
          align: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ),
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.headers.map((h, i) => cell(h, i, { bold: true, center: true, size: HEAD })),
  });
  const rows = t.rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: r.map((v, i) =>
          cell(shownValue(v), i, { bold: t.bold?.includes(k), center: typeof v !== 'string' || i === 0 }),
        ),
      }),
  );
  return [
    para(t.title, {
      bold: true,
      italics: true,
      align: AlignmentType.CENTER,
      before: 120,
      after: 60,
      size: TABLE + 2,
      keepNext: true,
    }),
    new Table({ rows: [head, ...rows], columnWidths: twips, width: { size: WIDTH, type: WidthType.DXA } }),
    para('', { after: 120 }),
  ];
}

/** The Word document of a report, as bytes. */
export async function docxFromReport(d: ReportDoc): Promise<Uint8Array> {
  const header = sideBySide(
    [
      para(d.issuer, { bold: true, align: AlignmentType.CENTER, size: 26 }),
      rule(24),
      para(d.number, { align: AlignmentType.CENTER, size: 26, before: 120 }),
    ],
    [
      para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: AlignmentType.CENTER, size: 24 }),
      para('Độc lập - Tự do - Hạnh phúc', { bold: true, align: AlignmentType.CENTER, size: 26 }),
      rule(40),
      para(d.dateLine, { italics: true, align: AlignmentType.CENTER, before: 120 }),
    ],
    0.38,
  );
  const children: Array<Paragraph | Table> = [
    header,
    para(d.title, { bold: true, align: AlignmentType.CENTER, before: 360 }),
    para(d.subtitle, { bold: true, align: AlignmentType.CENTER }),
    rule(30),
    para(d.recipient, { align: AlignmentType.CENTER, before: 120, after: 240 }),
  ];
  for (const b of d.body) {
    if (b.kind === 'heading') children.push(para(b.text, { bold: true, indent: true, before: 120, after: 120 }));
    else if (b.kind === 'para')
      children.push(para(b.text, { italics: b.italic, indent: true, align: AlignmentType.JUSTIFIED, after: 120 }));
    else children.push(...table(b.table));
  }
  children.push(
    sideBySide(
      [
        para('Nơi nhận:', { bold: true, italics: true, size: 24, before: 240 }),
        ...d.recipients.map((r) => para(r, { size: 22 })),
      ],
      d.signer.map((s, i) =>
        para(s || '\u00a0', {
          bold: i === 0 || i === d.signer.length - 1,
          italics: s.startsWith('('),
          align: AlignmentType.CENTER,
          before: i === 0 ? 240 : 0,
          after: s ? 0 : 480,
        }),
      ),
      0.45,
    ),
    para(d.appendix.title, { bold: true, align: AlignmentType.CENTER, pageBreak: true }),
    para(d.appendix.note, { italics: true, align: AlignmentType.CENTER, after: 120 }),
    ...table(d.appendix.table),
  );
  const doc = new Document({
    creator: 'chiso',
    title: `${d.title} ${d.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
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
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })],
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
