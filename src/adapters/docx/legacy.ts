/**
 * The one call site for legacy Vietnamese encodings (TCVN3 ".VnTime", ABC, VNI fonts) in Word text.
 * TODO(merge w-reader): wire the shared converter of src/core/text here; until then text passes unchanged.
 * `font` is the run's font (w:rFonts ascii/hAnsi, then the paragraph style's), so the converter can pick the encoding.
 */
export function normalizeLegacy(text: string, _font: string | undefined): string {
  return text;
}
