/** The "Vấn đề" sheet: every validation issue, with a link to its cell in the plan. */
import type { Issue } from '../issues-types';
import { ISSUES } from '../issues';
import { pagePrint, setCell, type SheetSpec } from '../sheetspec';
import { SEVERITY_LABEL } from './labels';
import { fitRowHeights, ownSheet } from './parts';
import { COND, FONT, TAB_COLOR } from './styles';

const HEADER_ROW = 3;
// The kind of problem by its Vietnamese name (the code stays in --json and the catalogue).
const HEADERS = ['STT', 'Mức độ', 'Loại vấn đề', 'Trang tính', 'Ô', 'Nội dung', 'Message (English)'];

export function buildProblemsSheet(name: string, issues: Issue[]): SheetSpec {
  const spec: SheetSpec = {
    ...ownSheet(name, 'problems', TAB_COLOR.problems, [6, 11, 18, 14, 8, 54, 44], HEADER_ROW),
  };
  const print = () => pagePrint(spec, { headerRows: `${HEADER_ROW}:${HEADER_ROW}`, bodyPt: FONT.size });
  const counts = ['error', 'warning', 'info'].map(
    (s) => `${SEVERITY_LABEL[s]}: ${issues.filter((i) => i.severity === s).length}`,
  );
  setCell(spec, 1, 1, { v: `Vấn đề trong kế hoạch (${issues.length}) — bấm vào ô để đến chỗ cần sửa`, s: 'title' });
  setCell(spec, 2, 1, { v: `${counts.join(' · ')} / Problems in the plan: click a cell to go there`, s: 'subtitle' });
  HEADERS.forEach((h, i) => setCell(spec, HEADER_ROW, i + 1, { v: h, s: 'header' }));
  if (issues.length === 0) {
    setCell(spec, HEADER_ROW + 1, 1, { v: 'Không có vấn đề nào / No problems found', s: 'subtitle' });
    spec.print = print();
    return spec;
  }
  issues.forEach((issue, k) => {
    const r = HEADER_ROW + 1 + k;
    setCell(spec, r, 1, { v: k + 1, s: 'textCenter' });
    setCell(spec, r, 2, { v: SEVERITY_LABEL[issue.severity] ?? issue.severity, s: 'textCenter' });
    setCell(spec, r, 3, { v: ISSUES[issue.code].title.vi, s: 'text' });
    setCell(spec, r, 4, { v: issue.sheet, s: 'text' });
    setCell(spec, r, 5, { v: issue.cell, s: 'link', link: { sheet: issue.sheet, cell: issue.cell } });
    setCell(spec, r, 6, { v: issue.message.vi, s: 'text' });
    setCell(spec, r, 7, { v: issue.message.en, s: 'text' });
  });
  const last = HEADER_ROW + issues.length;
  fitRowHeights(spec, HEADER_ROW + 1, last);
  spec.autoFilter = `A${HEADER_ROW}:G${last}`;
  spec.condFormats = [
    {
      range: `B${HEADER_ROW + 1}:B${last}`,
      rules: [
        { type: 'expression', formula: `$B${HEADER_ROW + 1}="${SEVERITY_LABEL.error}"`, style: COND.overdue },
        { type: 'expression', formula: `$B${HEADER_ROW + 1}="${SEVERITY_LABEL.warning}"`, style: COND.soon },
      ],
    },
  ];
  spec.print = print();
  return spec;
}
