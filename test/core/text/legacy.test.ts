import {
  detectLegacy,
  legacyBySyllables,
  legacyFromFont,
  legacyToUnicode,
  unicodeToLegacy,
} from '../../../src/core/text';

const VOWEL_ROWS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Every Vietnamese vowel with each tone (built from combining marks, then NFC), and đ. */
function everyLetter(): string[] {
  const out: string[] = [];
  for (const v of VOWEL_ROWS) for (const t of TONE_MARKS) out.push((v + t).normalize('NFC'));
  out.push('đ');
  return out;
}

describe('legacy Vietnamese tables', () => {
  const lower = everyLetter();
  const upper = lower.map((c) => c.toUpperCase());

  it('has 12 × 6 vowels + đ, all distinct', () => {
    expect(new Set(lower).size).toBe(73);
    expect(new Set(upper).size).toBe(73);
  });

  it.each(lower)('TCVN3 lower %s: Unicode → TCVN3 → Unicode', (ch) => {
    const legacy = unicodeToLegacy(ch, 'tcvn3');
    if (!/^[aeiouyý]$/.test(ch)) expect(legacy).not.toBe(ch); // ý is 0xFD in both
    expect(legacyToUnicode(legacy, 'tcvn3')).toBe(ch);
  });

  it.each(upper)('TCVN3 upper %s: Unicode → TCVN3 (.VnTimeH) → Unicode', (ch) => {
    const legacy = unicodeToLegacy(ch, 'tcvn3');
    expect(legacyToUnicode(legacy, 'tcvn3', { upper: true })).toBe(ch);
  });

  it.each([...lower, ...upper])('VNI %s: Unicode → VNI → Unicode', (ch) => {
    const legacy = unicodeToLegacy(ch, 'vni');
    if (!/^[aeiouyAEIOUYíìÍÌ]$/.test(ch)) expect(legacy).not.toBe(ch); // í, ì are the same in VNI
    expect(legacyToUnicode(legacy, 'vni')).toBe(ch);
  });

  it('maps the whole alphabet in one string both ways, and the TCVN3 codes are all distinct', () => {
    const all = lower.join('');
    const t = unicodeToLegacy(all, 'tcvn3');
    expect(new Set([...t]).size).toBe(73);
    expect(legacyToUnicode(t, 'tcvn3')).toBe(all);
    expect(legacyToUnicode(unicodeToLegacy(all, 'vni'), 'vni')).toBe(all);
    expect(legacyToUnicode(unicodeToLegacy(all.toUpperCase(), 'vni'), 'vni')).toBe(all.toUpperCase());
  });

  it('reads known legacy spellings', () => {
    expect(legacyToUnicode('KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2025', 'tcvn3')).toBe(
      'Kế hoạch cải cách hành chính năm 2025',
    );
    expect(legacyToUnicode('Uû ban nh©n d©n', 'tcvn3')).toBe('uỷ ban nhân dân'.replace('u', 'U'));
    expect(legacyToUnicode('KÕ HO¹CH', 'tcvn3', { upper: true })).toBe('KẾ HOẠCH');
    expect(legacyToUnicode('Tieáng Vieät', 'vni')).toBe('Tiếng Việt');
    expect(legacyToUnicode('Ngöôøi daân Haø Noäi', 'vni')).toBe('Người dân Hà Nội');
    expect(legacyToUnicode('ÑOÀNG YÙ', 'vni')).toBe('ĐỒNG Ý');
  });
});

describe('detectLegacy', () => {
  it('knows the legacy fonts', () => {
    expect(legacyFromFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyFromFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFromFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFromFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(legacyFromFont('Times New Roman')).toBeNull();
    expect(legacyFromFont(undefined)).toBeNull();
  });

  it('finds legacy text by its characters', () => {
    expect(detectLegacy('KÕ ho¹ch c¶i c¸ch hµnh chÝnh')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(detectLegacy('Keá hoaïch caûi caùch haønh chính')).toEqual({ encoding: 'vni', upper: false });
    expect(detectLegacy('KÕ HO¹CH', '.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(detectLegacy('Tieáng', 'VNI-Times')).toEqual({ encoding: 'vni', upper: false });
  });

  it('never takes real Unicode Vietnamese or plain text for legacy text', () => {
    for (const s of [
      'Kế hoạch cải cách hành chính năm 2025',
      'Cà phê',
      'Tổ chức thực hiện',
      'Quý I/2025',
      'café © 2024',
      '« Trích » 50 %',
      'Hà Nội',
      'Phòng Tư pháp',
      'Hoàn thành',
      'HOÀN THÀNH',
      'Toán học, hoá chất, loã',
      'Tỷ lệ hoàn thành',
      'Quản lý, quân, tuân thủ, thuê, xoè',
      '',
      'STT',
    ]) {
      expect(detectLegacy(s)).toBeNull();
      expect(legacyToUnicode(s)).toBe(s);
    }
    // Even in a legacy font: text that is already Unicode is left alone.
    expect(detectLegacy('Kế hoạch', '.VnTime')).toBeNull();
    expect(detectLegacy('STT', '.VnTime')).toBeNull();
  });

  it('needs Vietnamese syllables when no legacy font says so: other Latin languages are never converted', () => {
    for (const s of [
      'Pilotenaktivität',
      'Taucherstraße',
      'Luleå',
      '£12.50',
      '£nn.nn',
      'Müller, Zürich',
      'café crème',
    ]) {
      for (const enc of ['tcvn3', 'vni'] as const) expect([s, enc, legacyBySyllables(s, enc)]).toEqual([s, enc, null]);
      expect(detectLegacy(s)).toBeNull();
      expect(legacyToUnicode(s)).toBe(s);
    }
    // The same bytes typed in a legacy font are legacy text: the font is the evidence.
    expect(detectLegacy('Taucherstraße', '.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    // Vietnamese by its syllables, with codes and abbreviations around it.
    expect(legacyBySyllables('QuyÕt ®Þnh sè 6680/Q§-UBND ngµy 29/12/2023', 'tcvn3')).toEqual({
      encoding: 'tcvn3',
      upper: false,
    });
    expect(legacyBySyllables('Néi vô', 'tcvn3')).toEqual({ encoding: 'tcvn3', upper: false });
  });

  it('converts without a hint by detecting', () => {
    expect(legacyToUnicode('KÕ ho¹ch')).toBe('Kế hoạch');
    expect(legacyToUnicode('Keá hoaïch')).toBe('Kế hoạch');
  });
});
