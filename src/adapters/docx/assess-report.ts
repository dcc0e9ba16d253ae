/**
 * The self-assessment report as a Word document in the administrative frame (admin-doc.ts, Decree 30/2020): the
 * header block, "BÁO CÁO" and its subject, "Kính gửi", the numbered parts with the score tables, "Nơi nhận" and the
 * signature block. Blanks ("……") are left for what chiso cannot know (issuer, number, addressee, signer).
 */
import type { AssessReport } from '../../core/assess/report';
import {
  adminDocx,
  bodyPara,
  dataTable,
  headerBlock,
  heading,
  signatureBlock,
  titleBlock,
  type Block,
} from './admin-doc';

/**
 * A score table: the numbers centred, the wording and notes (the columns `text`) to the left; the `total` row (the
 * summary's last) in bold, as the periodic report shows its totals.
 */
const grid = (headers: string[], rows: string[][], widths: number[], text: number[], total?: number): Block[] =>
  dataTable({ headers, rows, widths, bold: total === undefined ? [] : [total], center: (_, i) => !text.includes(i) });

export async function assessReportDocx(report: AssessReport): Promise<Uint8Array> {
  const y = report.year ? String(report.year) : '……';
  const blank = () => bodyPara('……………………………………');
  const body: Block[] = [
    headerBlock({
      superior: '……………………',
      issuer: 'TÊN CƠ QUAN, ĐƠN VỊ',
      number: 'Số: ……/BC-……',
      dateLine: '……, ngày …… tháng …… năm ……',
    }),
    ...titleBlock('BÁO CÁO', report.title, 'Kính gửi: ……………………………………'),
    heading('I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM'),
    ...grid(report.summaryHeader, report.summary, [5, 29, 11, 11, 11, 11, 11, 11], [1], report.summary.length - 1),
    bodyPara(report.conclusion),
    heading('II. CHI TIẾT THEO TIÊU CHÍ VÀ TÀI LIỆU KIỂM CHỨNG'),
    ...grid(report.criteriaHeader, report.criteria, [7, 30, 9, 9, 28, 20], [1, 4, 5]),
    heading('III. GIẢI TRÌNH'),
    ...(report.explanations.length
      ? report.explanations.map((e) =>
          bodyPara([{ text: `Tiêu chí ${e.id} (${e.title}): `, bold: true }, { text: e.text }]),
        )
      : [blank()]),
    heading('IV. KHÓ KHĂN, VƯỚNG MẮC'),
    blank(),
    heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    blank(),
    signatureBlock(['- Như trên;', '- Lưu: VT, ……'], ['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', '(Ký, ghi rõ họ tên, đóng dấu)']),
  ];
  return adminDocx(`Báo cáo tự đánh giá ${y}`, body);
}
