// A small strict XML 1.0 well-formedness parser, enough to check an add-in manifest offline:
// prolog (declaration, comments, processing instructions), one root element, attributes (quoted, unique),
// character and predefined entity references, comments, CDATA, matching end tags, declared namespace prefixes.
// DOCTYPE is refused (a manifest has none). Returns a tree of { name, attrs, children, text, line };
// throws XmlError with the line and column of the first problem.

export class XmlError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlError';
    this.line = line;
    this.column = column;
  }
}

const NAME_START =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const NAME_CHAR =
  /[-.0-9\u00B7\u0300-\u036F\u203F-\u2040A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Characters XML 1.0 does not allow anywhere (C0 controls except tab, LF, CR; U+FFFE/U+FFFF).
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** An element: its qualified name, attributes, child elements, text (character data and CDATA) and start line. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

export function parseXml(input: string): XmlNode {
  let src = String(input);
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  let pos = 0;

  const where = (at = pos): [number, number] => {
    const before = src.slice(0, at).split('\n');
    return [before.length, before[before.length - 1].length + 1];
  };
  const fail: (msg: string, at?: number) => never = (msg, at = pos) => {
    const [line, col] = where(at);
    throw new XmlError(msg, line, col);
  };
  const bad = BAD_CHAR.exec(src);
  if (bad) fail(`character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`, bad.index);

  const startsWith = (s: string): boolean => src.startsWith(s, pos);
  const skipSpace = (): void => {
    while (pos < src.length && ' \t\r\n'.includes(src[pos])) pos++;
  };
  const readName = (): string => {
    const start = pos;
    if (pos >= src.length || !NAME_START.test(src[pos])) fail('a name was expected');
    pos++;
    while (pos < src.length && NAME_CHAR.test(src[pos])) pos++;
    return src.slice(start, pos);
  };
  const decode = (raw: string, at: number): string => {
    if (raw.includes('<')) fail("'<' is not allowed here", at + raw.indexOf('<'));
    return raw.replace(/&([^;]*);|&/g, (_m: string, ref: string | undefined, offset: number): string => {
      if (ref === undefined) fail("'&' must start an entity reference such as &amp;", at + offset);
      if (ref in PREDEFINED) return PREDEFINED[ref];
      const num = /^#x([0-9A-Fa-f]+)$/.exec(ref) || /^#([0-9]+)$/.exec(ref);
      if (num) {
        const code = parseInt(num[1], ref[1] === 'x' ? 16 : 10);
        const ok =
          code === 0x9 ||
          code === 0xa ||
          code === 0xd ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff);
        if (!ok) fail(`character reference &${ref}; is not a legal XML character`, at + offset);
        return String.fromCodePoint(code);
      }
      return fail(`unknown entity &${ref};`, at + offset);
    });
  };
  const skipComment = (): void => {
    const end = src.indexOf('-->', pos + 4);
    if (end < 0) fail('unterminated comment');
    if (src.slice(pos + 4, end).includes('--') || (end > pos + 4 && src[end - 1] === '-'))
      fail("'--' is not allowed inside a comment");
    pos = end + 3;
  };
  const skipPi = (allowDecl: boolean): void => {
    const start = pos;
    pos += 2;
    const target = readName();
    if (target.toLowerCase() === 'xml' && !(allowDecl && start === 0 && target === 'xml')) {
      fail('the XML declaration may only appear at the very start', start);
    }
    const end = src.indexOf('?>', pos);
    if (end < 0) fail('unterminated processing instruction', start);
    if (target === 'xml' && !/^\s+version\s*=\s*("1\.[0-9]+"|'1\.[0-9]+')/.test(src.slice(pos, end))) {
      fail('the XML declaration needs version="1.x" first', start);
    }
    pos = end + 2;
  };
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (startsWith('<!--')) skipComment();
      else if (startsWith('<?')) skipPi(false);
      else return;
    }
  };

  const parseElement = (scopes: Record<string, string>): XmlNode => {
    const openAt = pos;
    pos++; // '<'
    const name = readName();
    const attrs: Record<string, string> = {};
    const [line] = where(openAt);
    for (;;) {
      const hadSpace = pos < src.length && ' \t\r\n'.includes(src[pos]);
      skipSpace();
      if (startsWith('/>') || startsWith('>')) break;
      if (pos >= src.length) fail(`unterminated start tag <${name}>`, openAt);
      if (!hadSpace) fail('whitespace is required between attributes');
      const attrAt = pos;
      const attr = readName();
      skipSpace();
      if (src[pos] !== '=') fail(`attribute ${attr} needs '=' and a quoted value`);
      pos++;
      skipSpace();
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of attribute ${attr} must be quoted`);
      const end = src.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated value of attribute ${attr}`);
      if (Object.prototype.hasOwnProperty.call(attrs, attr)) fail(`attribute ${attr} appears twice`, attrAt);
      attrs[attr] = decode(src.slice(pos + 1, end), pos + 1);
      pos = end + 1;
    }
    const scope = Object.create(scopes) as Record<string, string>;
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
    }
    const checkPrefix = (qname: string, at: number): void => {
      const i = qname.indexOf(':');
      if (i < 0) return;
      const prefix = qname.slice(0, i);
      if (prefix !== 'xmlns' && prefix !== 'xml' && !(prefix in scope))
        fail(`namespace prefix '${prefix}' is not declared`, at);
    };
    checkPrefix(name, openAt);
    for (const k of Object.keys(attrs)) checkPrefix(k, openAt);

    const node: XmlNode = { name, attrs, children: [], text: '', line };
    if (startsWith('/>')) {
      pos += 2;
      return node;
    }
    pos++; // '>'
    for (;;) {
      if (pos >= src.length) fail(`element <${name}> is not closed`, openAt);
      if (startsWith('</')) {
        const closeAt = pos;
        pos += 2;
        const closing = readName();
        skipSpace();
        if (src[pos] !== '>') fail(`end tag </${closing}> is not terminated`);
        pos++;
        if (closing !== name) fail(`end tag </${closing}> does not match <${name}> of line ${line}`, closeAt);
        return node;
      }
      if (startsWith('<!--')) skipComment();
      else if (startsWith('<![CDATA[')) {
        const end = src.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA section');
        node.text += src.slice(pos + 9, end);
        pos = end + 3;
      } else if (startsWith('<?')) skipPi(false);
      else if (startsWith('<!')) fail("'<!' starts only comments or CDATA inside an element");
      else if (src[pos] === '<') node.children.push(parseElement(scope));
      else {
        const next = src.indexOf('<', pos);
        const raw = src.slice(pos, next < 0 ? src.length : next);
        if (raw.includes(']]>')) fail("']]>' is not allowed in text", pos + raw.indexOf(']]>'));
        node.text += decode(raw, pos);
        pos += raw.length;
      }
    }
  };

  if (startsWith('<?xml')) skipPi(true);
  skipMisc();
  if (startsWith('<!DOCTYPE')) fail('DOCTYPE is not supported here');
  if (src[pos] !== '<') fail(pos >= src.length ? 'no root element' : 'text before the root element');
  const root = parseElement({});
  skipMisc();
  if (pos < src.length) fail('content after the root element');
  return root;
}

/** The name without its namespace prefix ("bt:Url" → "Url"). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** An element with its ancestors' local names, root first. */
export interface Walked {
  node: XmlNode;
  path: string[];
}

/** Every element of the tree, depth first, each with its ancestors' local names. */
export function walk(root: XmlNode): Walked[] {
  const out: Walked[] = [];
  const visit = (node: XmlNode, path: string[]): void => {
    out.push({ node, path });
    for (const child of node.children) visit(child, [...path, localName(node.name)]);
  };
  visit(root, []);
  return out;
}
