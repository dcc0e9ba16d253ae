// Draws chiso's add-in and web app icons (assets/icon-16/32/64/80/192/512.png) without any image tool:
// a teal rounded square with three rising white bars (an index going up), 4x4 supersampled,
// written as 8-bit RGBA PNG with zlib. Run: node lib/scripts/make-icons.js after `npm run build:cli` (the PNGs are
// committed).
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT } from './lib/root';

type Rgb = readonly [number, number, number];

const SIZES = [16, 32, 64, 80, 192, 512]; // 192 and 512: the web app manifest (installable page)
const TEAL: Rgb = [15, 118, 110];
const WHITE: Rgb = [255, 255, 255];
const SS = 4; // samples per pixel per axis

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes width×height RGBA pixels (Uint8Array, row-major) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour of the design at a point in unit coordinates (0..1), or null for transparent. */
function shade(x: number, y: number): Rgb | null {
  const r = 0.18; // corner radius of the rounded square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const bars: Array<[number, number]> = [
    [0.2, 0.62],
    [0.42, 0.45],
    [0.64, 0.26],
  ]; // [left, top]; every bar ends at 0.8
  for (const [left, top] of bars) if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return WHITE;
  return TEAL;
}

export function drawIcon(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let rs = 0,
        gs = 0,
        bs = 0,
        covered = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (!c) continue;
          rs += c[0];
          gs += c[1];
          bs += c[2];
          covered++;
        }
      }
      const i = (y * size + x) * 4;
      if (covered > 0) {
        px[i] = Math.round(rs / covered);
        px[i + 1] = Math.round(gs / covered);
        px[i + 2] = Math.round(bs / covered);
        px[i + 3] = Math.round((255 * covered) / (SS * SS));
      }
    }
  }
  return encodePng(size, size, px);
}

if (require.main === module) {
  const outDir = path.join(ROOT, 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}
