/** Saves bytes as a file from the page: a Blob behind a temporary <a download> (no server, no network). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSM_MIME = 'application/vnd.ms-excel.sheet.macroEnabled.12';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function mimeOf(name: string): string {
  if (/\.docx$/i.test(name)) return DOCX_MIME;
  return /\.xlsm$/i.test(name) ? XLSM_MIME : XLSX_MIME;
}

export function saveBytes(name: string, bytes: Uint8Array, doc: Document = document): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: mimeOf(name) });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
