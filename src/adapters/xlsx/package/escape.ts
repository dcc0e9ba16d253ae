/**
 * The one text boundary of everything chiso writes into SpreadsheetML: XML 1.0 forbids most control characters
 * (even as character references), so they are written the OOXML way, `_xHHHH_` (ECMA-376 ST_Xstring), which Excel,
 * LibreOffice and openpyxl decode back. A literal `_xHHHH_` already in the text is protected as `_x005F_xHHHH_` so it
 * is not decoded into a character it never was. Lone surrogates (not characters at all) become U+FFFD.
 */

// Possibly forbidden in XML 1.0: C0 controls except tab, LF, CR; U+FFFE, U+FFFF; surrogates (checked in pairs below).
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
// Every underscore that starts something a reader would decode (lookahead: "_x005F_x0041_" has two).
const LITERAL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;
const SPECIAL = /[&<>"\r]/g;
const ATTR_SPECIAL = /[&<>"\r\n\t]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Replaces every character XML 1.0 forbids by `escape(code)` (a lone surrogate by U+FFFD). */
function replaceForbidden(s: string, escape: (code: number) => string): string {
  if (!SUSPECT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) out += escape(c);
    else out += s[i];
  }
  return out;
}

/** Text as OOXML stores it (before XML escaping): forbidden characters as `_xHHHH_`, literal escapes protected. */
export function ooxmlString(s: string): string {
  // CR too: XML parsers turn a raw CR into LF; Excel itself writes it as _x000D_.
  const out = replaceForbidden(s.replace(LITERAL_ESCAPE, '_x005F_'), (code) => `_x${hex4(code)}_`);
  return out.includes('\r') ? out.replace(/\r/g, '_x000D_') : out;
}

/** Escapes &, <, >, " and CR for element content. */
export function xmlEscape(s: string): string {
  return s.replace(SPECIAL, (c) => ENTITY[c]);
}

/** An attribute value (double-quoted): forbidden characters as `_xHHHH_`, tab and line breaks kept as references. */
export function xmlAttr(s: string): string {
  return ooxmlString(s).replace(ATTR_SPECIAL, (c) => ENTITY[c]);
}

// Anything xmlText has to change: XML specials, CR, controls, surrogates, U+FFFE/F, or a possible "_xHHHH_".
const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/** A cell text or any other text chiso writes: OOXML-escaped, then XML-escaped. */
export function xmlText(s: string): string {
  return NEEDS_WORK.test(s) ? xmlEscape(ooxmlString(s)) : s;
}

/**
 * Text inside a formula: forbidden characters cannot be escaped there (Excel does not decode `_xHHHH_` in formulas),
 * so they are dropped; the rest is XML-escaped.
 */
export function xmlFormula(s: string): string {
  return xmlEscape(replaceForbidden(s, () => ''));
}

/** Decodes `_xHHHH_` escapes (the reverse of ooxmlString, for tests and readers of chiso's own sheets). */
export function decodeOoxmlString(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
