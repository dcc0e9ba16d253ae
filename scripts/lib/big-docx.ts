/**
 * A large Word plan made by string (no library): a title, numbered paragraphs, then one long appendix table whose
 * rows hold Vietnamese text, numbered paragraphs in cells, horizontal and vertical merges — the shape of a real
 * appendix, scaled until document.xml reaches `bytes`. For the Word reader's memory bench (scripts/bench/word.ts).
 */
import { strToU8, zipSync } from 'fflate';
import { prng } from './prng';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const TASKS = [
  'Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai, xây dựng',
  'Nâng cao chất lượng giải quyết hồ sơ trực tuyến toàn trình tại Bộ phận Một cửa',
  'Tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính',
  'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị; công khai kết quả kiểm tra',
];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành'];
const DEADLINES = ['Quý II/2025', 'Tháng 6/2025', 'Thường xuyên', '30/9/2025', 'Năm 2025'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (t: string) =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (t: string, opts: { num?: boolean; center?: boolean } = {}) =>
  `<w:p><w:pPr>${opts.num ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}${opts.center ? '<w:jc w:val="center"/>' : ''}<w:spacing w:before="60" w:after="60"/></w:pPr>${run(t)}</w:p>`;
const cell = (body: string, props = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;

/** document.xml of about `bytes` bytes (UTF-8). */
export function bigDocumentXml(bytes: number): string {
  const rnd = prng(22);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const head = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`,
    para('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', { center: true }),
    para('Mục đích, yêu cầu', { num: true }),
    para('Nhiệm vụ trọng tâm', { num: true }),
    para('Phụ lục 1', { center: true }),
    para('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025', { center: true }),
    `<w:tbl><w:tblPr><w:tblW w:w="12000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(6)}</w:tblGrid>`,
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${head.map((h) => cell(para(h, { center: true }))).join('')}</w:tr>`,
  ];
  let size = out.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const tail =
    '</w:tbl><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>';
  let n = 0;
  let group = 0;
  while (size < bytes - 4096) {
    let row: string;
    if (n % 40 === 0) {
      // A group heading merged across the table.
      group++;
      row = `<w:tr>${cell(para(String(group)))}${cell(para(`Nhóm nhiệm vụ ${group}: ${pick(TASKS)}`), '<w:gridSpan w:val="5"/>')}</w:tr>`;
    } else {
      const lead = n % 3 === 1 ? '<w:vMerge w:val="restart"/>' : n % 3 === 2 ? '<w:vMerge/>' : '';
      row =
        '<w:tr>' +
        cell(para(`${group}.${n % 40}`)) +
        cell(para(`${pick(TASKS)} (${n})`) + para(pick(TASKS), { num: true })) +
        cell(lead === '<w:vMerge/>' ? '<w:p/>' : para(pick(AGENCIES)), lead) +
        cell(para(`${pick(AGENCIES)}; ${pick(AGENCIES)}`)) +
        cell(para(pick(DEADLINES))) +
        cell(para(`Báo cáo kết quả thực hiện nhiệm vụ số ${n}`)) +
        '</w:tr>';
    }
    out.push(row);
    size += Buffer.byteLength(row);
    n++;
  }
  out.push(tail);
  return out.join('');
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** A .docx whose document.xml is about `bytes` bytes; gives the zip and document.xml's exact size. */
export function bigDocx(bytes = 12 * 1024 * 1024): { docx: Uint8Array; partBytes: number } {
  const doc = strToU8(bigDocumentXml(bytes));
  const docx = zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    ),
    'word/document.xml': doc,
    'word/numbering.xml': strToU8(NUMBERING),
  });
  return { docx, partBytes: doc.length };
}
