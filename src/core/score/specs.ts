/**
 * The custom-function catalogue as one spec: per function its id, the name of its JSDoc wrapper in
 * src/functions/functions.ts (the English metadata and the implementation Excel calls), its Vietnamese help, its
 * result, and per parameter the name, how the boundary coerces it, whether it is optional, and its Vietnamese label
 * and help. Everything else derives from this list: ARG_LABELS (messages), src/functions/catalogue.ts (CLI, tests),
 * the Vietnamese metadata (scripts/functions-vi.ts), check-dist's ids, the bench's sections.
 *
 * It lives in the core because the core's messages name arguments by their labels, and the core imports nothing
 * outside itself. This file imports nothing at all: the build scripts load it by transpiling it alone.
 */

/** How the boundary (src/functions/boundary.ts) coerces what Excel passes; each is the boundary function's name. */
export type ArgKind =
  'numRange' | 'optNumRange' | 'idRange' | 'num' | 'year' | 'textOrNumber' | 'plain' | 'date' | 'exactDate';

/** The kinds that take a whole range (metadata dimensionality "matrix"). */
export const RANGE_KINDS: readonly ArgKind[] = ['numRange', 'optNumRange', 'idRange'];

export type ResultKind = 'number' | 'text' | 'date';

export interface ParamSpec {
  name: string;
  kind: ArgKind;
  optional?: true;
  /** How messages name the argument: `points (điểm)` / `points`. */
  label: { vi: string; en: string };
  /** Vietnamese help shown by Excel (functions-vi.json). */
  help: string;
}

export interface FunctionSpec {
  id: string;
  /** The exported JSDoc wrapper in src/functions/functions.ts. */
  fn: string;
  /** Vietnamese description shown by Excel (functions-vi.json) and `chiso fn --help`. */
  help: string;
  returns: ResultKind;
  params: ParamSpec[];
  /** A parameter that defaults to the clock when omitted (the function is then volatile). */
  clockParam?: string;
}

const POINTS = { vi: 'điểm', en: 'points' };
const IDS = { vi: 'số thứ tự', en: 'ids' };
const MAXIMA = { vi: 'điểm tối đa', en: 'maxima' };
const MAX_POINTS = { vi: 'điểm tối đa', en: 'maximum points' };
const SCORE = { vi: 'điểm', en: 'score' };
const YEAR = { vi: 'năm', en: 'year' };
const IDS_HELP = 'Cột STT: bỏ qua dòng tổng phụ và dòng không có STT.';
/** PAPI.RANK's and PAPI.GROUP's first parameter. */
const PAPI_TOTAL: ParamSpec = { name: 'score', kind: 'num', label: SCORE, help: 'Tổng điểm PAPI (10–80).' };
/** The PAPI functions' last parameter: the year of the published results. */
const PAPI_YEAR: ParamSpec = {
  name: 'year',
  kind: 'year',
  optional: true,
  label: YEAR,
  help: 'Năm của kết quả công bố (mặc định: năm mới nhất có dữ liệu).',
};

export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  {
    id: 'PAR.SCORE',
    fn: 'parScore',
    help: 'Tổng điểm Chỉ số CCHC (PAR INDEX). Có cột STT thì chỉ cộng các dòng lá: bỏ qua dòng tổng phụ và dòng không có STT, nên có thể chọn cả cột của phụ lục; có điểm tối đa thì mỗi dòng tính không quá điểm tối đa.',
    returns: 'number',
    params: [
      {
        name: 'points',
        kind: 'numRange',
        label: POINTS,
        help: 'Cột điểm (kết quả hoặc mục tiêu), ví dụ cột "Kết quả năm 2024".',
      },
      {
        name: 'ids',
        kind: 'idRange',
        optional: true,
        label: IDS,
        help: 'Cột STT bên cạnh ("1", "1,1", 1.1, "1.3.1", "-"): bỏ qua dòng tổng phụ và dòng không có STT.',
      },
      {
        name: 'maxima',
        kind: 'optNumRange',
        optional: true,
        label: MAXIMA,
        help: 'Cột điểm tối đa: dòng vượt điểm tối đa chỉ được tính bằng điểm tối đa.',
      },
    ],
  },
  {
    id: 'PAR.GAP',
    fn: 'parGap',
    help: 'Số điểm còn bị mất: tổng (điểm tối đa − điểm đạt) trên các dòng lá, mỗi dòng không âm.',
    returns: 'number',
    params: [
      { name: 'points', kind: 'numRange', label: POINTS, help: 'Cột điểm đạt (kết quả).' },
      { name: 'maxima', kind: 'numRange', label: MAXIMA, help: 'Cột điểm tối đa, cùng kích thước.' },
      { name: 'ids', kind: 'idRange', optional: true, label: IDS, help: IDS_HELP },
    ],
  },
  {
    id: 'PAR.RATIO',
    fn: 'parRatio',
    help: 'Điểm tiêu chí chấm theo tỷ lệ: đã thực hiện/kế hoạch × điểm tối đa; dưới ngưỡng thì 0 điểm, từ 100% trở lên thì đủ điểm tối đa.',
    returns: 'number',
    params: [
      { name: 'done', kind: 'num', label: { vi: 'đã thực hiện', en: 'done' }, help: 'Số lượng đã thực hiện.' },
      {
        name: 'planned',
        kind: 'num',
        label: { vi: 'kế hoạch', en: 'planned' },
        help: 'Số lượng theo kế hoạch (lớn hơn 0).',
      },
      { name: 'maxPoints', kind: 'num', label: MAX_POINTS, help: 'Điểm tối đa của tiêu chí.' },
      {
        name: 'threshold',
        kind: 'num',
        optional: true,
        label: { vi: 'ngưỡng', en: 'threshold' },
        help: 'Ngưỡng tỷ lệ dưới đó không chấm điểm (mặc định 0,8; nhập 80% hoặc 80 cũng được).',
      },
    ],
  },
  {
    id: 'PAR.SIPAS',
    fn: 'parSipas',
    help: 'Điểm tiêu chí 8.1 của Chỉ số CCHC từ kết quả SIPAS: tỷ lệ hài lòng/100 × điểm tối đa.',
    returns: 'number',
    params: [
      {
        name: 'percent',
        kind: 'num',
        label: { vi: 'tỷ lệ hài lòng', en: 'percent' },
        help: 'Chỉ số hài lòng SIPAS theo % (86,5); giá trị ≤ 1 được hiểu là tỷ lệ (0,865 = 86,5%).',
      },
      {
        name: 'maxPoints',
        kind: 'num',
        optional: true,
        label: MAX_POINTS,
        help: 'Điểm tối đa của tiêu chí (mặc định 10).',
      },
    ],
  },
  {
    id: 'PAPI.GAP',
    fn: 'papiGap',
    help: 'Số điểm PAPI còn thiếu: mục tiêu − điểm. Mục tiêu là một số điểm, hoặc tên nhóm (nghĩa là tổng điểm thấp nhất đã công bố trong nhóm đó).',
    returns: 'number',
    params: [
      {
        name: 'score',
        kind: 'num',
        label: SCORE,
        help: 'Điểm PAPI (tổng điểm, hoặc điểm nội dung thành phần khi mục tiêu là số).',
      },
      {
        name: 'target',
        kind: 'textOrNumber',
        label: { vi: 'mục tiêu', en: 'target' },
        help: 'Điểm mục tiêu, hoặc nhóm: "Cao", "Trung bình cao", "TB cao", "Trung bình thấp", "Thấp", "Nhóm 1" … "Nhóm 4".',
      },
      PAPI_YEAR,
    ],
  },
  {
    id: 'PAPI.RANK',
    fn: 'papiRank',
    help: 'Thứ hạng mà tổng điểm PAPI này có được trong số các tỉnh, thành phố đã công bố của năm đó.',
    returns: 'number',
    params: [PAPI_TOTAL, PAPI_YEAR],
  },
  {
    id: 'PAPI.GROUP',
    fn: 'papiGroup',
    help: 'Nhóm PAPI của tổng điểm theo mốc nhóm đã công bố của năm đó.',
    returns: 'text',
    params: [PAPI_TOTAL, PAPI_YEAR],
  },
  {
    id: 'CCHC.DEADLINE',
    fn: 'cchcDeadline',
    help: 'Ngày hạn mà ô thời hạn biểu thị ("Quý II/2025" → 30/06/2025), trả về số ngày của Excel: hãy định dạng ô kiểu ngày.',
    returns: 'date',
    params: [
      {
        name: 'text',
        kind: 'date',
        label: { vi: 'thời hạn', en: 'deadline text' },
        help: 'Ô thời hạn: "Tháng 7/2025", "Quý II/2025", "Trước ngày 15/12/2025", "Trong năm", hoặc một ngày.',
      },
      {
        name: 'year',
        kind: 'year',
        optional: true,
        label: YEAR,
        help: 'Năm kế hoạch, dùng khi thời hạn không ghi năm ("Quý IV", "Trong năm").',
      },
    ],
  },
  {
    id: 'CCHC.STATUS',
    fn: 'cchcStatus',
    help: 'Tình trạng nhiệm vụ: "Hoàn thành", "Quá hạn", "Sắp đến hạn", "Đang thực hiện" hoặc "Thường xuyên". Hàm tự tính lại theo ngày hiện tại.',
    returns: 'text',
    clockParam: 'today',
    params: [
      {
        name: 'due',
        kind: 'date',
        label: { vi: 'hạn', en: 'due' },
        help: 'Ngày hạn, hoặc ô thời hạn dạng chữ (đọc như CCHC.DEADLINE).',
      },
      {
        name: 'done',
        kind: 'plain',
        optional: true,
        label: { vi: 'đã thực hiện', en: 'done' },
        help: 'Đã hoàn thành: TRUE, "x", 100% hoặc ngày hoàn thành.',
      },
      {
        name: 'today',
        kind: 'exactDate',
        optional: true,
        label: { vi: 'ngày hôm nay', en: 'today' },
        help: 'Ngày dùng để so sánh (mặc định: ngày hiện tại).',
      },
      {
        name: 'soonDays',
        kind: 'num',
        optional: true,
        label: { vi: 'số ngày sắp đến hạn', en: 'days counted as soon' },
        help: 'Số ngày trước hạn được coi là "Sắp đến hạn" (mặc định 14).',
      },
    ],
  },
];

/**
 * Vietnamese and English names of the arguments, for messages: one per parameter name. A name used by several
 * functions must carry the same label everywhere (the registry test checks it); the first one wins here.
 */
export const ARG_LABELS: Readonly<Record<string, { vi: string; en: string }>> = Object.fromEntries(
  FUNCTION_SPECS.flatMap((f) => f.params.map((p) => [p.name, p.label] as const)).reverse(),
);
