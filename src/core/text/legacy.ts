/**
 * Legacy Vietnamese encodings (TCVN3/ABC and VNI) → Unicode, table-driven and pure.
 *
 * Text typed with a TCVN3 font (.VnTime, .VnArial …) or a VNI font (VNI-Times …) is stored in the workbook as the
 * Windows-1252 characters of the font's byte codes ("KÕ ho¹ch" for "Kế hoạch"); only the font makes it readable.
 * TCVN3 (TCVN 5712:1993 VN3) has no upper-case toned letters: the ".VnTimeH" fonts draw every code as a capital, so
 * text in an "…H" font is upper-cased after mapping. VNI writes a base letter followed by a mark character.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyGuess {
  encoding: LegacyEncoding;
  /** The text was typed in an upper-case-only font (".VnTimeH"): the result is upper-cased. */
  upper: boolean;
}

const BASES = 'aăâeêioôơuưy';
const TONES = 5; // sắc, huyền, hỏi, ngã, nặng: the order of the toned columns below

/** Every Vietnamese vowel with each tone, in BASES order; row = [plain, sắc, huyền, hỏi, ngã, nặng]. */
const VOWELS: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

/** TCVN3 codes (as Windows-1252 characters), same layout as VOWELS; the plain letter of a, e, i, o, u, y is ASCII. */
const TCVN3_VOWELS: Record<string, string> = {
  a: 'a\u00b8\u00b5\u00b6\u00b7\u00b9',
  ă: '\u00a8\u00be\u00bb\u00bc\u00bd\u00c6',
  â: '\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb',
  e: 'e\u00d0\u00cc\u00ce\u00cf\u00d1',
  ê: '\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6',
  i: 'i\u00dd\u00d7\u00d8\u00dc\u00de',
  o: 'o\u00e3\u00df\u00e1\u00e2\u00e4',
  ô: '\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9',
  ơ: '\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee',
  u: 'u\u00f3\u00ef\u00f1\u00f2\u00f4',
  ư: '\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9',
  y: 'y\u00fd\u00fa\u00fb\u00fc\u00fe',
};
/** The seven upper-case letters TCVN3 does have, and đ. */
const TCVN3_OTHER: Record<string, string> = {
  Ă: '\u00a1',
  Â: '\u00a2',
  Ê: '\u00a3',
  Ô: '\u00a4',
  Ơ: '\u00a5',
  Ư: '\u00a6',
  Đ: '\u00a7',
  đ: '\u00ae',
};

/** VNI: the mark characters after a base letter, for [sắc, huyền, hỏi, ngã, nặng] and for the ^, ˘ forms. */
const VNI_TONE = '\u00f9\u00f8\u00fb\u00f5\u00ef'; // ù ø û õ ï
const VNI_CIRC = '\u00e2\u00e1\u00e0\u00e5\u00e3\u00e4'; // â á à å ã ä: ^ plain, then with each tone
const VNI_BREVE = '\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb'; // ê é è ú ü ë: ˘ plain, then with each tone
/** VNI: the base written for each vowel row, and the marks that follow it (plain letter first). */
const VNI_ROWS: Record<string, [string, string]> = {
  a: ['a', VNI_TONE],
  ă: ['a', VNI_BREVE],
  â: ['a', VNI_CIRC],
  e: ['e', VNI_TONE],
  ê: ['e', VNI_CIRC],
  o: ['o', VNI_TONE],
  ô: ['o', VNI_CIRC],
  ơ: ['\u00f4', VNI_TONE], // ô
  u: ['u', VNI_TONE],
  ư: ['\u00f6', VNI_TONE], // ö
  y: ['y', VNI_TONE],
};
/** VNI single characters: i with tones, ỵ, đ (upper case: the same letters capitalised). */
const VNI_SINGLE: Record<string, string> = {
  í: '\u00ed',
  ì: '\u00ec',
  ỉ: '\u00e6',
  ĩ: '\u00f3',
  ị: '\u00f2',
  ỵ: '\u00ee',
  đ: '\u00f1',
};

type Table = Map<string, string>;

function buildTcvn3(): { toUni: Table; fromUni: Table } {
  const toUni: Table = new Map();
  const fromUni: Table = new Map();
  for (const base of BASES) {
    const uni = VOWELS[base];
    const codes = TCVN3_VOWELS[base];
    for (let k = 0; k <= TONES; k++) {
      const u = uni[k];
      const c = codes[k];
      fromUni.set(u, c);
      // Upper-case toned letters have no code: the .VnTimeH convention writes the lower-case code.
      fromUni.set(u.toUpperCase(), /[a-z]/.test(c) ? c.toUpperCase() : c);
      if (c.charCodeAt(0) > 0x7f) toUni.set(c, u);
    }
  }
  for (const [u, c] of Object.entries(TCVN3_OTHER)) {
    fromUni.set(u, c);
    toUni.set(c, u);
  }
  return { toUni, fromUni };
}

function buildVni(): { toUni: Table; fromUni: Table } {
  const toUni: Table = new Map();
  const fromUni: Table = new Map();
  const add = (u: string, c: string): void => {
    fromUni.set(u, c);
    toUni.set(c, u);
  };
  for (const [row, [base, marks]] of Object.entries(VNI_ROWS)) {
    const uni = VOWELS[row];
    const withMarks = marks.length === 6 ? marks : ' ' + marks; // circumflex/breve rows carry their own plain mark
    for (let k = 0; k <= TONES; k++) {
      const mark = withMarks[k] === ' ' ? '' : withMarks[k];
      if (mark === '' && base.charCodeAt(0) < 0x80) continue; // a, e, o, u, y stay as they are
      add(uni[k], base + mark);
      add(uni[k].toUpperCase(), base.toUpperCase() + mark.toUpperCase());
    }
  }
  for (const [u, c] of Object.entries(VNI_SINGLE)) {
    add(u, c);
    add(u.toUpperCase(), c.toUpperCase());
  }
  return { toUni, fromUni };
}

const TCVN3 = buildTcvn3();
const VNI = buildVni();

/** Characters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0 block, combining marks): never legacy text. */
const UNICODE_ONLY = /[\u0100-\u01ff\u0300-\u036f\u1ea0-\u1ef9]/;
/** TCVN3 codes that neither real Latin-1 Vietnamese nor VNI uses: the ¡–¿ block, ×, Ð, Þ, ß, ÷, þ. */
const TCVN3_MARKERS = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d0\u00d7\u00de\u00df\u00f7\u00fe]/g;
/** TCVN3 marker characters next to a letter (so a lone "©" or "«" in real text does not count). */
function markersInWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TCVN3_MARKERS)) {
    const i = m.index ?? 0;
    if (/[A-Za-z\u00a1-\u00ff]/.test(text[i - 1] ?? '') || /[A-Za-z\u00a1-\u00ff]/.test(text[i + 1] ?? '')) n++;
  }
  return n;
}

/**
 * VNI two-character sequences (a base vowel then a mark of the same case) that Unicode Vietnamese never writes:
 * "oá", "oà", "oã" are left out (VNI's ố, ồ, ỗ, but also Unicode's "hoá", "hoàn", "loã").
 */
const VNI_PAIRS = [...VNI.toUni.keys()].filter(
  (k) => k.length === 2 && !/^[oO][\u00e1\u00e0\u00e3\u00c1\u00c0\u00c3]$/.test(k),
);
const VNI_PAIR_RE = new RegExp(VNI_PAIRS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** The encoding a font name implies: ".VnTime"/".VnTimeH"/"ABC…" → TCVN3 (H: capitals), "VNI-…" → VNI. */
export function legacyFromFont(fontName: string | undefined): LegacyGuess | null {
  if (!fontName) return null;
  const f = fontName.trim();
  if (/^vni[-\s_]/i.test(f)) return { encoding: 'vni', upper: false };
  if (/^\.?vn(?!i)/i.test(f) || /^abc[-\s_.]?/i.test(f)) {
    // ".VnTimeH", ".VnArialH", ".VnArial NarrowH": the capital-only fonts end in a capital H.
    return { encoding: 'tcvn3', upper: /[a-z\s]H$/.test(f) };
  }
  return null;
}

/** Every Vietnamese vowel letter, each tone (lower case). */
const VOWEL_LETTERS = Object.values(VOWELS).join('');
/**
 * One Vietnamese syllable (lower case): an onset, one to three vowels, a final consonant. German, Swedish or French
 * words decoded as legacy text are not ("pilotenaktivitọt", "lulể", "ênn"): f, j, w, z, inner consonants, "nn".
 */
const SYLLABLE = new RegExp(
  `^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[${VOWEL_LETTERS}]{1,3}(ng|nh|ch|[cmnpt])?$`,
);

const HAS_VOWEL = new RegExp(`[${VOWEL_LETTERS}]`);

/**
 * Whether decoded text is Vietnamese by its syllables: of its words with a letter outside ASCII, at least three in
 * four are one Vietnamese syllable each (a foreign name inside Vietnamese text does not undo the rest). A word keeps
 * its digits ("£12.50" decodes to "Ê12", no syllable). ASCII words ("UBND", "TTHC") and abbreviations without a vowel
 * ("QĐ") say nothing either way.
 */
function readsAsVietnamese(decoded: string): boolean {
  const words = decoded
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /[^\x00-\x7f]/.test(w) && HAS_VOWEL.test(w));
  const good = words.filter((w) => SYLLABLE.test(w)).length;
  return good > 0 && good * 4 >= words.length * 3;
}

/**
 * `text` as legacy text in `encoding` when nothing but the characters says so (no legacy font): only when the
 * decoded text reads as Vietnamese, so Latin-1 prose in another language ("Taucherstraße", "Luleå", "£12.50") is
 * never converted, whatever the rest of the workbook is typed in.
 */
export function legacyBySyllables(text: string, encoding: LegacyEncoding): LegacyGuess | null {
  if (!text || UNICODE_ONLY.test(text) || !/[\u0080-\u00ff]/.test(text)) return null;
  return readsAsVietnamese(legacyToUnicode(text, encoding)) ? { encoding, upper: false } : null;
}

/**
 * Whether `text` is legacy-encoded Vietnamese, and which encoding. The evidence of Vietnamese is either the cell's
 * font, when it names a legacy font, or the characters (TCVN3 codes that real text does not use; VNI base+mark
 * pairs) together with decoded text that is Vietnamese by its syllables. Real Unicode Vietnamese (any ă đ ơ ư or
 * precomposed toned letter outside Latin-1) is never taken for legacy text.
 */
export function detectLegacy(text: string, fontName?: string): LegacyGuess | null {
  if (!text || UNICODE_ONLY.test(text)) return null;
  const byFont = legacyFromFont(fontName);
  if (byFont) {
    const changes = byFont.upper ? /[a-z\u0080-\u00ff]/.test(text) : /[\u0080-\u00ff]/.test(text);
    return changes ? byFont : null;
  }
  if (!/[\u0080-\u00ff]/.test(text)) return null;
  const tcvn = markersInWords(text);
  const vni = (text.match(VNI_PAIR_RE) || []).length;
  if (tcvn === vni) return null;
  return legacyBySyllables(text, tcvn > vni ? 'tcvn3' : 'vni');
}

/** Vietnamese upper-casing of mapped text (the .VnTimeH fonts draw everything as capitals). */
function upperVi(s: string): string {
  return s.toUpperCase();
}

/**
 * Legacy text → Unicode (NFC). Without a hint the encoding is detected from the text; text that does not look legacy
 * comes back unchanged. `upper` applies the .VnTimeH convention (everything a capital).
 */
export function legacyToUnicode(text: string, hint?: LegacyEncoding, opts: { upper?: boolean } = {}): string {
  let encoding = hint;
  let upper = opts.upper === true;
  if (!encoding) {
    const guess = detectLegacy(text);
    if (!guess) return text;
    encoding = guess.encoding;
    upper = upper || guess.upper;
  }
  let out = '';
  if (encoding === 'tcvn3') {
    for (const ch of text) out += TCVN3.toUni.get(ch) ?? ch;
  } else {
    for (let i = 0; i < text.length; i++) {
      const pair = i + 1 < text.length ? VNI.toUni.get(text.slice(i, i + 2)) : undefined;
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
      out += VNI.toUni.get(text[i]) ?? text[i];
    }
  }
  return upper ? upperVi(out) : out;
}

/** Unicode → legacy text (tests, fixtures): upper-case toned letters become TCVN3's lower-case codes (.VnTimeH). */
export function unicodeToLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === 'tcvn3' ? TCVN3.fromUni : VNI.fromUni;
  let out = '';
  for (const ch of text.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}
