/**
 * A zip read from its central directory (PKWARE APPNOTE 4.3.12–4.3.16, ZIP64 included): each entry's name, method,
 * CRC, declared sizes and where its compressed bytes are, nothing inflated up front. The project's own because no
 * well-kept library hands out an entry's compressed bytes as stored, which the OPC writer copies for every part it
 * leaves alone; inflating is fflate's (public API). No Node modules (the browser's file mode shares it).
 */
import { Inflate, inflateSync } from 'fflate';

export interface ZipEntry {
  /** The name as stored (UTF-8), e.g. "xl/workbook.xml" or "xl\\media\\a.png". */
  readonly name: string;
  readonly dir: boolean;
  /** 0 stored, 8 deflated (others are copied but not inflated). */
  readonly method: number;
  /** General-purpose bit flag (bit 0: encrypted; bits 1–2: deflate options; bit 3: data descriptor). */
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (a zip bomb may lie; inflating counts the real bytes). */
  readonly size: number;
  /** The entry's DOS time, when it is a valid date fflate can write again. */
  readonly mtime?: Date;
  readonly comment?: string;
  /** Offset of the compressed bytes in the zip. */
  readonly dataStart: number;
}

/** Bytes that are not a zip this reader can open, or an entry that cannot be inflated. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');
/** Compressed bytes handed to the inflater at a time: at most ~32 MB of output each (deflate's 1032:1 ratio). */
const SLICE = 32 * 1024;

function dosDate(date: number, time: number): Date | undefined {
  const year = (date >> 9) + 1980;
  const month = (date >> 5) & 15;
  const day = date & 31;
  const h = time >> 11;
  const m = (time >> 5) & 63;
  const s = (time & 31) * 2;
  // fflate writes years 1980–2099 only; an invalid or out-of-range stamp gets the time of writing.
  if (month < 1 || month > 12 || day < 1 || h > 23 || m > 59 || s > 59 || year > 2099) return undefined;
  return new Date(year, month - 1, day, h, m, s);
}

/** Compressed bytes of method 0 or 8 inflated (a copy for stored ones). */
export function inflateData(name: string, method: number, raw: Uint8Array): Uint8Array {
  if (method === 0) return raw.slice();
  if (method !== 8) throw new ZipError(`${name}: compression method ${method} is not supported`);
  try {
    return inflateSync(raw);
  } catch (e) {
    throw new ZipError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export class ZipReader {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(private readonly bytes: Uint8Array) {}

  /** Reads the directory; throws ZipError when the bytes are not a readable zip. */
  static open(input: Uint8Array | ArrayBuffer): ZipReader {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const zip = new ZipReader(bytes);
    zip.readDirectory();
    return zip;
  }

  /** Entries in directory order; a name stored twice keeps its first place and its last entry. */
  entries(): ZipEntry[] {
    return [...this.byName.values()];
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The entry's compressed bytes exactly as stored (a view, not a copy). */
  raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }

  /** The whole entry inflated. */
  inflate(entry: ZipEntry): Uint8Array {
    this.check(entry);
    return inflateData(entry.name, entry.method, this.raw(entry));
  }

  /**
   * The entry inflated a slice at a time, so a caller counting bytes can stop a zip bomb before it fills memory
   * (each chunk comes from at most `slice` compressed bytes, 32 KB unless said; a stored entry comes in views of
   * 32 slices).
   */
  *chunks(entry: ZipEntry, slice = SLICE): Generator<Uint8Array> {
    this.check(entry);
    const raw = this.raw(entry);
    if (entry.method === 0) {
      for (let i = 0; i < raw.length; i += slice * 32) yield raw.subarray(i, i + slice * 32);
      return;
    }
    let out: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      if (chunk.length) out.push(chunk);
    });
    for (let i = 0; i < raw.length || i === 0; i += slice) {
      try {
        inflater.push(raw.subarray(i, i + slice), i + slice >= raw.length);
      } catch (e) {
        throw new ZipError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const ready = out;
      out = [];
      yield* ready;
    }
  }

  private check(entry: ZipEntry): void {
    if (entry.flags & 1) throw new ZipError(`${entry.name}: encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported`);
  }

  private u16(p: number): number {
    this.need(p, 2);
    return this.bytes[p] | (this.bytes[p + 1] << 8);
  }

  private u32(p: number): number {
    this.need(p, 4);
    return (this.bytes[p] | (this.bytes[p + 1] << 8) | (this.bytes[p + 2] << 16) | (this.bytes[p + 3] << 24)) >>> 0;
  }

  private u64(p: number): number {
    return this.u32(p) + this.u32(p + 4) * 2 ** 32;
  }

  private need(p: number, n: number): void {
    if (p < 0 || p + n > this.bytes.length) throw new ZipError('truncated zip');
  }

  private findEnd(): number {
    const last = this.bytes.length - 22;
    for (let p = last; p >= 0 && p >= last - 0xffff; p--) if (this.u32(p) === EOCD) return p;
    throw new ZipError('no end of central directory (not a zip)');
  }

  private readDirectory(): void {
    const end = this.findEnd();
    let count = this.u16(end + 10);
    let cdSize = this.u32(end + 12);
    let cdOffset = this.u32(end + 16);
    let shift = end - (cdOffset + cdSize);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || this.u32(locator) !== EOCD64_LOCATOR) throw new ZipError('no ZIP64 end of directory');
      const end64 = this.u64(locator + 8);
      if (this.u32(end64) !== EOCD64) throw new ZipError('bad ZIP64 end of directory');
      count = this.u64(end64 + 32);
      cdSize = this.u64(end64 + 40);
      cdOffset = this.u64(end64 + 48);
      shift = end64 - (cdOffset + cdSize);
    }
    // Bytes before the zip (a self-extractor stub, a prefix) move every offset by the same amount.
    if (shift < 0) throw new ZipError('central directory out of range');
    let p = cdOffset + shift;
    for (let i = 0; i < count; i++) {
      if (this.u32(p) !== CENTRAL) throw new ZipError('bad central directory');
      const madeBy = this.u16(p + 4);
      const flags = this.u16(p + 8);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      this.need(p + 46, nameLen + extraLen + commentLen);
      const name = utf8.decode(this.bytes.subarray(p + 46, p + 46 + nameLen));
      let size = this.u32(p + 24);
      let compressedSize = this.u32(p + 20);
      let local = this.u32(p + 42);
      // ZIP64 extended information: the 64-bit values of the fields that read 0xFFFFFFFF, in this order.
      for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; x += 4 + this.u16(x + 2)) {
        if (this.u16(x) !== 1) continue;
        let q = x + 4;
        if (size === 0xffffffff) {
          size = this.u64(q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = this.u64(q);
          q += 8;
        }
        if (local === 0xffffffff) local = this.u64(q);
      }
      local += shift;
      if (this.u32(local) !== LOCAL) throw new ZipError(`${name}: no local header`);
      const dataStart = local + 30 + this.u16(local + 26) + this.u16(local + 28);
      this.need(dataStart, compressedSize);
      const external = this.u32(p + 38);
      const dosDir = madeBy >> 8 === 0 && (external & 0x10) !== 0;
      const comment = commentLen
        ? utf8.decode(this.bytes.subarray(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen))
        : undefined;
      this.byName.set(name, {
        name,
        dir: name.endsWith('/') || dosDir,
        method: this.u16(p + 10),
        flags,
        crc: this.u32(p + 16),
        compressedSize,
        size,
        mtime: dosDate(this.u16(p + 14), this.u16(p + 12)),
        comment,
        dataStart,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }
}
