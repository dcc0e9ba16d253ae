/** Node's zlib deflates chiso's new parts in the CLI (several times faster than JSZip's JavaScript deflater). */
import * as zlib from 'zlib';
import { precompressor } from './package/precompress';

export const nodePrecompress = precompressor((data) => zlib.deflateRawSync(data, { level: 6 }));
