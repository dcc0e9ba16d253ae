/**
 * Word list numbering (numbering.xml): renders the number Word shows before a paragraph.
 * Counters live per abstract numbering definition, so every w:num sharing one continues the same list, as Word
 * does; a w:num with a startOverride restarts the overridden levels the first time it is used. Using a level resets
 * the deeper levels (unless their lvlRestart says otherwise). Multi-level texts ("%1.%2.") take each level's format;
 * isLgl forces decimal.
 */
import { toRoman } from '../../core/text/roman';
import { attr, intAttr, isOn, kid, kids, path, type El } from './xml';

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** 1-based level after whose use this level restarts; 0 = never; undefined = after any higher level. */
  restart?: number;
  legal: boolean;
  suffix: string;
  pStyle?: string;
}

interface Num {
  abstractId: string;
  /** Level overrides: a new start, and possibly a whole level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

function readLevel(lvl: El): Level {
  const suff = attr(kid(lvl, 'suff'), 'val');
  return {
    start: intAttr(kid(lvl, 'start')) ?? 0,
    fmt: attr(kid(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(kid(lvl, 'lvlText'), 'val') ?? '',
    restart: intAttr(kid(lvl, 'lvlRestart')),
    legal: isOn(kid(lvl, 'isLgl')),
    suffix: suff === 'nothing' ? '' : ' ', // a tab or a space: one space in a cell's text
    pStyle: attr(kid(lvl, 'pStyle'), 'val'),
  };
}

/** Word's letters: a … z, then aa … zz (the letter repeated), not a spreadsheet's aa, ab. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's format. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n); // decimal, and the rarer formats read as decimal
  }
}

/** Bullets drawn from symbol fonts (private-use characters) read as "-", the way officials type them. */
function bulletText(text: string): string {
  const t = text.trim();
  if (t === '' || /[\uf000-\uf8ff]/.test(t)) return '-';
  return t;
}

export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly usedNums = new Set<string>();
  /** Paragraph style → its numPr (numId, ilvl), through basedOn. */
  private readonly styleNum = new Map<string, { numId?: string; ilvl?: number }>();

  constructor(numbering: Document | null, styles: Document | null) {
    const root = numbering?.documentElement;
    for (const a of kids(root)) {
      if (a.localName !== 'abstractNum') continue;
      const id = attr(a, 'abstractNumId');
      if (id === undefined) continue;
      const levels: Level[] = [];
      for (const l of kids(a)) if (l.localName === 'lvl') levels[intAttr(l, 'ilvl') ?? 0] = readLevel(l);
      this.abstracts.set(id, levels);
    }
    for (const n of kids(root)) {
      if (n.localName !== 'num') continue;
      const id = attr(n, 'numId');
      const abstractId = attr(kid(n, 'abstractNumId'), 'val');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of kids(n)) {
        if (o.localName !== 'lvlOverride') continue;
        const lvl = kid(o, 'lvl');
        overrides.set(intAttr(o, 'ilvl') ?? 0, {
          start: intAttr(kid(o, 'startOverride')),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.nums.set(id, { abstractId, overrides });
    }
    this.readStyles(styles);
  }

  private readStyles(styles: Document | null): void {
    const raw = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
    for (const s of kids(styles?.documentElement)) {
      if (s.localName !== 'style' || attr(s, 'type') !== 'paragraph') continue;
      const id = attr(s, 'styleId');
      if (id === undefined) continue;
      const numPr = path(s, 'pPr', 'numPr');
      raw.set(id, {
        numId: attr(kid(numPr, 'numId'), 'val'),
        ilvl: intAttr(kid(numPr, 'ilvl')),
        basedOn: attr(kid(s, 'basedOn'), 'val'),
      });
    }
    for (const id of raw.keys()) {
      let cur: string | undefined = id;
      const out: { numId?: string; ilvl?: number } = {};
      for (let depth = 0; cur !== undefined && depth < 20; depth++) {
        const r = raw.get(cur);
        if (!r) break;
        if (out.numId === undefined) out.numId = r.numId;
        if (out.ilvl === undefined) out.ilvl = r.ilvl;
        cur = r.basedOn;
      }
      if (out.numId !== undefined) this.styleNum.set(id, out);
    }
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(num.abstractId)?.[ilvl];
  }

  /**
   * The number text of a paragraph (with its suffix), advancing the counters; "" when it is not numbered.
   * Must be called for every paragraph in document order (lists run across tables and body text).
   */
  label(pPr: El | undefined): string {
    const numPr = kid(pPr, 'numPr');
    const style = this.styleNum.get(attr(kid(pPr, 'pStyle'), 'val') ?? '');
    const numId = attr(kid(numPr, 'numId'), 'val') ?? style?.numId;
    if (numId === undefined || numId === '0') return '';
    const num = this.nums.get(numId);
    if (!num) return '';
    let ilvl = intAttr(kid(numPr, 'ilvl')) ?? style?.ilvl;
    if (ilvl === undefined) {
      // A style linked from a level (lvl/pStyle) gives that level.
      const styleId = attr(kid(pPr, 'pStyle'), 'val');
      const levels = this.abstracts.get(num.abstractId) ?? [];
      const i = styleId ? levels.findIndex((l) => l?.pStyle === styleId) : -1;
      ilvl = i >= 0 ? i : 0;
    }
    ilvl = Math.max(0, Math.min(8, ilvl));
    const lvl = this.level(num, ilvl);
    if (!lvl) return '';
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [i, o] of num.overrides) if (o.start !== undefined || o.level) counters[i] = undefined;
    }
    const startOf = (i: number) => num.overrides.get(i)?.start ?? this.level(num, i)?.start ?? 1;
    const cur = counters[ilvl];
    counters[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = this.level(num, k);
      const r = deeper?.restart;
      if (r === undefined || (r > 0 && ilvl < r)) counters[k] = undefined;
    }
    if (lvl.fmt === 'bullet') return `${bulletText(lvl.text)}${lvl.suffix}`;
    const text = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const v = counters[i] ?? startOf(i);
      return formatNumber(v, lvl.legal ? 'decimal' : (this.level(num, i)?.fmt ?? 'decimal'));
    });
    return text === '' ? '' : `${text}${lvl.suffix}`;
  }
}
