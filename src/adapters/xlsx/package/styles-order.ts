import { ensureChild, type Document, type Element } from './xml';

/** The children of `<styleSheet>` in the order the schema requires (ECMA-376 §18.8.39): a new section goes in its place. */
export const STYLE_SECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

export type StyleSection = (typeof STYLE_SECTIONS)[number];

/** The styles part's section `name` (fonts, cellXfs, …), created empty in its schema place when missing. */
export function styleSection(doc: Document, name: StyleSection): Element {
  return ensureChild(doc.documentElement!, name, STYLE_SECTIONS);
}
