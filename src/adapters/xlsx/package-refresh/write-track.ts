/**
 * Carries out the track pipeline's answer on a package (the CLI and the browser page): the specs written, chiso's
 * sheets rewritten in place, the obsolete ones the pipeline lets go removed, and officials' drawings on rewritten
 * sheets copied back from the package as it was before writing. Nothing here decides what to write.
 */
import type { TrackBook, TrackWrite } from '../../../core/app/pipeline';
import type { SheetLink } from '../../../core/grid';
import type { Grid } from '../../../core/grid';
import { OpcPackage, type PackageOptions } from '../package/opc';
import { writeSpecsToPackage } from '../sml/write-specs';
import { carryDrawings, sheetsWithDrawings } from './carry-drawings';
import { packageRefs } from './references';

/** A package as the pipeline sees it: its Grids and links, its drawn sheets, its formulas when asked. */
export async function packageBook(pkg: OpcPackage, grids: Grid[], links: SheetLink[]): Promise<TrackBook> {
  return { grids, links, drawn: await sheetsWithDrawings(pkg), refs: (sheets) => packageRefs(pkg, sheets) };
}

/**
 * Writes `w` into `pkg`. `before`: the package's bytes before anything was written to it (the drawings carried are
 * taken from there, since rewriting a sheet drops its old parts).
 */
export async function writeTrack(
  pkg: OpcPackage,
  before: Uint8Array,
  w: Pick<TrackWrite, 'specs' | 'replace' | 'remove' | 'carry'>,
  pkgOpts: PackageOptions = {},
): Promise<void> {
  const snapshot = w.carry.length ? await OpcPackage.open(before, pkgOpts) : null;
  await writeSpecsToPackage(pkg, w.specs, { replace: w.replace, remove: w.remove });
  if (snapshot) await carryDrawings(snapshot, pkg, w.carry);
}
