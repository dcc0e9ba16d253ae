/**
 * The periodic report (core/report) as a Word draft in the administrative frame (admin-doc.ts, Decree 30/2020):
 * the header block, "BÁO CÁO" and its subject, "Kính gửi", the numbered parts with their tables, "Nơi nhận" and the
 * signature block, then the appendix on a page of its own.
 */
import { AlignmentType } from 'docx';
import { shownValue, type ReportDoc, type ReportTable } from '../../core/report';
import {
  adminDocx,
  bodyPara,
  dataTable,
  headerBlock,
  heading,
  para,
  signatureBlock,
  titleBlock,
  type Block,
} from './admin-doc';

/** A report table: numbers and the first column centred, text to the left; the marked rows in bold (totals). */
const table = (t: ReportTable): Block[] =>
  dataTable({
    title: t.title,
    headers: t.headers,
    rows: t.rows.map((r) => r.map(shownValue)),
    widths: t.widths,
    bold: t.bold,
    center: (k, i) => typeof t.rows[k][i] !== 'string' || i === 0,
  });

/** The Word document of a report, as bytes. */
export async function docxFromReport(d: ReportDoc): Promise<Uint8Array> {
  const children: Block[] = [
    headerBlock({ issuer: d.issuer, number: d.number, dateLine: d.dateLine }),
    ...titleBlock(d.title, d.subtitle, d.recipient),
  ];
  for (const b of d.body) {
    if (b.kind === 'heading') children.push(heading(b.text));
    else if (b.kind === 'para') children.push(bodyPara(b.text, { italics: b.italic }));
    else children.push(...table(b.table));
  }
  children.push(
    signatureBlock(d.recipients, d.signer),
    para(d.appendix.title, { bold: true, align: AlignmentType.CENTER, pageBreak: true }),
    para(d.appendix.note, { italics: true, align: AlignmentType.CENTER, after: 120 }),
    ...table(d.appendix.table),
  );
  return adminDocx(`${d.title} ${d.subtitle}`, children);
}
