/** Classifies a file's first bytes before unzipping (no exceljs here: the pane's Excel mode reads Word without it). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptedPackage" in UTF-16LE: the stream an encrypted Office file keeps inside its OLE container. */
const ENCRYPTED = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (b: Uint8Array, m: number[]) => b.length >= m.length && m.every((x, i) => b[i] === x);

function contains(b: Uint8Array, needle: number[]): boolean {
  for (let i = b.indexOf(needle[0]); i >= 0 && i <= b.length - needle.length; i = b.indexOf(needle[0], i + 1)) {
    if (needle.every((x, k) => b[i + k] === x)) return true;
  }
  return false;
}

/** 'zip' for a package to open; else why it cannot be a .docx. */
export function sniffDocx(bytes: Uint8Array): 'zip' | 'ENCRYPTED' | 'DOC' | 'NOT_DOCX' {
  if (startsWith(bytes, OLE)) return contains(bytes, ENCRYPTED) ? 'ENCRYPTED' : 'DOC';
  return startsWith(bytes, ZIP) ? 'zip' : 'NOT_DOCX';
}
