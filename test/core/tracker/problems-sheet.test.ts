/** The "Vấn đề" sheet names each problem's kind in Vietnamese; the catalogue code stays for JSON only. */
import { makeIssue } from '../../../src/core/issues';
import { buildProblemsSheet } from '../../../src/core/tracker/problems-sheet';

it('shows the kind of problem in Vietnamese, never the code', () => {
  const issue = makeIssue('MISSING_LEAD', 'Phụ lục 1', 'D7', { label: '3.', row: 7, title: 'Tuyên truyền' });
  const spec = buildProblemsSheet('Vấn đề', [issue]);
  expect(spec.cells[2]?.[2]?.v).toBe('Loại vấn đề');
  expect(spec.cells[3]?.[2]?.v).toBe('Thiếu cơ quan chủ trì');
  const texts = spec.cells.flatMap((r) => (r ?? []).map((c) => c?.v));
  expect(texts).not.toContain('MISSING_LEAD');
});
