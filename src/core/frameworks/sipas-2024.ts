import type { Framework } from './types';

/**
 * SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), as used for the 2024 results: 2 areas, 9 components, each a
 * satisfaction percentage 0–100. Not additive: an area is not the sum (nor simply the mean) of its components.
 * Read from Phụ lục 3 of fixtures/plans/hanoi-2025-phu-luc.xlsx; components are numbered 1–9 through both areas.
 */
export const SIPAS_2024: Framework = {
  id: 'sipas',
  version: '2024',
  name: {
    vi: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024',
    en: 'Satisfaction Index of Public Administrative Services (SIPAS) 2024',
  },
  scale: 'percent',
  total: 100,
  additive: false,
  levels: ['Lĩnh vực', 'Nội dung thành phần'],
  source: 'Phụ lục 3, Kế hoạch nâng cao các Chỉ số PAR INDEX, PAPI, SIPAS năm 2025 của UBND TP Hà Nội',
  notes: [
    'Every node is a percentage with maximum 100; the overall index (CHỈ SỐ HÀI LÒNG CHUNG) feeds PAR INDEX criterion 8.1 as percent × 10 / 100.',
  ],
  nodes: [
    {
      id: 'I',
      title: 'Xây dựng, tổ chức thực hiện chính sách',
      max: 100,
      children: [
        { id: '1', title: 'Trách nhiệm giải trình của chính quyền', max: 100 },
        { id: '2', title: 'Sự tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách', max: 100 },
        { id: '3', title: 'Chất lượng tổ chức thực hiện chính sách', max: 100 },
        { id: '4', title: 'Kết quả, tác động của chính sách', max: 100 },
      ],
    },
    {
      id: 'II',
      title: 'Việc cung ứng dịch vụ hành chính công',
      max: 100,
      children: [
        { id: '5', title: 'Tiếp cận dịch vụ', max: 100 },
        { id: '6', title: 'Thủ tục hành chính', max: 100 },
        { id: '7', title: 'Công chức trực tiếp giải quyết công việc', max: 100 },
        { id: '8', title: 'Kết quả dịch vụ', max: 100 },
        { id: '9', title: 'Việc tiếp nhận, xử lý phản ánh, kiến nghị', max: 100 },
      ],
    },
  ],
};
