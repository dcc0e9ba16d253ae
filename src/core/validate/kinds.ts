/** What kind of index a table is about, from its title and headers (never from position). */
import { fold } from '../text';
import type { TableView } from './table';

function titleText(view: TableView): string {
  const t = view.table.title;
  return fold(Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : '');
}

function headerText(view: TableView): string {
  return fold((view.table.columns ?? []).map((c) => (c && typeof c.header === 'string' ? c.header : '')).join(' '));
}

/**
 * A SIPAS table: satisfaction percentages, not additive (an area is not the sum of its components).
 * Known by a "hài lòng" header ("Chỉ số hài lòng tối đa") or a title about SIPAS that is not also about PAR/PAPI.
 */
export function isSipasTable(view: TableView): boolean {
  if (view.table.kind === 'tasks') return false;
  if (/hai long|sipas/.test(headerText(view))) return true;
  const title = titleText(view);
  return /sipas|hai long/.test(title) && !/par index|papi|cchc/.test(title);
}
