/**
 * Carries cell formats from one package's styles.xml into another's: a source cellXfs index becomes a target index
 * (its font, fill, border and number format appended when the target has no equal one), and a differential format
 * (conditional formatting's dxfId) is appended. Nothing already in the target moves: cells point to styles by index.
 */
import { styleSection, type StyleSection } from '../package/styles-order';
import type { OpcPackage } from '../package/opc';
import { WorkbookXml } from '../package/book';
import { childElements, parseXml, serializeElement, serializeXml, type Document, type Element } from '../package/xml';

async function stylesPart(pkg: OpcPackage): Promise<string | null> {
  const wb = await WorkbookXml.load(pkg);
  return wb.rels.ofType('styles')[0]?.part ?? null;
}

/** Serialised without namespace declarations, to find equal entries written by different programs. */
const canon = (el: Element) => serializeElement(el).replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');

export class StyleMerge {
  private readonly xfs = new Map<number, number>();
  private readonly dxfs = new Map<number, number>();
  private dirty = false;

  private constructor(
    private readonly src: Document | null,
    private readonly dst: Document,
    private readonly dstPart: string,
  ) {}

  /** Fails (PackageError) only when the target has no styles part it can parse. */
  static async load(src: OpcPackage, dst: OpcPackage): Promise<StyleMerge> {
    const s = await stylesPart(src);
    const d = (await stylesPart(dst)) ?? 'xl/styles.xml';
    const srcText = s ? await src.text(s) : null;
    const dstText = await dst.text(d);
    if (!dstText) throw new Error(`${d}: missing`);
    return new StyleMerge(srcText ? parseXml(srcText, s!) : null, parseXml(dstText, d), d);
  }

  private list(doc: Document, name: StyleSection): Element[] {
    const box = childElements(doc.documentElement!, name)[0];
    return box ? childElements(box) : [];
  }

  /** Appends `el` (from the source) to the target list `name` unless an equal entry is there; gives its index. */
  private put(name: StyleSection, el: Element): number {
    const existing = this.list(this.dst, name);
    const key = canon(el);
    const same = existing.findIndex((e) => canon(e) === key);
    if (same >= 0) return same;
    const box = styleSection(this.dst, name);
    box.appendChild(this.dst.importNode(el, true));
    box.setAttribute('count', String(existing.length + 1));
    this.dirty = true;
    return existing.length;
  }

  private numFmt(id: number): number {
    if (id < 164 || !this.src) return id;
    const code = this.list(this.src, 'numFmts')
      .find((e) => Number(e.getAttribute('numFmtId')) === id)
      ?.getAttribute('formatCode');
    if (code === undefined || code === null) return 0;
    const have = this.list(this.dst, 'numFmts');
    const same = have.find((e) => e.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const next = Math.max(163, ...have.map((e) => Number(e.getAttribute('numFmtId')) || 0)) + 1;
    const box = styleSection(this.dst, 'numFmts');
    const el = this.dst.createElementNS(this.dst.documentElement!.namespaceURI, 'numFmt');
    el.setAttribute('numFmtId', String(next));
    el.setAttribute('formatCode', code);
    box.appendChild(el);
    box.setAttribute('count', String(have.length + 1));
    this.dirty = true;
    return next;
  }

  /** The target cellXfs index for a source one (0, the default format, when the source has none such). */
  xf(index: number): number {
    const memo = this.xfs.get(index);
    if (memo !== undefined) return memo;
    const srcXf = this.src ? this.list(this.src, 'cellXfs')[index] : undefined;
    let out = 0;
    if (srcXf) {
      const xf = this.dst.importNode<Element>(srcXf, true);
      for (const [attr, list] of [
        ['fontId', 'fonts'],
        ['fillId', 'fills'],
        ['borderId', 'borders'],
      ] as const) {
        const from = this.list(this.src!, list)[Number(srcXf.getAttribute(attr) ?? 0)];
        if (from) xf.setAttribute(attr, String(this.put(list, from)));
      }
      xf.setAttribute('numFmtId', String(this.numFmt(Number(srcXf.getAttribute('numFmtId') ?? 0))));
      // The named cell style ("Normal", "Heading 1"…) is not carried: the cell keeps its own formatting.
      xf.setAttribute('xfId', '0');
      out = this.put('cellXfs', xf);
    }
    this.xfs.set(index, out);
    return out;
  }

  /** The target dxfs index for a source one. */
  dxf(index: number): number {
    const memo = this.dxfs.get(index);
    if (memo !== undefined) return memo;
    const from = this.src ? this.list(this.src, 'dxfs')[index] : undefined;
    const out = from ? this.put('dxfs', from) : 0;
    this.dxfs.set(index, out);
    return out;
  }

  save(dst: OpcPackage): void {
    if (this.dirty) dst.setText(this.dstPart, serializeXml(this.dst));
    this.dirty = false;
  }
}
