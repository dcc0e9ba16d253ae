/** Node's zlib deflates chiso's new parts in the CLI (faster than a JavaScript deflater on large sheets). */
import * as zlib from 'zlib';
import type { DeflateRaw } from '../zip/write';

export const nodePrecompress: DeflateRaw = (data) => zlib.deflateRawSync(data, { level: 6 });
