import { localName, parseXml, walk } from '../../scripts/lib/xml';

describe('scripts/lib/xml.ts (strict well-formedness)', () => {
  it('parses elements, attributes, entities, comments, CDATA and namespaces', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><r xmlns:bt="urn:x" a=\'1 &amp; 2\'><bt:s id="x">Chỉ số &#x110;&#273;</bt:s><![CDATA[<raw>]]><e/></r>\n',
    );
    expect(root.name).toBe('r');
    expect(root.attrs.a).toBe('1 & 2');
    expect(root.text).toBe('<raw>');
    const nodes = walk(root);
    expect(nodes.map((n) => n.node.name)).toEqual(['r', 'bt:s', 'e']);
    expect((nodes[1].node as unknown as { text: string }).text).toBe('Chỉ số Đđ');
    expect(nodes[1].path).toEqual(['r']);
    expect(localName('bt:Url')).toBe('Url');
  });

  it.each([
    ['<a>', /not closed/],
    ['<a></b>', /does not match/],
    ['<a x=1/>', /must be quoted/],
    ['<a x="1" x="2"/>', /appears twice/],
    ['<a x="1"y="2"/>', /whitespace is required/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>x & y</a>', /entity reference/],
    ['<a b="<"/>', /'<' is not allowed/],
    ['<a>&#0;</a>', /not a legal XML character/],
    ['<a/><b/>', /after the root element/],
    ['text<a/>', /text before the root element/],
    ['', /no root element/],
    ['<bt:a/>', /prefix 'bt' is not declared/],
    ['<a><!-- a -- b --></a>', /'--' is not allowed/],
    ['<a>]]></a>', /']]>' is not allowed/],
    [' <?xml version="1.0"?><a/>', /only appear at the very start/],
    ['<!DOCTYPE a><a/>', /DOCTYPE/],
    ['<a>\u0001</a>', /not allowed in XML/],
    ['<a>\n  <b>\n</a>', /line 3/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
