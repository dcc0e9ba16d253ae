/**
 * Lead agencies: a cell naming several agencies counts for each, on every lead text of the sample plans; the summary
 * groups them by folded form under their most common spelling; the counting formula is exact on the key (no
 * wildcards, no substring matches).
 */
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { readTablesFlow } from '../../../src/core/app';
import type { Plan } from '../../../src/core/plan/types';
import { buildTrackerSet } from '../../../src/core/tracker';
import { AgencyLabels, agencyKey, agencyKeyList, splitAgencies } from '../../../src/core/agency';
import { at, fixturePlan, headerCol, rowOfKey, taskTable } from '../tracker/helpers';

/** Every distinct lead text of the Hà Nội plan's task rows → the agencies it names. */
const HANOI: Record<string, string[]> = {
  'Sở Nội vụ': ['Sở Nội vụ'],
  'Các Sở, ngành, UBND cấp xã': ['Các Sở, ngành', 'UBND cấp xã'],
  '- Văn phòng UBND Thành phố\n- Sở Nội vụ': ['Văn phòng UBND Thành phố', 'Sở Nội vụ'],
  '- Sở Nội vụ;\n- Các Sở, ban, ngành, UBND cấp xã': ['Sở Nội vụ', 'Các Sở, ban, ngành', 'UBND cấp xã'],
  'Đoàn kiểm tra CCHC của Thành phố': ['Đoàn kiểm tra CCHC của Thành phố'],
  'Sở Tư pháp': ['Sở Tư pháp'],
  'Trung tâm phục vụ hành chính công TP': ['Trung tâm phục vụ hành chính công TP'],
  'Các sở, ban, ngành': ['Các sở, ban, ngành'],
  'Trung tâm phục vụ hành chính công': ['Trung tâm phục vụ hành chính công'],
  'Trung tâm phục vụ HCC TP': ['Trung tâm phục vụ HCC TP'],
  'Các Sở, ban, ngành': ['Các Sở, ban, ngành'],
  'Các sở, ban, ngành, UBND cấp xã': ['Các sở, ban, ngành', 'UBND cấp xã'],
  'UBND cấp xã': ['UBND cấp xã'],
  'Sở Tài chính': ['Sở Tài chính'],
  'Sở Khoa học và Công nghệ': ['Sở Khoa học và Công nghệ'],
  'Sở Nông nghiệp và Môi trường': ['Sở Nông nghiệp và Môi trường'],
  'Tòa án nhân dân khu vực': ['Tòa án nhân dân khu vực'],
  'Sở Y tế': ['Sở Y tế'],
  'Bảo hiểm Thành phố': ['Bảo hiểm Thành phố'],
  'Sở Giáo dục và Đào tạo': ['Sở Giáo dục và Đào tạo'],
  'Sở Y tế, Sở Giáo dục và Đào tạo': ['Sở Y tế', 'Sở Giáo dục và Đào tạo'],
  'Thanh tra Thành phố': ['Thanh tra Thành phố'],
  'Trung tâm Phục vụ hành chính công': ['Trung tâm Phục vụ hành chính công'],
  'Sở Giáo dục và Đào tạo; Sở Xây dựng': ['Sở Giáo dục và Đào tạo', 'Sở Xây dựng'],
  'Sở Giáo dục và Đào tạo; UBND cấp xã': ['Sở Giáo dục và Đào tạo', 'UBND cấp xã'],
  'Tổng Công ty Điện lực thành phố Hà Nội': ['Tổng Công ty Điện lực thành phố Hà Nội'],
  'Công an cấp xã': ['Công an cấp xã'],
  'Văn phòng UBND Thành phố': ['Văn phòng UBND Thành phố'],
  'Các Sở, ban, ngành, UBND cấp xã': ['Các Sở, ban, ngành', 'UBND cấp xã'],
  'Sở Công thương': ['Sở Công thương'],
  'Sở Xây dựng': ['Sở Xây dựng'],
  '- Bảo hiểm xã hội Thành phố;\n- Sở Nội vụ;\n- UBND cấp xã.': [
    'Bảo hiểm xã hội Thành phố',
    'Sở Nội vụ',
    'UBND cấp xã',
  ],
  'Trung tâm Phục vụ Hành chính công; các sở, ban, ngành, UBND cấp xã': [
    'Trung tâm Phục vụ Hành chính công',
    'các sở, ban, ngành',
    'UBND cấp xã',
  ],
  'Trung tâm phục vụ hành chính công Thành phố': ['Trung tâm phục vụ hành chính công Thành phố'],
  'Cục thuế Thành phố khu vực I': ['Cục thuế Thành phố khu vực I'],
  'Sở Tài chính (chính sách phát triển kinh tế); Sở Y tế (chính sách khám chữa bệnh); Công an Thành phố (chính sách trật tự, an toàn xã hội); Sở Giáo dục và Đào tạo (chính sách giáo dục phổ thông); Sở Xây dựng (chính sách giao thông đường bộ); Sở Công thương (chính sách điện sinh hoạt); Sở Xây dựng (chính sách nước sinh hoạt); Sở Nội vụ (chính sách an sinh; chính sách cải cách hành chính).':
    [
      'Sở Tài chính',
      'Sở Y tế',
      'Công an Thành phố',
      'Sở Giáo dục và Đào tạo',
      'Sở Xây dựng',
      'Sở Công thương',
      'Sở Nội vụ',
    ],
  'Trung tâm Phục vụ hành chính công Thành phố': ['Trung tâm Phục vụ hành chính công Thành phố'],
  'Sở Văn hóa và Thể thao': ['Sở Văn hóa và Thể thao'],
  '- Sở Y tế (lĩnh vực y tế công lập)\n- Sở Giáo dục và Đào tạo (lĩnh vực giáo dục công lập)': [
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo',
  ],
  'Sở Công Thương (điện sinh hoạt), Sở Xây dựng (giao thông nội đô), Sở Nông nghiệp và Môi trường (thu gom rác thải), Sở Xây dựng (nước sạch sinh hoạt)':
    ['Sở Công Thương', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường'],
  'Công an Thành phố': ['Công an Thành phố'],
};

/** The same for the Điện Bàn plan (commas inside names: "Phòng Kinh tế, Hạ tầng và Đô thị"). */
const DIENBAN: Record<string, string[]> = {
  'Phòng Văn hoá – Xã hội phường': ['Phòng Văn hoá – Xã hội phường'],
  'Các cơ quan, đơn vị UBND phường.': ['Các cơ quan, đơn vị UBND phường'],
  'Các cơ quan, đơn vị UBND phường': ['Các cơ quan, đơn vị UBND phường'],
  'Các cơ quan, đơn vị thuộc UBND phường.': ['Các cơ quan, đơn vị thuộc UBND phường'],
  'Các cơ quan, đơn vị thuộc UBND phường': ['Các cơ quan, đơn vị thuộc UBND phường'],
  'Văn phòng HĐND và UBND phường': ['Văn phòng HĐND và UBND phường'],
  'Phòng VHXH': ['Phòng VHXH'],
  'Trung tâm Phục vụ hành chính công phường': ['Trung tâm Phục vụ hành chính công phường'],
  'Phòng VHXH phường': ['Phòng VHXH phường'],
  'Các cơ quan, đơn vị thuộc UBND phuòng': ['Các cơ quan, đơn vị thuộc UBND phuòng'],
  'Các cơ quan, đơn vị thuộc UBND phường;': ['Các cơ quan, đơn vị thuộc UBND phường'],
  'Phòng Kinh tế, Hạ tầng và Đô thị phường (chủ trì cung cấp tài liệu kiểm chứng đối với nội dung này)': [
    'Phòng Kinh tế, Hạ tầng và Đô thị phường',
  ],
  'Văn phòng HĐND và UBND phường, Phòng VHXH phường': ['Văn phòng HĐND và UBND phường', 'Phòng VHXH phường'],
  'Phòng Kinh tế, Hạ tầng và đô thị': ['Phòng Kinh tế, Hạ tầng và đô thị'],
  'Phòng Kinh tế, Hạ tầng và đô thị (chủ trì báo cáo nội dung này)': ['Phòng Kinh tế, Hạ tầng và đô thị'],
};

async function readFixture(name: string): Promise<Plan> {
  return readTablesFlow(await readWorkbookGrids(fixturePlan(name))).plan;
}

/** Lead texts of the item rows (of the task tables only, or of every table). */
function taskLeads(plan: Plan, allTables = false): string[] {
  const out: string[] = [];
  for (const t of plan.tables) {
    if (t.kind !== 'tasks' && !allTables) continue;
    for (const r of t.rows)
      if (r.type === 'item' && r.fields.lead !== null && r.fields.lead !== undefined) out.push(String(r.fields.lead));
  }
  return out;
}

describe('splitting a lead cell into agencies', () => {
  it.each([
    ['hanoi-2025-phu-luc.xlsx', HANOI],
    ['dienban-2025-phan-cong.xlsx', DIENBAN],
  ])('splits every lead text of %s as listed', async (file, table) => {
    const leads = [...new Set(taskLeads(await readFixture(file), true))];
    expect(leads.length).toBeGreaterThan(10);
    // Every lead text of the plan is in the table (a new one must be decided, not guessed) and splits as listed.
    expect(leads.filter((l) => !(l in table))).toEqual([]);
    for (const l of leads) expect({ l, got: splitAgencies(l) }).toEqual({ l, got: table[l] });
  });

  it('handles bullets, numbering, remarks and trailing punctuation; keeps a cell that is only a remark', () => {
    expect(splitAgencies('+ Sở Nội vụ\n• Sở Tư pháp.\n1. Văn phòng UBND\na) Thanh tra tỉnh:')).toEqual([
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Văn phòng UBND',
      'Thanh tra tỉnh',
    ]);
    expect(splitAgencies('Sở Nội vụ; sở nội vụ (báo cáo); SỞ NỘI VỤ')).toEqual(['Sở Nội vụ']);
    expect(splitAgencies('Các sở, Ban ngành, đơn vị liên quan')).toEqual(['Các sở, Ban ngành, đơn vị liên quan']);
    expect(splitAgencies('(chưa phân công)')).toEqual(['(chưa phân công)']);
    expect(splitAgencies('')).toEqual([]);
    expect(splitAgencies('-')).toEqual([]);
  });

  it('keys are folded and delimited; the label is the most common spelling', () => {
    expect(agencyKey('Sở Công Thương')).toBe(agencyKey('Sở Công thương'));
    expect(agencyKeyList(['Sở Nội vụ', 'A|B'])).toBe('|so noi vu|a b|');
    expect(agencyKeyList([])).toBe('');
    const l = new AgencyLabels();
    for (const n of ['Sở Công Thương', 'Sở Công thương', 'Sở Công thương']) l.add(n);
    expect(l.label(agencyKey('sở công thương'))).toBe('Sở Công thương');
  });
});

describe('one agency however it is written (issue 19)', () => {
  it('groups the commune level: every way of writing it is "UBND cấp xã"', () => {
    for (const text of [
      'UBND cấp xã',
      'Ủy ban nhân dân cấp xã',
      'UBND các xã, phường',
      'Uỷ ban nhân dân các phường, xã',
      'UBND cấp xã được chọn khảo sát PAPI',
      'UBND xã, phường, thị trấn',
    ])
      expect({ text, got: splitAgencies(text) }).toEqual({ text, got: ['UBND cấp xã'] });
    expect(splitAgencies('UBND cấp huyện, cấp xã')).toEqual(['UBND cấp huyện', 'UBND cấp xã']);
    expect(splitAgencies('Sở Nội vụ; UBND cấp xã được chọn khảo sát PAPI; UBND các xã, phường')).toEqual([
      'Sở Nội vụ',
      'UBND cấp xã',
    ]);
    // A specific ward, the commune police and a district town are other agencies.
    expect(splitAgencies('UBND phường Ba Đình')).toEqual(['UBND phường Ba Đình']);
    expect(splitAgencies('Công an cấp xã')).toEqual(['Công an cấp xã']);
    expect(agencyKey('UBND thị xã Sơn Tây')).not.toBe(agencyKey('UBND cấp xã'));
  });

  it('does not take a trailing clause, a question mark or "UBND" alone for an agency', () => {
    expect(splitAgencies('Sở Nội vụ theo dõi, hướng dẫn, đôn đốc việc thực hiện')).toEqual(['Sở Nội vụ']);
    expect(splitAgencies('Sở Tư pháp?')).toEqual(['Sở Tư pháp']);
    expect(splitAgencies('UBND')).toEqual([]);
    expect(splitAgencies('Ủy ban nhân dân')).toEqual([]);
    expect(splitAgencies('Sở Tài chính; UBND')).toEqual(['Sở Tài chính']);
    expect(splitAgencies('theo dõi, hướng dẫn, đôn đốc việc thực hiện')).toEqual([]);
    expect(splitAgencies('Văn phòng UBND tỉnh chủ trì')).toEqual(['Văn phòng UBND tỉnh']);
    // Names that hold such words stay whole: the words come right after a one-word head.
    expect(splitAgencies('Đoàn kiểm tra CCHC của Thành phố')).toEqual(['Đoàn kiểm tra CCHC của Thành phố']);
    expect(splitAgencies('Ban Chỉ đạo CCHC tỉnh')).toEqual(['Ban Chỉ đạo CCHC tỉnh']);
  });

  it('spells abbreviations out for the key, so "HCC TP" and "hành chính công Thành phố" are one agency', () => {
    const key = agencyKey('Trung tâm phục vụ hành chính công Thành phố');
    expect(agencyKey('Trung tâm phục vụ hành chính công TP')).toBe(key);
    expect(agencyKey('Trung tâm phục vụ HCC TP')).toBe(key);
    expect(agencyKey('Trung tâm Phục vụ Hành chính công Thành phố')).toBe(key);
    expect(agencyKey('Phòng VHXH phường')).toBe(agencyKey('Phòng Văn hoá – Xã hội phường'));
    expect(agencyKey('Văn phòng HĐND và UBND phường')).toBe(
      agencyKey('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường'),
    );
    // Without "Thành phố" it may be another centre: not merged.
    expect(agencyKey('Trung tâm phục vụ hành chính công')).not.toBe(key);
  });

  it.each(['hanoi-2025-phu-luc.xlsx', 'dienban-2025-phan-cong.xlsx'])(
    'every lead and coordinating cell of %s names only agencies (no clause, no bare "UBND", no "?")',
    async (file) => {
      const plan = await readFixture(file);
      const cells: string[] = [];
      for (const t of plan.tables)
        for (const r of t.rows)
          for (const f of ['lead', 'coordinate'] as const) {
            const v = r.fields[f];
            if (typeof v === 'string' && v.trim()) cells.push(v);
          }
      expect(cells.length).toBeGreaterThan(20);
      for (const cell of cells) {
        const names = splitAgencies(cell);
        expect({ cell, n: names.length > 0 }).toEqual({ cell, n: true });
        for (const n of names) {
          expect({ n, bad: /\?$|^UBND$/u.test(n) || /^(theo dõi|hướng dẫn|đôn đốc|phối hợp)/iu.test(n) }).toEqual({
            n,
            bad: false,
          });
        }
      }
    },
  );
});

describe('the summary by lead agency', () => {
  it('counts a co-led task for each of its agencies (Hà Nội: Sở Nội vụ leads or co-leads 9 tasks, 6 alone)', async () => {
    const plan = await readFixture('hanoi-2025-phu-luc.xlsx');
    const set = buildTrackerSet(plan, [], { today: '2025-09-30', fixedToday: true });
    const summary = set.sheets.find((s) => s.kind === 'summary')!;
    const row = (label: string) => summary.cells.findIndex((r) => r?.[0]?.v === label) + 1;
    // Expected from the table above, independently of the tracker: tasks whose lead names the agency.
    const leads = taskLeads(plan);
    const expected = (name: string) => leads.filter((l) => HANOI[l].includes(name)).length;
    expect(expected('Sở Nội vụ')).toBe(9);
    expect(leads.filter((l) => l === 'Sở Nội vụ').length).toBe(6);
    for (const name of ['Sở Nội vụ', 'UBND cấp xã', 'Sở Xây dựng', 'Văn phòng UBND Thành phố']) {
      expect({ name, total: at(summary, row(name), 2)?.r }).toEqual({ name, total: expected(name) });
    }
    // No raw multi-agency cell is its own agency any more.
    expect(summary.cells.some((r) => typeof r?.[0]?.v === 'string' && r[0].v.includes('\n'))).toBe(false);
    // "Sở Công thương" (twice) and "Sở Công Thương" (once) are one agency under the common spelling.
    expect(row('Sở Công thương')).toBeGreaterThan(0);
    expect(row('Sở Công Thương')).toBe(0);
  });

  it('counts with an exact, delimited key in a hidden cell: wildcards and names inside longer names are safe', () => {
    const t = taskTable('Phụ lục 1', [
      { key: '1', fields: { task: 'Việc một', lead: 'Sở Nội vụ' } },
      { key: '2', fields: { task: 'Việc hai', lead: 'Sở Nội vụ mở rộng; Sở * Thử?~' } },
      { key: '3', fields: { task: 'Việc ba', lead: 'Sở Nội' } },
    ]);
    const set = buildTrackerSet({ year: 2025, tables: [t] }, [], { today: '2025-09-30', fixedToday: true });
    const tracker = set.sheets.find((s) => s.kind === 'tasks')!;
    const keys = headerCol(tracker, 'Khóa cơ quan chủ trì (chiso)');
    // The key is canonical (letters, digits, commas): no wildcard can reach the FIND.
    expect(at(tracker, rowOfKey(tracker, '2'), keys)?.v).toBe('|so noi vu mo rong|so thu|');
    const summary = set.sheets.find((s) => s.kind === 'summary')!;
    const r = summary.cells.findIndex((x) => x?.[0]?.v === 'Sở Nội') + 1;
    expect(at(summary, r, 2)?.r).toBe(1);
    expect(at(summary, r, 12)?.v).toBe('so noi');
    expect(summary.cols?.[11]).toMatchObject({ hidden: true });
    expect(at(summary, r, 2)?.f).toBe(
      `SUMPRODUCT(ISNUMBER(FIND("|"&$L${r}&"|",'Theo dõi Phụ lục 1'!$T$6:$T$8))*('Theo dõi Phụ lục 1'!$R$6:$R$8<>"")*('Theo dõi Phụ lục 1'!$R$6:$R$8<>"Đã bỏ khỏi kế hoạch"))`,
    );
    const w = summary.cells.findIndex((x) => x?.[0]?.v === 'Sở * Thử?~') + 1;
    expect(at(summary, w, 2)?.r).toBe(1);
  });
});
