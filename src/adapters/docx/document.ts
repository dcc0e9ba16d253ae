/**
 * document.xml → the document's top-level tables, each with the title paragraphs just above it (stream.ts walks the
 * body and hands each body paragraph and each top-level table row here).
 * Every paragraph is visited in document order (body, cells, nested tables) so list numbers count as Word counts
 * them; nested tables are not read as tables of their own and their text is not part of the outer cell.
 */
import { normalizeLegacy } from './legacy';
import type { Numbering } from './numbering';
import { attr, intAttr, isOn, kid, kids, path, type El } from './xml';

export interface DocxCell {
  /** 1-based grid column of the cell's left edge. */
  col: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

export interface DocxRow {
  cells: DocxCell[];
  /** Repeated as a header row on every page (w:tblHeader). */
  header: boolean;
}

export interface DocxTable {
  rows: DocxRow[];
  /**
   * Non-empty paragraphs between the previous top-level table (or the start) and this one, nearest last: the last
   * MAX_TITLE of them (grid.ts looks at no more), so a long body is not held.
   */
  before: Array<{ text: string; centered: boolean }>;
}

/** Containers whose children are read as if they stood in the parent (content controls, custom XML, edits). */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'smartTag',
  'ins',
  'moveTo',
  'hyperlink',
  'fldSimple',
  'dir',
  'bdo',
]);
/** Block-level containers (content controls, custom XML) whose rows, cells and paragraphs stand as in the parent. */
const BLOCK_WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml']);
/** Never text: deletions, drawings, text boxes, properties, field instructions. */
const SKIP = new Set([
  'del',
  'moveFrom',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'rPr',
  'pPr',
  'sdtPr',
  'sdtEndPr',
  'instrText',
  'delText',
  'commentReference',
  'footnoteReference',
  'endnoteReference',
]);

/** The `name` children of `el` (rows of a table, cells of a row), looking through block-level wrappers. */
function blockChildren(el: El, name: string, out: El[] = []): El[] {
  for (const c of kids(el)) {
    if (c.localName === name) out.push(c);
    else if (BLOCK_WRAPPERS.has(c.localName)) blockChildren(c, name, out);
  }
  return out;
}

export class DocumentReader {
  constructor(private readonly numbering: Numbering) {}

  /** Text of a run: w:t, tabs as spaces, soft breaks and carriage returns as line breaks. */
  private runText(r: El): string {
    const font = attr(path(r, 'rPr', 'rFonts'), 'ascii') ?? attr(path(r, 'rPr', 'rFonts'), 'hAnsi');
    let s = '';
    for (const c of kids(r)) {
      switch (c.localName) {
        case 't':
          s += normalizeLegacy(c.textContent ?? '', font);
          break;
        case 'tab':
        case 'ptab':
          s += ' ';
          break;
        case 'br':
        case 'cr':
          s += '\n';
          break;
        case 'noBreakHyphen':
          s += '-';
          break;
        default:
          break;
      }
    }
    return s;
  }

  private inlineText(el: El): string {
    let s = '';
    for (const c of kids(el)) {
      if (SKIP.has(c.localName)) continue;
      if (c.localName === 'r') s += this.runText(c);
      else if (TRANSPARENT.has(c.localName)) s += this.inlineText(c);
    }
    return s;
  }

  /** A paragraph's text as Word shows it: the list number first. Advances the list counters. */
  paragraph(p: El): string {
    const label = this.numbering.label(kid(p, 'pPr'));
    const body = this.inlineText(p);
    return label + body;
  }

  /** Counts the paragraphs of a block Word numbers but we do not read (a nested table). */
  private skipBlock(el: El): void {
    for (const c of kids(el)) {
      if (c.localName === 'p') this.paragraph(c);
      else if (!SKIP.has(c.localName)) this.skipBlock(c);
    }
  }

  /** A cell's paragraphs, one line each (empty paragraphs dropped); nested tables counted, not read. */
  private cellText(tc: El): string {
    const lines: string[] = [];
    const walk = (el: El) => {
      for (const c of kids(el)) {
        if (c.localName === 'p') lines.push(this.paragraph(c));
        else if (c.localName === 'tbl') this.skipBlock(c);
        else if (BLOCK_WRAPPERS.has(c.localName)) walk(c);
      }
    };
    walk(tc);
    return lines
      .map((l) => l.replace(/[ \t]+$/gm, ''))
      .filter((l) => l.trim() !== '')
      .join('\n');
  }

  /** A row of a table: its cells on the grid (gridBefore, gridSpan), vertical merges, the header flag. */
  row(tr: El): DocxRow {
    const trPr = kid(tr, 'trPr');
    let col = 1 + (intAttr(kid(trPr, 'gridBefore')) ?? 0);
    const cells: DocxCell[] = blockChildren(tr, 'tc').map((tc) => {
      const tcPr = kid(tc, 'tcPr');
      const span = Math.max(1, intAttr(kid(tcPr, 'gridSpan')) ?? 1);
      const vm = kid(tcPr, 'vMerge');
      const vMerge = vm ? (attr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null;
      const cell: DocxCell = { col, span, vMerge, text: this.cellText(tc) };
      col += span;
      return cell;
    });
    return { cells, header: isOn(kid(trPr, 'tblHeader')) };
  }

  /** A paragraph of the body as a possible title line (null when empty); advances the list counters. */
  bodyParagraph(p: El): { text: string; centered: boolean } | null {
    const text = this.paragraph(p).trim();
    const centered = attr(path(p, 'pPr', 'jc'), 'val') === 'center';
    return text !== '' ? { text, centered } : null;
  }
}
