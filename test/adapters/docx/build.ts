/** Builds small Word documents from raw WordprocessingML (JSZip), for the docx adapter's tests. */
import JSZip from 'jszip';

export interface CellSpec {
  /** Paragraphs of the cell (each may hold "\t" and "\n" → w:tab, w:br). */
  paras?: string[];
  /** List numbering on the (first) paragraph. */
  num?: { id: number; ilvl?: number };
  span?: number;
  vmerge?: 'restart' | 'continue';
  /** A table nested in the cell, after its paragraphs. */
  nested?: CellIn[][];
}
export type CellIn = string | CellSpec;
export type Block = { p: string; center?: boolean } | { table: CellIn[][]; headerRows?: number };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string): string {
  const parts = text.split(/(\t|\n)/);
  return parts
    .map((t) =>
      t === '\t'
        ? '<w:r><w:tab/></w:r>'
        : t === '\n'
          ? '<w:r><w:br/></w:r>'
          : t
            ? `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`
            : '',
    )
    .join('');
}

function para(text: string, opts: { num?: CellSpec['num']; center?: boolean } = {}): string {
  const ppr = [
    opts.num ? `<w:numPr><w:ilvl w:val="${opts.num.ilvl ?? 0}"/><w:numId w:val="${opts.num.id}"/></w:numPr>` : '',
    opts.center ? '<w:jc w:val="center"/>' : '',
  ].join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${runs(text)}</w:p>`;
}

function cell(c: CellIn): string {
  const s: CellSpec = typeof c === 'string' ? { paras: [c] } : c;
  const tcpr = [
    s.span && s.span > 1 ? `<w:gridSpan w:val="${s.span}"/>` : '',
    s.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : s.vmerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  const paras = s.paras && s.paras.length ? s.paras : [''];
  const body = paras.map((t, i) => para(t, { num: i === 0 ? s.num : undefined })).join('');
  // A cell must end with a paragraph, also after a nested table.
  const nested = s.nested ? `${table(s.nested, 0)}<w:p/>` : '';
  return `<w:tc>${tcpr ? `<w:tcPr>${tcpr}</w:tcPr>` : ''}${body}${nested}</w:tc>`;
}

function table(rows: CellIn[][], headerRows = 1): string {
  const width = Math.max(
    ...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)),
  );
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
  const trs = rows
    .map((r, i) => `<w:tr>${i < headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map(cell).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs}</w:tbl>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A level of an abstract numbering: format, text ("%1."), start, and lvlRestart when given. */
export interface LevelIn {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
}

export interface NumberingIn {
  abstracts: Record<number, LevelIn[]>;
  /** numId → abstract id, with start overrides by level. */
  nums: Record<number, { abstract: number; starts?: Record<number, number> }>;
}

function numberingXml(n: NumberingIn): string {
  const abs = Object.entries(n.abstracts)
    .map(
      ([id, levels]) =>
        `<w:abstractNum w:abstractNumId="${id}">${levels
          .map(
            (l, i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}<w:lvlText w:val="${l.text}"/></w:lvl>`,
          )
          .join('')}</w:abstractNum>`,
    )
    .join('');
  const nums = Object.entries(n.nums)
    .map(
      ([id, v]) =>
        `<w:num w:numId="${id}"><w:abstractNumId w:val="${v.abstract}"/>${Object.entries(v.starts ?? {})
          .map(([lvl, s]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${s}"/></w:lvlOverride>`)
          .join('')}</w:num>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abs}${nums}</w:numbering>`;
}

export async function buildDocx(blocks: Block[], numbering?: NumberingIn): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  zip.file('word/numbering.xml', numberingXml(numbering ?? { abstracts: {}, nums: {} }));
  const body = blocks.map((b) => ('p' in b ? para(b.p, { center: b.center }) : table(b.table, b.headerRows))).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
