/** The skeleton of a new workbook package (`chiso template`, `cascade`): no sheet yet, chiso's specs are added to it. */
import { CT } from '../package/content-types';
import { OpcPackage, type PackageOptions } from '../package/opc';
import { REL } from '../package/rels';
import { NS } from '../package/xml';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** An empty workbook package; `created` is an ISO timestamp for docProps/core.xml. */
export function newWorkbookPackage(created: string, opts: PackageOptions = {}): OpcPackage {
  const pkg = OpcPackage.create(opts);
  pkg.setText(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="${CT.xml}"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/><Override PartName="/docProps/core.xml" ContentType="${CT.core}"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT.app}"/></Types>`,
  );
  pkg.setText(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL.coreProperties}" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL.extendedProperties}" Target="docProps/app.xml"/></Relationships>`,
  );
  pkg.setText(
    'xl/workbook.xml',
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  );
  pkg.setText('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${NS.rels}"/>`);
  pkg.setText(
    'docProps/core.xml',
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
      'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>chiso</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
  );
  pkg.setText(
    'docProps/app.xml',
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      '<Application>chiso</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      '<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="0" baseType="lpstr"/></TitlesOfParts></Properties>',
  );
  return pkg;
}
