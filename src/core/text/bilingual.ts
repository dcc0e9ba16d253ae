/**
 * One shape for every text chiso says in both languages: problems (Issue.message), function failures (Fail.message),
 * port errors (PortError.text), deadline reasons, framework names. Vietnamese is what users see first; English
 * follows. A pair is one value, so it travels together and is never half-translated.
 */
export interface Bilingual {
  /** Vietnamese (NFC), shown first. */
  vi: string;
  /** English. */
  en: string;
}

/** Both on one line, Vietnamese first ("… / …"): for places that show one text to everyone (a cell, a log line). */
export function oneLine(b: Bilingual): string {
  return `${b.vi} / ${b.en}`;
}
