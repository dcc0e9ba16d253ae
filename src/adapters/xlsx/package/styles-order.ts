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
