/**
 * The roll-up loop shared by the CLI and the task pane: sources are read ONE AT A TIME (each source's Grids are
 * dropped before the next is read), so memory does not grow with the number of units. A source that cannot be read
 * is skipped with the reason `failure` gives.
 */
import type { Grid } from '../grid';
import type { Bilingual } from '../text';
import { Rollup, type RollupResult } from './rollup';
import type { UnitRead } from './unit';

export interface RollupSource {
  /** The file as given or found (what the roll-up shows). */
  file: string;
  /** Its name (the unit's name when nothing better is found). */
  name: string;
  /** Why it is skipped without reading it, when so. */
  skip?: Bilingual;
  read: () => Promise<Grid[]>;
}

export interface RunRollupOptions {
  asOf: string;
  soonDays: number;
  /** The one-line reason of a read failure. */
  failure: (source: RollupSource, error: unknown) => Bilingual;
  /** Called after each source (done so far, total). */
  progress?: (done: number, total: number, file: string) => void;
  /** Called with each unit read (see Rollup). */
  onUnit?: (file: string, read: UnitRead) => void;
}

export async function runRollup(sources: RollupSource[], opts: RunRollupOptions): Promise<RollupResult> {
  const rollup = new Rollup(opts.asOf, opts.soonDays, opts.onUnit);
  let done = 0;
  for (const s of sources) {
    if (s.skip) rollup.skip(s.file, s.skip);
    else {
      let grids: Grid[] | null = null;
      try {
        grids = await s.read();
      } catch (e) {
        rollup.skip(s.file, opts.failure(s, e));
      }
      if (grids) rollup.add(s.file, s.name, grids);
    }
    opts.progress?.(++done, sources.length, s.file);
  }
  return rollup.result();
}
