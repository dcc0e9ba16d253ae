/**
 * What every XML part of an .xlsx or .docx package goes through before a parser sees it, the same for both:
 * its bytes decoded (UTF-8 with or without a byte-order mark, as .NET writes them; UTF-16 when it starts with a
 * UTF-16 byte-order mark — the two encodings OPC allows), and the refusal of entity declarations, named as such.
 */
import type { Bilingual } from '../../core/text';

/**
 * Why a file with `<!DOCTYPE … [<!ENTITY …>]>` in a part is refused (entity expansion is how "billion laughs" files
 * work; OOXML parts carry no DTD at all).
 */
export function entityDeclaration(name: string): Bilingual {
  return {
    vi: `Tệp "${name}" có phần XML khai báo thực thể (<!ENTITY>), chiso không đọc tệp như vậy`,
    en: `"${name}" has an XML part that declares an entity (<!ENTITY>), which chiso does not read`,
  };
}

/** The encoding a part's first bytes name: UTF-16 by its byte-order mark, UTF-8 otherwise. */
export function xmlEncoding(head: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** A part's text, the byte-order mark dropped. */
export function xmlPartText(bytes: Uint8Array): string {
  // TextDecoder drops a leading byte-order mark of its encoding (ignoreBOM is false by default).
  return new TextDecoder(xmlEncoding(bytes)).decode(bytes);
}

/**
 * Whether a DOCTYPE before the root element declares an entity. Only the prolog is looked at: in the body a literal
 * "<!ENTITY" can only be inside a comment or CDATA, where it declares nothing.
 */
export function declaresEntity(text: string): boolean {
  const root = text.search(/<[^!?]/);
  const prolog = root < 0 ? text : text.slice(0, root);
  return /<!DOCTYPE/i.test(prolog) && /<!ENTITY/.test(prolog);
}
