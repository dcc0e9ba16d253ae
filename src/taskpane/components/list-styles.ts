import { tokens } from '@fluentui/react-components';

/** A bulletless vertical list with `rowGap` between its items (the pane's function and feature lists). */
export function plainList(rowGap: string) {
  return { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap } as const;
}

/** A list item whose parts stack closely. */
export const stackedItem = { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS } as const;

/** A two-column description list: each label beside its value. */
export const statsList = {
  display: 'grid',
  gridTemplateColumns: 'max-content max-content',
  columnGap: tokens.spacingHorizontalL,
  rowGap: tokens.spacingVerticalXXS,
  margin: 0,
} as const;

/** A value in a stats list. */
export const statValue = { margin: 0, fontWeight: tokens.fontWeightSemibold } as const;

/** A scrolling score table with a sticky header (the what-if and the self-assessment): the classes both use. */
export const scoreTable = {
  scroll: { maxHeight: '420px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: 'left',
    padding: tokens.spacingHorizontalXS,
  },
  td: { padding: `1px ${tokens.spacingHorizontalXS}`, verticalAlign: 'middle' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  parent: { fontWeight: tokens.fontWeightSemibold },
} as const;

/** A clickable list entry that reads as a card (a problem in the problem list and in the self-assessment's list). */
export const cardButton = {
  display: 'block',
  width: '100%',
  textAlign: 'left',
  cursor: 'pointer',
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  fontFamily: tokens.fontFamilyBase,
} as const;
