import type { Framework } from './types';

/**
 * PAR INDEX, provincial set used to score the 2024 results (Chỉ số CCHC cấp tỉnh).
 * Read from Phụ lục 2 of Hà Nội's 2025 plan (fixtures/plans/hanoi-2025-phu-luc.xlsx): ids, titles and maxima as
 * printed, ids normalised ("1,1" → "1.1", "5.3.2." → "5.3.2"). 8 fields: 9,5 · 10 · 13 · 10,5 · 15 · 12 · 13,5 · 16,5 = 100.
 * `scoring` (self-assessment, issue 21): 'survey' marks the perception criteria the sociological survey measures (the
 * printed titles "Tính đồng bộ/hợp lý/khả thi/kịp thời/công khai, minh bạch/hiệu quả…", "Tình trạng tiêu cực…",
 * "Năng lực…", "Tinh thần trách nhiệm…", "Chất lượng đào tạo…": 19 points) and 8.1 (SIPAS, the citizens' survey: 10);
 * 'ratio' marks 1.1 "Thực hiện Kế hoạch CCHC" (PAR.RATIO). Read from the titles, not from the Ministry's decision text:
 * see docs/decisions.md, Issue 21.
 */
export const PAR_2024: Framework = {
  id: 'par',
  version: '2024',
  name: {
    vi: 'Chỉ số Cải cách hành chính cấp tỉnh (PAR INDEX) — bộ tiêu chí đánh giá kết quả năm 2024',
    en: 'Provincial Public Administration Reform Index (PAR INDEX) — set used for the 2024 results',
  },
  scale: 'points',
  total: 100,
  additive: true,
  levels: ['Lĩnh vực', 'Tiêu chí', 'Tiêu chí thành phần'],
  source: 'Phụ lục 2, Kế hoạch nâng cao các Chỉ số PAR INDEX, PAPI, SIPAS năm 2025 của UBND TP Hà Nội',
  notes: [
    'The printed maxima are consistent: every parent equals the sum of its children at every level, and the fields add up to 100.',
    'The printed numbering of field 8 skips 8.5 (8.1–8.4, then 8.6); the maxima still add up to 16,5, so the id is kept as printed.',
    'The printed 2024 results are not: against their leaves, subtotals 2 (9,45; leaves 9,51), 2.4 (3,53; 3,51), 4 (9,905; 9,899), 4.1 (6,02; 6,019), 5.2 (2,344; 2,343) and 5.3 (2,57; 2,574) are off; the printed total 92,75 rounds the sum of the printed fields (92,746), the leaves give 92,80 (mainly field 2 and 2.4).',
    'The printed 2025 targets: criterion 8.6 targets 2 above its maximum 1,5; field 6 prints 11,3 while its criteria add up to 11,33.',
  ],
  nodes: [
    {
      id: '1',
      title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC',
      max: 9.5,
      children: [
        { id: '1.1', title: 'Thực hiện Kế hoạch CCHC', max: 1.5, scoring: 'ratio' },
        { id: '1.2', title: 'Thực hiện chế độ báo cáo CCHC định kỳ của Thành phố', max: 0.5 },
        {
          id: '1.3',
          title: 'Kiểm tra CCHC của Thành phố',
          max: 2,
          children: [
            {
              id: '1.3.1',
              title:
                'Tỷ lệ cơ quan chuyên môn (CQCM) cấp tỉnh và đơn vị hành chính (ĐVHC) cấp xã được kiểm tra trong năm',
              max: 1,
            },
            { id: '1.3.2', title: 'Xử lý các vấn đề phát hiện qua kiểm tra', max: 1 },
          ],
        },
        { id: '1.4', title: 'Công tác tuyên truyền CCHC', max: 1 },
        { id: '1.5', title: 'Sáng kiến hoặc giải pháp mới trong cải cách hành chính', max: 2 },
        { id: '1.6', title: 'Đối thoại của lãnh đạo Thành phố với người dân và doanh nghiệp', max: 1 },
        { id: '1.7', title: 'Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao', max: 1.5 },
      ],
    },
    {
      id: '2',
      title: 'CẢI CÁCH THỂ CHẾ',
      max: 10,
      children: [
        { id: '2.1', title: 'Theo dõi thi hành pháp luật', max: 3 },
        { id: '2.2', title: 'Rà soát văn bản quy phạm pháp luật', max: 1.5 },
        { id: '2.3', title: 'Xử lý văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị', max: 1.5 },
        {
          id: '2.4',
          title: 'Tác động của cải cách đến chất lượng văn bản quy phạm pháp luật (VBQPPL) do Thành phố ban hành',
          max: 4,
          children: [
            {
              id: '2.4.1',
              title: 'Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành',
              max: 1,
              scoring: 'survey',
            },
            { id: '2.4.2', title: 'Tính hợp lý của các VBQPPL do địa phương ban hành', max: 1, scoring: 'survey' },
            { id: '2.4.3', title: 'Tính khả thi của các VBQPPL do địa phương ban hành', max: 1, scoring: 'survey' },
            {
              id: '2.4.4',
              title:
                'Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại địa phương',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
      ],
    },
    {
      id: '3',
      title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      max: 13,
      children: [
        { id: '3.1', title: 'Kiểm soát quy định thủ tục hành chính (TTHC)', max: 1 },
        {
          id: '3.2',
          title: 'Công bố, công khai TTHC và kết quả giải quyết hồ sơ',
          max: 3,
          children: [
            { id: '3.2.1', title: 'Công bố TTHC, danh mục TTHC theo quy định', max: 0.5 },
            { id: '3.2.2', title: 'Công khai TTHC và các văn bản có liên quan', max: 1.5 },
            {
              id: '3.2.3',
              title: 'Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC',
              max: 1,
            },
          ],
        },
        { id: '3.3', title: 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông', max: 3 },
        { id: '3.4', title: 'Kết quả giải quyết hồ sơ TTHC', max: 5 },
        {
          id: '3.5',
          title:
            'Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của Thành phố',
          max: 1,
        },
      ],
    },
    {
      id: '4',
      title: 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH',
      max: 10.5,
      children: [
        {
          id: '4.1',
          title: 'Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan, đơn vị',
          max: 6.5,
          children: [
            {
              id: '4.1.1',
              title:
                'Hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các CQCM cấp tỉnh và phòng chuyên môn cấp xã',
              max: 1,
            },
            {
              id: '4.1.2',
              title: 'Thực hiện cơ cấu số lượng lãnh đạo tại các cơ quan hành chính theo các tiêu chí',
              max: 1.5,
            },
            { id: '4.1.3', title: 'Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2021', max: 1 },
            {
              id: '4.1.4',
              title: 'Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh.',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '4.1.5',
              title: 'Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương.',
              max: 1,
              scoring: 'survey',
            },
            { id: '4.1.6', title: 'Tình hình thực hiện quy chế làm việc của UBND tỉnh', max: 1 },
          ],
        },
        { id: '4.2', title: 'Thực hiện các quy định về quản lý biên chế', max: 1 },
        {
          id: '4.3',
          title: 'Thực hiện phân cấp quản lý',
          max: 3,
          children: [
            {
              id: '4.3.1',
              title: 'Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành',
              max: 0.5,
            },
            {
              id: '4.3.2',
              title: 'Thanh tra, kiểm tra việc thực hiện nhiệm vụ quản lý nhà nước đã phân cấp, phân quyền cho cấp xã',
              max: 0.5,
            },
            {
              id: '4.3.3',
              title: 'Xử lý các vấn đề về phân cấp, phân quyền phát hiện qua thanh tra, kiểm tra',
              max: 1,
            },
            {
              id: '4.3.4',
              title: 'Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và xã',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
      ],
    },
    {
      id: '5',
      title: 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
      max: 15,
      children: [
        { id: '5.1', title: 'Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm', max: 1.75 },
        {
          id: '5.2',
          title: 'Tuyển dụng công chức, viên chức',
          max: 2.5,
          children: [
            {
              id: '5.2.1',
              title: 'Thực hiện quy định về tuyển dụng công chức tại CQCM cấp tỉnh, ĐVHC cấp xã',
              max: 0.25,
            },
            {
              id: '5.2.2',
              title: 'Thực hiện quy định về tuyển dụng viên chức tại các đơn vị sự nghiệp công lập thuộc tỉnh',
              max: 0.25,
            },
            {
              id: '5.2.3',
              title: 'Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '5.2.4',
              title: 'Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
        {
          id: '5.3',
          title: 'Bổ nhiệm các chức danh lãnh đạo, quản lý',
          max: 2.75,
          children: [
            { id: '5.3.1', title: 'Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý', max: 0.75 },
            {
              id: '5.3.2',
              title: 'Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '5.3.3',
              title: 'Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
        { id: '5.4', title: 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức', max: 1.5 },
        {
          id: '5.5',
          title: 'Công tác đào tạo, bồi dưỡng công chức, viên chức',
          max: 2,
          children: [
            {
              id: '5.5.1',
              title: 'Mức độ thực hiện các chỉ tiêu, nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
              max: 1,
            },
            {
              id: '5.5.2',
              title: 'Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
        { id: '5.6', title: 'Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã', max: 0.5 },
        {
          id: '5.7',
          title: 'Chất lượng đội ngũ công chức, viên chức',
          max: 4,
          children: [
            {
              id: '5.7.1',
              title: 'Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '5.7.2',
              title: 'Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '5.7.3',
              title:
                'Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '5.7.4',
              title: 'Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
      ],
    },
    {
      id: '6',
      title: 'CẢI CÁCH TÀI CHÍNH CÔNG',
      max: 12,
      children: [
        {
          id: '6.1',
          title: 'Tổ chức thực hiện công tác tài chính - ngân sách',
          max: 5,
          children: [
            { id: '6.1.1', title: 'Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước hàng năm', max: 1 },
            { id: '6.1.2', title: 'Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN', max: 1 },
            {
              id: '6.1.3',
              title: 'Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách',
              max: 1,
            },
            {
              id: '6.1.4',
              title: 'Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính',
              max: 1,
              scoring: 'survey',
            },
            {
              id: '6.1.5',
              title: 'Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị',
              max: 1,
            },
          ],
        },
        {
          id: '6.2',
          title: 'Công tác quản lý, sử dụng tài sản công',
          max: 3,
          children: [
            {
              id: '6.2.1',
              title: 'Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản lý',
              max: 0.75,
            },
            { id: '6.2.2', title: 'Tổ chức thực hiện các quy định về quản lý, sử dụng tài sản công', max: 0.5 },
            {
              id: '6.2.3',
              title: 'Thực hiện quy định về sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý',
              max: 0.75,
            },
            { id: '6.2.4', title: 'Tính hiệu quả của việc quản lý, sử dụng tài sản công', max: 1, scoring: 'survey' },
          ],
        },
        {
          id: '6.3',
          title: 'Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập (SNCL)',
          max: 4,
          children: [
            { id: '6.3.1', title: 'Số đơn vị SNCL tự bảo đảm chi thường xuyên', max: 0.25 },
            { id: '6.3.2', title: 'Số đơn vị SNCL tự bảo đảm một phần chi thường xuyên', max: 0.75 },
            {
              id: '6.3.3',
              title:
                'Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị SNCL.',
              max: 1,
            },
            { id: '6.3.4', title: 'Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2021', max: 1 },
            {
              id: '6.3.5',
              title: 'Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL',
              max: 1,
              scoring: 'survey',
            },
          ],
        },
      ],
    },
    {
      id: '7',
      title: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN, CHÍNH QUYỀN SỐ',
      max: 13.5,
      children: [
        {
          id: '7.1',
          title: 'Phát triển các nền tảng, cơ sở dữ liệu',
          max: 3.5,
          children: [
            { id: '7.1.1', title: 'Phát triển các nền tảng, cơ sở dữ liệu', max: 0.5 },
            {
              id: '7.1.2',
              title:
                'Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây',
              max: 1,
            },
            {
              id: '7.1.3',
              title:
                'Tỷ lệ các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
              max: 1,
            },
            {
              id: '7.1.4',
              title:
                'Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức',
              max: 1,
            },
          ],
        },
        { id: '7.2', title: 'Phát triển các ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước', max: 3 },
        {
          id: '7.3',
          title: 'Phát triển ứng dụng, dịch vụ phục vụ người dân, tổ chức',
          max: 7,
          children: [
            {
              id: '7.3.1',
              title: 'Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định',
              max: 0.5,
            },
            { id: '7.3.2', title: 'Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh', max: 1 },
            { id: '7.3.3', title: 'Thiết lập, vận hành Hệ thống thông tin giải quyết TTHC', max: 1 },
            { id: '7.3.4', title: 'Triển khai số hóa hồ sơ giải quyết TTHC', max: 1 },
            { id: '7.3.5', title: 'Tỷ lệ dịch vụ công trực tuyến toàn trình', max: 0.5 },
            { id: '7.3.6', title: 'Tỷ lệ hồ sơ trực tuyến toàn trình', max: 1.5 },
            { id: '7.3.7', title: 'Thực hiện thanh toán trực tuyến', max: 1.5 },
          ],
        },
      ],
    },
    {
      id: '8',
      title: 'TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH',
      max: 16.5,
      children: [
        { id: '8.1', title: 'Kết quả Chỉ số hài lòng (SIPAS)', max: 10, scoring: 'survey' },
        { id: '8.2', title: 'Mức độ thu hút đầu tư của tỉnh', max: 1 },
        { id: '8.3', title: 'Mức độ phát triển doanh nghiệp của tỉnh', max: 2 },
        { id: '8.4', title: 'Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao', max: 2 },
        { id: '8.6', title: 'Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao', max: 1.5 },
      ],
    },
  ],
};
