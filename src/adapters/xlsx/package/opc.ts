/**
 * An OPC package (an .xlsx/.xlsm zip): the source's central directory (zip/read.ts) and the parts set since, written
 * with fflate (zip/write.ts). Part names are written without the leading "/" ("xl/workbook.xml") and looked up
 * case-insensitively, as OPC requires. A part that is never set is written back as its compressed bytes, method, CRC
 * and sizes from the source — copied, never inflated and deflated again (test/adapters/xlsx/package.test.ts checks
 * the raw bytes); a part that is set is deflated at once, so memory holds compressed bytes only.
 */
import { ZipReader, inflateData, type ZipEntry } from '../../zip/read';
import { xmlPartText } from '../../zip/xml-part';
import { fflateDeflate, packEntry, packPieces, writeZip, type DeflateRaw, type PackedEntry } from '../../zip/write';
import { PartIndex, partName } from './part-names';

export interface PackageOptions {
  /**
   * The deflater for the parts that are set (the CLI passes Node's zlib, `nodePrecompress` from ../node-deflate);
   * fflate's otherwise.
   */
  precompress?: DeflateRaw;
}

/** A package that cannot be opened (not a zip, or a zip that cannot be read). */
export class PackageError extends Error {
  constructor(
    readonly code: 'NOT_ZIP' | 'NO_PART' | 'BAD_XML' | 'ENTITY' | 'STRICT',
    message: string,
    readonly part?: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

/** An entry of the package: still the source's, or set since. */
type Slot = { source: ZipEntry } | { packed: PackedEntry };

export class OpcPackage {
  private readonly index: PartIndex;
  /** Every entry (folders too, which are written back) by stored name, in zip order. */
  private readonly slots = new Map<string, Slot>();
  private readonly touched = new Set<string>();

  private constructor(
    private readonly zip: ZipReader | null,
    private readonly opts: PackageOptions = {},
  ) {
    for (const entry of zip?.entries() ?? []) this.slots.set(entry.name, { source: entry });
    this.index = new PartIndex((zip?.entries() ?? []).filter((e) => !e.dir).map((e) => e.name));
  }

  /** Opens package bytes; throws PackageError('NOT_ZIP') when they are not a readable zip. */
  static open(bytes: Uint8Array | ArrayBuffer, opts: PackageOptions = {}): Promise<OpcPackage> {
    // Reading the directory is synchronous; the promise (kept for the API) carries a failure as a rejection.
    return Promise.resolve().then(() => {
      try {
        return new OpcPackage(ZipReader.open(bytes), opts);
      } catch (e) {
        throw new PackageError('NOT_ZIP', e instanceof Error ? e.message : String(e));
      }
    });
  }

  /** An empty package (parts are added with setText/setBytes). */
  static create(opts: PackageOptions = {}): OpcPackage {
    return new OpcPackage(null, opts);
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

  /** A part as text (UTF-8, or UTF-16 by its byte-order mark; the mark dropped), or null when absent. */
  async text(name: string): Promise<string | null> {
    const bytes = await this.bytes(name);
    return bytes ? xmlPartText(bytes) : null;
  }

  bytes(name: string): Promise<Uint8Array | null> {
    return Promise.resolve().then(() => this.inflated(name));
  }

  private inflated(name: string): Uint8Array | null {
    const found = this.find(name);
    const slot = found ? this.slots.get(found) : undefined;
    if (!slot) return null;
    if ('packed' in slot) return inflateData(slot.packed.name, slot.packed.compression, slot.packed.data);
    try {
      return this.zip!.inflate(slot.source);
    } catch (e) {
      throw new PackageError('NOT_ZIP', e instanceof Error ? e.message : String(e), found!);
    }
  }

  /** Writes a part (replacing one of the same name whatever its case). */
  setText(name: string, text: string): void {
    this.put(name, text);
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.put(name, bytes);
  }

  /** Writes a part whose text `fill` gives in pieces, deflated as they come (a big sheet is never one string). */
  setTextPieces(name: string, fill: (write: (text: string) => void) => void): void {
    this.put(name, fill);
  }

  remove(name: string): void {
    const found = this.find(name);
    if (!found) return;
    this.slots.delete(found);
    this.index.delete(found);
    this.touched.add(found);
  }

  /** Parts set or removed since the package was opened. */
  changed(): string[] {
    return [...this.touched];
  }

  /** The package as zip bytes: set parts as deflated when set, the others copied as the source stored them. */
  save(): Promise<Uint8Array> {
    return Promise.resolve().then(() => this.zipBytes());
  }

  private zipBytes(): Uint8Array {
    const zip = this.zip;
    return writeZip(
      [...this.slots.values()].map((slot): PackedEntry => {
        if ('packed' in slot) return slot.packed;
        const e = slot.source;
        return {
          name: e.name,
          compression: e.method,
          crc: e.crc,
          size: e.size,
          data: zip!.raw(e),
          flag: (e.flags >> 1) & 3,
          mtime: e.mtime,
          comment: e.comment,
        };
      }),
    );
  }

  private put(name: string, data: string | Uint8Array | ((write: (text: string) => void) => void)): void {
    const clean = partName(name);
    // An existing part keeps its stored spelling (other parts refer to it) and its place in the zip.
    const target = this.find(clean) ?? clean;
    const deflate = this.opts.precompress ?? fflateDeflate;
    const packed = typeof data === 'function' ? packPieces(target, data, deflate) : packEntry(target, data, deflate);
    this.slots.set(target, { packed });
    this.index.add(target);
    this.touched.add(target);
  }
}
