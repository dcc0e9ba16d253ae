/** The unit matcher: synonyms, word boundaries, and every agency text of the Hà Nội 2025 plan. */
import { readFileSync } from 'fs';
import { canonicalAgency, unitMatcher } from '../../../src/core/agency';
import { truthPath } from '../generate/helpers';

describe('unitMatcher("cấp xã")', () => {
  const m = unitMatcher('cấp xã');
  it.each([
    'UBND cấp xã',
    'UBND các xã, phường',
    'Ủy ban nhân dân cấp xã',
    'Uỷ ban nhân dân các phường, xã',
    'Các sở, ban, ngành, UBND cấp xã',
    '- Sở Nội vụ;\n- UBND cấp xã.',
    'UBND xã, phường, thị trấn',
    'UBND các xã, thị trấn',
    'ubnd cap xa',
    'UBND CẤP XÃ',
    'Công an cấp xã',
  ])('matches %j', (agency) => expect(m(agency)).toBe(true));

  it.each([
    'Bảo hiểm xã hội Thành phố',
    'Các sở, ban, ngành, UBND các quận, huyện, thị xã',
    'UBND thị xã, phường Sơn Tây',
    'Sở Nội vụ',
    'Các cơ quan, đơn vị, địa phương',
    'Hội Liên hiệp Phụ nữ xã hội',
    '',
    null,
  ])('does not match %j', (agency) => expect(m(agency)).toBe(false));
});

describe('other unit queries', () => {
  it('"UBND cấp xã" keeps the People\'s Committee only (not the commune police)', () => {
    const m = unitMatcher('UBND cấp xã');
    expect(m('Ủy ban nhân dân các xã, phường')).toBe(true);
    expect(m('Các Sở, ngành, UBND cấp xã')).toBe(true);
    expect(m('Công an cấp xã')).toBe(false);
  });
  it('names a unit at word boundaries', () => {
    const m = unitMatcher('Sở Y tế');
    expect(m('Sở Y tế, Sở Giáo dục và Đào tạo')).toBe(true);
    expect(m('Sở Y tế dự phòng')).toBe(true);
    expect(m('Sở Y')).toBe(false);
    expect(unitMatcher('phường Ba Đình')('UBND phường Ba Đình')).toBe(true);
    expect(unitMatcher('phường Ba Đình')('UBND phường Ba')).toBe(false);
    expect(unitMatcher('   ')('UBND cấp xã')).toBe(false);
  });
  it('canonical forms', () => {
    expect(canonicalAgency('Ủy ban nhân dân các xã, phường')).toBe('ubnd cap xa');
    expect(canonicalAgency('UBND các quận, huyện, thị xã')).toBe('ubnd cac quan , huyen , thi xa');
  });
});

describe('every agency text of the Hà Nội 2025 plan (truth JSON)', () => {
  const truth = JSON.parse(readFileSync(truthPath(), 'utf8')) as {
    tables: Array<{ kind: string; rows: Array<{ type: string; fields: Record<string, string> }> }>;
  };
  const agencies = new Set<string>();
  for (const t of truth.tables)
    for (const r of t.rows) for (const k of ['lead', 'coordinate']) if (r.fields[k]) agencies.add(r.fields[k]);

  it('matches "cấp xã" exactly where the text says "cấp xã" (independent check: plain substring)', () => {
    const m = unitMatcher('cấp xã');
    const matched = [...agencies].filter((a) => m(a)).sort();
    const expected = [...agencies].filter((a) => a.normalize('NFC').includes('cấp xã')).sort();
    expect(matched).toEqual(expected);
    // What matched (12 distinct texts), for the record.
    expect(matched).toEqual([
      '- Bảo hiểm xã hội Thành phố;\n- Sở Nội vụ;\n- UBND cấp xã.',
      '- Sở Nội vụ;\n- Các Sở, ban, ngành, UBND cấp xã',
      'Các Sở, ban, ngành, UBND cấp xã',
      'Các Sở, ngành, UBND cấp xã',
      'Các sở, ban, ngành, UBND cấp xã',
      'Công an cấp xã',
      'Sở Giáo dục và Đào tạo; UBND cấp xã',
      'Sở Khoa học và Công nghệ, UBND cấp xã.',
      'Trung tâm Phục vụ Hành chính công; các sở, ban, ngành, UBND cấp xã',
      'Trung tâm phục vụ hành chính công, UBND cấp xã',
      'Trung tâm phục vụ hành chính công; UBND cấp xã',
      'UBND cấp xã',
    ]);
  });

  it('never matches the texts naming "thị xã" or "xã hội" alone', () => {
    const m = unitMatcher('cấp xã');
    const traps = [...agencies].filter((a) => /thị xã|xã hội/.test(a) && !a.includes('cấp xã'));
    expect(traps.length).toBeGreaterThanOrEqual(2);
    for (const a of traps) expect({ a, hit: m(a) }).toEqual({ a, hit: false });
  });
});
