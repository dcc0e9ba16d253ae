/**
 * The one call site for legacy Vietnamese encodings (TCVN3 ".VnTime", ABC, VNI fonts) in Word text: the shared
 * converter of src/core/text, the same one the workbook reader uses. `font` is the run's font (w:rFonts ascii/hAnsi,
 * then the paragraph style's), so the encoding follows the font when there is one, else the text's byte pattern.
 */
import { detectLegacy, legacyToUnicode } from '../../core/text/legacy';

export function normalizeLegacy(text: string, font: string | undefined): string {
  const guess = detectLegacy(text, font);
  return guess ? legacyToUnicode(text, guess.encoding, { upper: guess.upper }) : text;
}
