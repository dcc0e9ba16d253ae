/**
 * Index frameworks as plain, versioned data (domain.md: "frameworks are versioned data, never code").
 * A framework is a tree of nodes (field → criterion → sub-criterion for PAR INDEX; area → component for SIPAS;
 * dimension → sub-dimension for PAPI), each with the maximum the official set gives it.
 */
import type { Bilingual } from '../text';

export type FrameworkId = 'par' | 'sipas' | 'papi';

export interface FrameworkNode {
  /** Dotted id as the official set numbers it ("1", "1.3", "1.3.1"; SIPAS areas "I", "II"). */
  id: string;
  /** Title as printed (Vietnamese, NFC). */
  title: string;
  /** Maximum points (PAR, PAPI) or maximum percentage (SIPAS: 100). */
  max: number;
  children?: FrameworkNode[];
  /** What the data cannot say by itself (a printing oddity, a rounding). */
  note?: string;
  /**
   * How the criterion is scored (self-assessment, issue 21): 'survey' — measured by the survey, never self-scored;
   * 'ratio' — by the completion rate of the plan's tasks (PAR.RATIO). Absent on a leaf = self-scored with evidence.
   */
  scoring?: 'survey' | 'ratio';
}

export interface Framework {
  id: FrameworkId;
  /** Version key: the results year the set was used for, plus the decision when known. */
  version: string;
  /** Display name, Vietnamese first. */
  name: Bilingual;
  /** 'points': scores add up the tree; 'percent': each node is a 0–100 satisfaction rate. */
  scale: 'points' | 'percent';
  /** Maximum of the whole index (PAR 100, PAPI 80, SIPAS 100 %). */
  total: number;
  /** True when a parent's value is the sum of its children's (PAR, PAPI); false for SIPAS. */
  additive: boolean;
  /** Names of the levels, top first (Vietnamese). */
  levels: string[];
  /** Where the data comes from. */
  source: string;
  nodes: FrameworkNode[];
  /** Known inconsistencies of the printed source, checked by the tests. */
  notes: string[];
}
