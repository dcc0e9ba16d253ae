/**
 * An OPC package (an .xlsx/.xlsm zip) over JSZip. Part names are written without the leading "/"
 * ("xl/workbook.xml") and looked up case-insensitively, as OPC requires. Parts that are never set keep their
 * compressed bytes on save: JSZip reuses an entry's compressed data when the entry's compression method is the one
 * used to write it, so each untouched entry is written with its own method (stored stays stored, deflated stays
 * deflated) and is copied, not inflated and deflated again (test/adapters/xlsx/package.test.ts checks the raw bytes).
 */
import JSZip from 'jszip';
import { PartIndex, partName } from './part-names';

export interface PackageOptions {
  /**
   * Turns a part's data into an already-compressed JSZip entry as it is set (the CLI passes
   * `precompressor(zlib.deflateRawSync)` from ./precompress, Node only); JSZip deflates otherwise.
   */
  precompress?: (data: string | Uint8Array) => object;
}

/** A package that cannot be opened (not a zip, or a zip JSZip cannot read). */
export class PackageError extends Error {
  constructor(
    readonly code: 'NOT_ZIP' | 'NO_PART' | 'BAD_XML',
    message: string,
    readonly part?: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

type Entry = JSZip.JSZipObject & { _data?: { compression?: { magic?: string } }; options: { compression?: string } };

const STORE_MAGIC = '\x00\x00';

export class OpcPackage {
  private readonly index: PartIndex;
  private readonly touched = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly opts: PackageOptions = {},
  ) {
    this.index = new PartIndex(Object.keys(zip.files).filter((name) => !zip.files[name].dir));
  }

  /** Opens package bytes; throws PackageError('NOT_ZIP') when JSZip cannot read them. */
  static async open(bytes: Uint8Array | ArrayBuffer, opts: PackageOptions = {}): Promise<OpcPackage> {
    try {
      return new OpcPackage(await JSZip.loadAsync(bytes), opts);
    } catch (e) {
      throw new PackageError('NOT_ZIP', e instanceof Error ? e.message : String(e));
    }
  }

  /** An empty package (parts are added with setText/setBytes). */
  static create(opts: PackageOptions = {}): OpcPackage {
    return new OpcPackage(new JSZip(), opts);
  }

  /** Every part name, in the zip's order. */
  parts(): string[] {
    return this.index.names();
  }

  /** The stored name of a part (case-insensitive), or null. */
  find(name: string): string | null {
    return this.index.find(name);
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** A part as UTF-8 text (a UTF-8 BOM dropped), or null when absent. */
  async text(name: string): Promise<string | null> {
    const found = this.find(name);
    if (!found) return null;
    const s = await this.zip.files[found].async('string');
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  async bytes(name: string): Promise<Uint8Array | null> {
    const found = this.find(name);
    return found ? this.zip.files[found].async('uint8array') : null;
  }

  /** Writes a part (replacing one of the same name whatever its case). */
  setText(name: string, text: string): void {
    this.put(name, text);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.put(name, bytes);
  }

  remove(name: string): void {
    const found = this.find(name);
    if (!found) return;
    this.zip.remove(found);
    this.index.delete(found);
    this.touched.add(found);
  }

  /** Parts set or removed since the package was opened. */
  changed(): string[] {
    return [...this.touched];
  }

  /** The package as zip bytes: new parts deflated, untouched parts copied with their own compression. */
  async save(): Promise<Uint8Array> {
    for (const name of this.index.names()) {
      if (this.touched.has(name)) continue;
      const entry = this.zip.files[name] as Entry;
      if (entry._data?.compression?.magic === STORE_MAGIC) entry.options.compression = 'STORE';
    }
    return this.zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
      platform: 'DOS',
    });
  }

  private put(name: string, data: string | Uint8Array): void {
    const clean = partName(name);
    // An existing part keeps its stored spelling (other parts refer to it) and its place in the zip.
    const target = this.find(clean) ?? clean;
    const pre = this.opts.precompress;
    if (pre) this.zip.file(target, pre(data) as unknown as Uint8Array, { binary: true, createFolders: false });
    else this.zip.file(target, data, { binary: typeof data !== 'string', createFolders: false });
    this.index.add(target);
    this.touched.add(target);
  }
}
