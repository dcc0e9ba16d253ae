/** `[Content_Types].xml`: the content type of a part (Override, else Default by extension), and editing it. */
import type { OpcPackage } from './opc';
import { childElements, NS, parseXml, serializeXml, type Document, type Element } from './xml';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;

export class ContentTypes {
  private dirty = false;

  private constructor(private readonly doc: Document) {}

  static async load(pkg: OpcPackage): Promise<ContentTypes> {
    const text = await pkg.text(CONTENT_TYPES_PART);
    return new ContentTypes(parseXml(text ?? `<Types xmlns="${NS.ct}"/>`, CONTENT_TYPES_PART));
  }

  private els(name: 'Default' | 'Override'): Element[] {
    return childElements(this.doc.documentElement!, name);
  }

  /** The content type of a part name ("xl/workbook.xml"), or null. */
  typeOf(part: string): string | null {
    const name = `/${part.replace(/^\/+/, '')}`.toLowerCase();
    const o = this.els('Override').find((e) => (e.getAttribute('PartName') ?? '').toLowerCase() === name);
    if (o) return o.getAttribute('ContentType');
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
    const d = this.els('Default').find((e) => (e.getAttribute('Extension') ?? '').toLowerCase() === ext);
    return d ? d.getAttribute('ContentType') : null;
  }

  setOverride(part: string, type: string): void {
    this.removeOverride(part);
    const el = this.doc.createElementNS(NS.ct, 'Override');
    el.setAttribute('PartName', `/${part.replace(/^\/+/, '')}`);
    el.setAttribute('ContentType', type);
    this.doc.documentElement!.appendChild(el);
    this.dirty = true;
  }

  removeOverride(part: string): void {
    const name = `/${part.replace(/^\/+/, '')}`.toLowerCase();
    for (const e of this.els('Override')) {
      if ((e.getAttribute('PartName') ?? '').toLowerCase() === name) {
        this.doc.documentElement!.removeChild(e);
        this.dirty = true;
      }
    }
  }

  /** Adds a Default for an extension when there is none (Defaults go before Overrides). */
  ensureDefault(ext: string, type: string): void {
    if (this.els('Default').some((e) => (e.getAttribute('Extension') ?? '').toLowerCase() === ext.toLowerCase()))
      return;
    const el = this.doc.createElementNS(NS.ct, 'Default');
    el.setAttribute('Extension', ext);
    el.setAttribute('ContentType', type);
    this.doc.documentElement!.insertBefore(el, this.els('Override')[0] ?? null);
    this.dirty = true;
  }

  save(pkg: OpcPackage): void {
    if (this.dirty) pkg.setText(CONTENT_TYPES_PART, serializeXml(this.doc));
    this.dirty = false;
  }
}
