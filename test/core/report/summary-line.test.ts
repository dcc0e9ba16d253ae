/** The tracker's "Tổng hợp" names the periodic report being prepared on its as-of day, with window and due date. */
import { buildSummarySheet } from '../../../src/core/tracker/summary-sheet';

const line = (today: string) => buildSummarySheet('Tổng hợp', [], [], { today, soonDays: 14 }).cells[1]?.[3]?.v;

it.each([
  ['2025-03-01', 'Báo cáo định kỳ: Quý I năm 2025 — số liệu từ 15/12/2024 đến 14/03/2025, hạn nộp 20/03/2025'],
  ['2025-03-21', 'Báo cáo định kỳ: 6 tháng đầu năm 2025 — số liệu từ 15/12/2024 đến 14/06/2025, hạn nộp 20/06/2025'],
  ['2025-07-01', 'Báo cáo định kỳ: Quý III năm 2025 — số liệu từ 15/06/2025 đến 14/09/2025, hạn nộp 20/09/2025'],
  ['2025-12-21', 'Báo cáo định kỳ: Quý I năm 2026 — số liệu từ 15/12/2025 đến 14/03/2026, hạn nộp 20/03/2026'],
])('on %s: %s', (today, vi) => {
  expect(line(today)).toMatch(new RegExp(`^${vi} / Periodic report due `));
});
