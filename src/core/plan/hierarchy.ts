/**
 * Row types and the hierarchy from the numbering: letter sections, Roman groups, "I.1" subgroups, Arabic items,
 * dotted ids (children of their prefix), "-" bullets (children of the nearest numbered row above), totals.
 * Paths hold the labels of the section/group/subgroup above plus the row's own; keys survive repeated, skipped and
 * wrong numbers (structure + label, with "#n" for repeats and unnumbered rows).
 */
import { classifyLabel, type LabelKind } from '../text';
import type { RawRecord } from './assemble';
import { isTotalText } from './assemble';
import type { PlanRow, RowType, TableKind } from './types';

export interface Shaped {
  rec: RawRecord;
  type: RowType;
  kind: LabelKind;
  path: string[];
  key: string;
  parentKey?: string;
}

interface Entry {
  level: number;
  structural: boolean;
  node: Node | null;
  norm: string;
  kind: LabelKind;
  /** Counter for unnumbered/bullet children. */
  anon: number;
}

const STRUCTURAL_KINDS: LabelKind[] = ['letter', 'roman', 'romanDotted', 'number', 'dotted'];

function structuralType(kind: LabelKind, hasRomanHeadings: boolean): RowType {
  if (kind === 'letter') return 'section';
  if (kind === 'roman') return 'group';
  if (kind === 'number') return hasRomanHeadings ? 'subgroup' : 'group';
  return 'subgroup';
}

function structuralLevel(type: RowType): number {
  return type === 'section' ? 1 : type === 'group' ? 2 : 3;
}

/** Structural levels stay below every item level (items start at 20). */
const MAX_HEADING_LEVEL = 19;

/**
 * A dotted heading ("6.1", "6.1.1", "I.2.1") nests under the open heading its prefix names ("6", "6.1", "I.2"),
 * the longest prefix first: "6" ⊃ "6.1" ⊃ "6.1.1" even where "6" is already a subgroup under a Roman group.
 * Undefined when no open heading carries a prefix (the row keeps the level of its type).
 */
function underPrefix(stack: Entry[], parts: string[]): number | undefined {
  for (let k = parts.length - 1; k >= 1; k--) {
    const prefix = parts.slice(0, k).join('.');
    for (let i = stack.length - 1; i >= 0; i--) {
      const e = stack[i];
      if (e.structural && e.norm === prefix) return Math.min(e.level + 1, MAX_HEADING_LEVEL);
    }
  }
  return undefined;
}

function itemLevel(kind: LabelKind, parts: number): number {
  switch (kind) {
    case 'letter':
      return 4;
    case 'roman':
      return 5;
    case 'romanDotted':
      return 6 + parts;
    case 'number':
      return 20 + 1;
    case 'dotted':
      return 20 + parts;
    default:
      return -1; // decided from the rows above
  }
}

/**
 * Types, paths, keys and parents of a table's records.
 * `mainKey` is the main text field; `otherKeys` the fields whose presence makes a row an item rather than a heading.
 */
export function shapeRecords(records: RawRecord[], mainKey: string | null, kind: TableKind): Shaped[] {
  const infos = records.map((rec) => {
    const info = classifyLabel(rec.norm || rec.label);
    const mainText = mainKey ? (rec.acc.get(mainKey)?.texts.join(' ') ?? '') : '';
    const hasOther = [...rec.acc.keys()].some(
      (k) => k !== mainKey && k !== 'note' && !k.startsWith('other:') && rec.own.has(k),
    );
    const hasOwnMain = mainKey !== null && rec.own.has(mainKey);
    let type = 'item' as RowType;
    if (info.kind === 'empty' && mainText !== '' && isTotalText(mainText)) type = 'total';
    else if (!hasOther && hasOwnMain && STRUCTURAL_KINDS.includes(info.kind)) type = 'section'; // refined below
    return { rec, info, type };
  });
  const hasRomanHeadings = infos.some((x) => x.type === 'section' && x.info.kind === 'roman');
  for (const x of infos) if (x.type === 'section') x.type = structuralType(x.info.kind, hasRomanHeadings);

  const out: Shaped[] = [];
  const nodes: Node[] = [];
  const stack: Entry[] = [];
  // Counter holder for unnumbered rows at the top level.
  const root: Entry = { level: 0, structural: true, node: null, norm: '', kind: 'empty', anon: 0 };
  const totals: Shaped[] = [];
  let lastItemLevel = -1;
  for (const { rec, info, type } of infos) {
    if (type === 'total') {
      const s: Shaped = { rec, type, kind: info.kind, path: [], key: '' };
      totals.push(s);
      out.push(s);
      nodes.push({ s, seg: 'TOTAL', scope: null, parent: null });
      continue;
    }
    let level: number;
    const structural = type !== 'item';
    if (structural) {
      level = structuralLevel(type);
      if (info.kind === 'dotted' || info.kind === 'romanDotted') level = underPrefix(stack, info.parts) ?? level;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    } else {
      level = itemLevel(info.kind, info.parts.length);
      if (level < 0) {
        if (info.kind === 'bullet') {
          // Child of the nearest numbered row above (an item, else the heading).
          while (stack.length && !stack[stack.length - 1].structural && stack[stack.length - 1].kind === 'bullet')
            stack.pop();
          const anchor = stack[stack.length - 1];
          level = anchor ? anchor.level + 0.5 : 30;
        } else {
          // Unnumbered item: a sibling of the item above, else a child of the heading.
          level = lastItemLevel > 0 ? lastItemLevel : 40;
        }
      }
      while (stack.length && !stack[stack.length - 1].structural && stack[stack.length - 1].level >= level) stack.pop();
      lastItemLevel = level;
    }
    const parent = stack[stack.length - 1];
    const seg = segment(info.kind, rec.norm, parent ?? root);
    // Dotted ids carry their own prefix: key them under the nearest heading, not under their parent item.
    const scope =
      info.kind === 'dotted' ? ([...stack].reverse().find((e) => e.structural)?.node ?? null) : (parent?.node ?? null);
    const path = stack.filter((e) => e.structural).map((e) => e.norm);
    path.push(rec.norm);
    const shaped: Shaped = { rec, type, kind: info.kind, path, key: '' };
    const node: Node = { s: shaped, seg, scope, parent: parent?.node ?? null };
    out.push(shaped);
    nodes.push(node);
    stack.push({ level, structural, node, norm: rec.norm, kind: info.kind, anon: 0 });
  }
  assignKeys(nodes);
  // A single total of a score table is the parent of the top-level items.
  if (kind !== 'tasks' && totals.length === 1) {
    for (const s of out) if (s.type === 'item' && s.parentKey === undefined) s.parentKey = totals[0].key;
  }
  return out;
}

interface Node {
  s: Shaped;
  seg: string;
  /** The row whose key prefixes this one (parent, or the heading for dotted ids). */
  scope: Node | null;
  parent: Node | null;
}

function segment(kind: LabelKind, norm: string, owner: Entry): string {
  if (STRUCTURAL_KINDS.includes(kind)) return norm;
  owner.anon++;
  return `#${owner.anon}`;
}

/**
 * Keys in sheet order: scope key + "." + segment; a segment repeated under the same scope (repeated or wrong numbers)
 * becomes "seg#1", "seg#2", …; parents' keys are final before their children's.
 */
function assignKeys(nodes: Node[]): void {
  const ids = new Map<Node, number>();
  nodes.forEach((n, i) => ids.set(n, i));
  const scoped = (n: Node) => `${n.scope ? ids.get(n.scope) : -1}|${n.seg}`;
  const count = new Map<string, number>();
  for (const n of nodes) count.set(scoped(n), (count.get(scoped(n)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const used = new Set<string>();
  for (const n of nodes) {
    const id = scoped(n);
    let seg = n.seg;
    if ((count.get(id) ?? 0) > 1) {
      const k = (seen.get(id) ?? 0) + 1;
      seen.set(id, k);
      seg = `${seg}#${k}`;
    }
    let key = n.scope ? `${n.scope.s.key}.${seg}` : seg;
    while (used.has(key)) key = `${key}'`;
    used.add(key);
    n.s.key = key;
    if (n.parent) n.s.parentKey = n.parent.s.key;
  }
}

export type { PlanRow };
