/**
 * The hidden marker sheet "_chiso": which sheets chiso created, what each follows, its key column and header row.
 * A refresh reads it back (as a Grid) to find its own sheets; any other sheet is the user's and is never touched.
 */
import { cellAt, cellText, type Grid } from '../grid';
import type { SheetKind, SheetSpec, SpecCell } from '../sheetspec';
import { SHEET_NAMES } from './labels';

export interface MarkerEntry {
  sheet: string;
  kind: SheetKind;
  /** Plan sheet and table number the tracker follows. */
  source?: { sheet: string; table: number };
  keyCol?: string;
  headerRow?: number;
  version?: string;
}

const HEADER_ROW = 4;
const HEADERS = [
  'Trang tính / Sheet',
  'Loại / Kind',
  'Trang nguồn / Source sheet',
  'Bảng / Table',
  'Cột khóa / Key column',
  'Hàng tiêu đề / Header row',
  'Phiên bản / Version',
];
const KINDS: SheetKind[] = [
  'tasks',
  'scores',
  'summary',
  'problems',
  'data',
  'marker',
  'assess',
  'evidence',
  'assessProblems',
];

export function markerSpec(entries: MarkerEntry[], version: string): SheetSpec {
  const t = (v: string | number | null): SpecCell => ({ v, s: 'marker' });
  const cells: SpecCell[][] = [
    [t('chiso'), t(version)],
    [
      t(
        'Trang này do chiso tạo để nhận ra các trang theo dõi khi cập nhật; xin đừng sửa hoặc xóa. / chiso uses this sheet to find its tracker sheets on refresh; please do not edit or delete it.',
      ),
    ],
    [],
    HEADERS.map(t),
    ...entries.map((e) => [
      t(e.sheet),
      t(e.kind),
      t(e.source?.sheet ?? null),
      t(e.source?.table ?? null),
      t(e.keyCol ?? null),
      t(e.headerRow ?? null),
      t(e.version ?? version),
    ]),
  ];
  return {
    name: SHEET_NAMES.marker,
    kind: 'marker',
    styles: { marker: { font: { name: 'Arial', size: 10 } } },
    cells,
    cols: [{ width: 28 }, { width: 10 }, { width: 24 }, { width: 8 }, { width: 10 }, { width: 10 }, { width: 10 }],
    state: 'hidden',
  };
}

/** Reads the marker sheet back; an unreadable line is skipped (the sheet it names is then treated as the user's). */
export function readMarker(grid: Grid): MarkerEntry[] {
  if (cellText(cellAt(grid, 1, 1)).trim() !== 'chiso') return [];
  const out: MarkerEntry[] = [];
  for (let r = HEADER_ROW + 1; r <= grid.rowCount; r++) {
    const text = (c: number) => cellText(cellAt(grid, r, c)).trim();
    const num = (c: number) => {
      const n = Number(text(c));
      return text(c) !== '' && Number.isFinite(n) ? n : undefined;
    };
    const sheet = text(1);
    const kind = text(2) as SheetKind;
    if (!sheet || !KINDS.includes(kind)) continue;
    const table = num(4);
    out.push({
      sheet,
      kind,
      source: text(3) ? { sheet: text(3), table: table ?? 1 } : undefined,
      keyCol: text(5) || undefined,
      headerRow: num(6),
      version: text(7) || undefined,
    });
  }
  return out;
}
