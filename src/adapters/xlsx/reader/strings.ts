/**
 * Cell text: the shared strings table (rich-text runs flattened, phonetic runs left out), the OOXML `_xHHHH_`
 * unescape, and legacy Vietnamese (TCVN3/VNI) found by run or cell font or by its characters, turned into Unicode.
 */
import { detectLegacy, legacyBySyllables, legacyToUnicode, type LegacyEncoding } from '../../../core/text';
import { WorkbookReadError } from '../errors';
import { partDetail, type Package } from './package';

/**
 * A string that shares no memory with the parser's input: the SAX parser hands text out as slices of the decoded
 * chunk, and in V8 one slice kept alive keeps its whole chunk (a 100,000-task tracker kept its whole sheet text so).
 * Slicing a fresh concatenation copies the characters once; V8 copies strings under 13 characters anyway.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A run of rich text with its own font (kept only when some run names a font: legacy text is told by font). */
export interface Run {
  text: string;
  font?: string;
}

export interface SharedStrings {
  texts: string[];
  /** Runs of the strings whose runs name fonts, by index. */
  runs: Map<number, Run[]>;
}

/** Most shared strings the reader keeps (a 10,000-task plan has tens of thousands). */
export const MAX_SHARED_STRINGS = 2_000_000;

/** OOXML escapes characters XML cannot hold as `_xHHHH_`; `_x005F_` is a literal "_" (so `_x005F_x0000_` → `_x0000_`). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Collects the text of one <si> or <is>: <t> directly or in runs (<r>), never in phonetic runs (<rPh>). */
export class TextCollector {
  private runs: Run[] = [];
  private inRun = false;
  private inT = false;
  private inPhonetic = false;
  private font: string | undefined;
  private text = '';
  private fonted = false;

  reset(): void {
    this.runs = [];
    this.text = '';
    this.inRun = this.inT = this.inPhonetic = this.fonted = false;
    this.font = undefined;
  }

  open(name: string, a: Record<string, string>): void {
    if (name === 'rPh') this.inPhonetic = true;
    else if (name === 'r' && !this.inPhonetic) {
      this.inRun = true;
      this.font = undefined;
      this.runs.push({ text: '' });
    } else if (name === 'rFont' && this.inRun && a.val !== undefined) {
      this.runs[this.runs.length - 1].font = a.val;
      this.fonted = true;
    } else if (name === 't' && !this.inPhonetic) this.inT = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'r') this.inRun = false;
    else if (name === 't') this.inT = false;
  }

  onText(t: string): void {
    if (!this.inT || this.inPhonetic) return;
    this.text += t;
    if (this.inRun) this.runs[this.runs.length - 1].text += t;
  }

  /** The unescaped text, and the runs when some run names a font. */
  result(): { text: string; runs?: Run[] } {
    const text = unescapeOoxml(this.text);
    if (!this.fonted) return { text };
    return { text, runs: this.runs.map((r) => ({ ...r, text: unescapeOoxml(r.text) })) };
  }
}

export async function readSharedStrings(pkg: Package, part: string | null): Promise<SharedStrings> {
  const out: SharedStrings = { texts: [], runs: new Map() };
  if (!part) return out;
  const c = new TextCollector();
  let inSi = false;
  await pkg.parse(part, {
    open(name, a) {
      if (name === 'si') {
        inSi = true;
        c.reset();
      } else if (inSi) c.open(name, a);
    },
    close(name) {
      if (name === 'si') {
        inSi = false;
        const r = c.result();
        if (r.runs) out.runs.set(out.texts.length, r.runs);
        out.texts.push(ownString(r.text));
        if (out.texts.length > MAX_SHARED_STRINGS) {
          const d = partDetail(part, {
            vi: `quá ${MAX_SHARED_STRINGS} chuỗi`,
            en: `over ${MAX_SHARED_STRINGS} strings`,
          });
          throw new WorkbookReadError('TOO_LARGE', pkg.name, undefined, d);
        }
      } else if (inSi) c.close(name);
    },
    text(t) {
      if (inSi) c.onText(t);
    },
  });
  return out;
}

const UNICODE_VI = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * The encoding a workbook's text is typed in when its fonts do not say (values pasted into a Unicode font): when
 * many shared strings are plainly TCVN3 (or VNI) and hardly any is Unicode Vietnamese, the short strings that
 * cannot be told apart by their characters ("Néi vô") are taken to be in the same encoding. Null otherwise.
 */
export function workbookEncoding(texts: readonly string[]): LegacyEncoding | null {
  const n = { tcvn3: 0, vni: 0, unicode: 0 };
  for (const t of texts) {
    if (UNICODE_VI.test(t)) n.unicode++;
    else {
      const g = detectLegacy(t);
      if (g) n[g.encoding]++;
    }
  }
  const best: LegacyEncoding = n.tcvn3 >= n.vni ? 'tcvn3' : 'vni';
  return n[best] >= 5 && n[best] >= 4 * (n.unicode + Math.min(n.tcvn3, n.vni)) ? best : null;
}

/**
 * Legacy text turned into Unicode, or null when the text is not legacy. Runs are judged by their own font first,
 * then the cell's font, then the characters, then the workbook's encoding (`fallback`).
 */
export function fromLegacy(
  text: string,
  runs: Run[] | undefined,
  cellFont: string | undefined,
  fallback: LegacyEncoding | null = null,
): { text: string; encoding: LegacyEncoding } | null {
  // The workbook's encoding is no evidence for one text: it must still read as Vietnamese once decoded.
  const guess = (t: string, font: string | undefined) =>
    detectLegacy(t, font) ?? (fallback ? legacyBySyllables(t, fallback) : null);
  if (runs && runs.length) {
    let encoding: LegacyEncoding | null = null;
    const parts = runs.map((r) => {
      const g = guess(r.text, r.font ?? cellFont);
      if (!g) return r.text;
      encoding ??= g.encoding;
      return legacyToUnicode(r.text, g.encoding, { upper: g.upper });
    });
    return encoding ? { text: parts.join(''), encoding } : null;
  }
  const g = guess(text, cellFont);
  return g ? { text: legacyToUnicode(text, g.encoding, { upper: g.upper }), encoding: g.encoding } : null;
}
