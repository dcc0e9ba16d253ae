import type { Framework } from './types';

const THIRDS = 'Three sub-dimensions of 3,33 print as 9,99: a rounding of 10/3, not an error.';

/**
 * PAPI (Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh), 2024 edition: 8 dimensions of 10 points (total 80),
 * each the sum of its sub-dimensions (4 × 2,5 or 3 × 3,33). Read from Phụ lục 4 of
 * fixtures/plans/hanoi-2025-phu-luc.xlsx, where sub-dimensions are "-" bullets; ids here are "<dimension>.<n>".
 */
export const PAPI_2024: Framework = {
  id: 'papi',
  version: '2024',
  name: {
    vi: 'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024',
    en: 'Provincial Governance and Public Administration Performance Index (PAPI) 2024',
  },
  scale: 'points',
  total: 80,
  additive: true,
  levels: ['Chỉ số nội dung', 'Nội dung thành phần'],
  source: 'Phụ lục 4, Kế hoạch nâng cao các Chỉ số PAR INDEX, PAPI, SIPAS năm 2025 của UBND TP Hà Nội; papi.org.vn',
  notes: [THIRDS],
  nodes: [
    {
      id: '1',
      title: 'Tham gia của người dân ở cấp cơ sở',
      max: 10,
      children: [
        { id: '1.1', title: 'Tri thức công dân', max: 2.5 },
        { id: '1.2', title: 'Cơ hội tham gia', max: 2.5 },
        { id: '1.3', title: 'Chất lượng bầu cử', max: 2.5 },
        { id: '1.4', title: 'Đóng góp tự nguyện', max: 2.5 },
      ],
    },
    {
      id: '2',
      title: 'Công khai, minh bạch trong việc ra quyết định',
      max: 10,
      children: [
        { id: '2.1', title: 'Tiếp cận thông tin', max: 2.5 },
        { id: '2.2', title: 'Công khai danh sách hộ nghèo, hộ cận nghèo', max: 2.5 },
        { id: '2.3', title: 'Công khai thu chi ngân sách xã, phường', max: 2.5 },
        { id: '2.4', title: 'Công khai kế hoạch sử dụng đất, bảng giá đất', max: 2.5 },
      ],
    },
    {
      id: '3',
      title: 'Trách nhiệm giải trình với người dân',
      max: 10,
      note: THIRDS,
      children: [
        { id: '3.1', title: 'Mức độ và hiệu quả trong tiếp xúc với chính quyền', max: 3.33 },
        { id: '3.2', title: 'Giải đáp khiếu nại, tố cáo, khúc mắc của người dân', max: 3.33 },
        { id: '3.3', title: 'Tiếp cận dịch vụ tư pháp', max: 3.33 },
      ],
    },
    {
      id: '4',
      title: 'Kiểm soát tham nhũng trong khu vực công',
      max: 10,
      children: [
        { id: '4.1', title: 'Kiểm soát tham nhũng trong chính quyền', max: 2.5 },
        { id: '4.2', title: 'Kiểm soát tham nhũng trong cung ứng dịch vụ công', max: 2.5 },
        { id: '4.3', title: 'Công bằng trong tuyển dụng', max: 2.5 },
        { id: '4.4', title: 'Quyết tâm phòng chống tham nhũng', max: 2.5 },
      ],
    },
    {
      id: '5',
      title: 'Thủ tục hành chính công',
      max: 10,
      note: THIRDS,
      children: [
        { id: '5.1', title: 'Chứng thực, xác nhận của chính quyền', max: 3.33 },
        { id: '5.2', title: 'Cấp GCN quyền sử dụng đất', max: 3.33 },
        { id: '5.3', title: 'TTHC cấp xã', max: 3.33 },
      ],
    },
    {
      id: '6',
      title: 'Cung ứng dịch vụ công',
      max: 10,
      children: [
        { id: '6.1', title: 'Y tế công lập', max: 2.5 },
        { id: '6.2', title: 'Giáo dục tiểu học', max: 2.5 },
        { id: '6.3', title: 'Hạ tầng căn bản', max: 2.5 },
        { id: '6.4', title: 'An ninh, trật tự', max: 2.5 },
      ],
    },
    {
      id: '7',
      title: 'Quản trị môi trường',
      max: 10,
      note: THIRDS,
      children: [
        { id: '7.1', title: 'Nghiêm túc trong bảo vệ môi trường', max: 3.33 },
        { id: '7.2', title: 'Chất lượng không khí', max: 3.33 },
        { id: '7.3', title: 'Chất lượng nước', max: 3.33 },
      ],
    },
    {
      id: '8',
      title: 'Quản trị điện tử',
      max: 10,
      note: THIRDS,
      children: [
        { id: '8.1', title: 'Sử dụng cổng thông tin điện tử', max: 3.33 },
        { id: '8.2', title: 'Tiếp cận và sử dụng Internet', max: 3.33 },
        { id: '8.3', title: 'Phúc đáp của chính quyền qua Cổng Thông tin điện tử', max: 3.33 },
      ],
    },
  ],
};
