/**
 * The self-assessment report's content (the administrative form of a "Báo cáo", Decree 30/2020), as plain text and
 * tables: summary by field, the criteria with their evidence, the explanations, difficulties and proposals left to
 * fill. The numbers are formatted as the sheet shows them, so the report's tables equal the sheet. The Word adapter
 * (adapters/docx/assess-report.ts) lays it out.
 */
import { formatVnDate, formatVnNumber } from '../text';
import type { AssessBuild } from './sheets';
import { subtotal } from './sheets';
import type { CriteriaSet, Evidence } from './types';

export interface AssessReport {
  year: number | null;
  title: string;
  /** Part I: one row per field and a total row. */
  summaryHeader: string[];
  summary: string[][];
  conclusion: string;
  /** Part II: every criterion with its self-score and evidence. */
  criteriaHeader: string[];
  criteria: string[][];
  /** Part III: explanations, by criterion. */
  explanations: Array<{ id: string; title: string; text: string }>;
}

/** A score as the sheet shows it (up to 4 decimals, decimal comma); "" when empty. */
export function shownScore(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  return formatVnNumber(Math.round(n * 1e4) / 1e4);
}

function evidenceLine(e: Evidence): string {
  const parts = [e.number, e.date ? formatVnDate(e.date) : e.dateText, e.issuer, e.title, e.section].filter(
    (s) => s && s.trim(),
  );
  return parts.join(', ');
}

export function assessReport(
  set: CriteriaSet,
  build: AssessBuild,
  evidence: readonly Evidence[],
  year: number | null,
): AssessReport {
  const r = build.result;
  const summary = r.fields.map((f, i) => [
    String(i + 1),
    f.title,
    shownScore(f.max),
    shownScore(f.lastResult),
    shownScore(f.target),
    shownScore(f.self),
    shownScore(f.projected),
    shownScore(f.gap),
  ]);
  summary.push([
    '',
    'TỔNG CỘNG',
    shownScore(r.total.max),
    shownScore(
      r.fields.every((f) => f.lastResult !== null) ? r.fields.reduce((a, f) => a + (f.lastResult ?? 0), 0) : null,
    ),
    shownScore(r.total.target),
    shownScore(r.total.self),
    shownScore(r.total.projected),
    shownScore(r.total.target === null ? null : r.total.target - r.total.projected),
  ]);
  const criteria = set.criteria.map((c) => {
    const parent = c.children.length > 0;
    const self = parent ? subtotal(set, c.id, (id) => r.selfOf.get(id)) : r.selfOf.get(c.id);
    const docs = evidence.filter((e) => e.criterion === c.id && (e.number || e.file || e.title)).map(evidenceLine);
    return [
      c.id,
      c.title,
      shownScore(c.max),
      shownScore(self),
      docs.join('\n'),
      build.entries.get(c.id)?.explanation ?? '',
    ];
  });
  return {
    year,
    title: `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính${year ? ` năm ${year}` : ''}`,
    summaryHeader: [
      'STT',
      'Lĩnh vực',
      'Điểm tối đa',
      'Kết quả năm trước',
      'Mục tiêu',
      'Điểm tự chấm',
      'Điểm dự kiến',
      'Còn thiếu so với mục tiêu',
    ],
    summary,
    conclusion: `Tổng điểm dự kiến ${shownScore(r.total.projected)}/${shownScore(r.total.max)} điểm, đạt ${shownScore(r.total.percent)}%; nhóm dự kiến: ${r.total.group}.`,
    criteriaHeader: [
      'Mã',
      'Lĩnh vực, tiêu chí, tiêu chí thành phần',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Tài liệu kiểm chứng',
      'Giải trình',
    ],
    criteria,
    explanations: set.criteria
      .map((c) => ({ id: c.id, title: c.title, text: build.entries.get(c.id)?.explanation ?? '' }))
      .filter((e) => e.text.trim()),
  };
}
