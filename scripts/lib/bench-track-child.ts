/**
 * One measured run of the tracker bench in its own process, so its peak memory (maxRSS) is its own:
 *   node lib/scripts/lib/bench-track-child.js track INPUT OUTPUT — `chiso track` (runTrack from lib/)
 *   node lib/scripts/lib/bench-track-child.js floor INPUT OUTPUT — the floor: exceljs reads the plan and writes the
 *                                                                   same output (the SheetSpecs are built first, untimed)
 * Prints one JSON line { ms, cpuMs, maxRssMb } (cpuMs: user + system CPU time of the timed part; the wall time
 * suffers when other processes share the machine, the CPU time much less).
 */
import * as path from 'path';
import type * as App from '../../src/core/app';
import type * as Track from '../../src/cli/commands/track';
import type * as Read from '../../src/adapters/xlsx/read';
import { fromLib } from './root';
import { writeSheetSpecs } from './exceljs-render';

const [mode, input, output] = process.argv.slice(2);
const TODAY = '2025-09-30';

async function main(): Promise<void> {
  let ms: number;
  let c0: NodeJS.CpuUsage;
  if (mode === 'track') {
    const { runTrack } = fromLib<typeof Track>('cli/commands/track.js');
    c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await runTrack({ input, output, today: TODAY, fixedToday: true });
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  } else if (mode === 'floor') {
    // Loaded in this mode only: exceljs in memory would weigh on the track run's peak.
    const ExcelJS = await import('exceljs');
    const { readWorkbookGrids } = fromLib<typeof Read>('adapters/xlsx/read.js');
    const { trackFlow } = fromLib<typeof App>('core/app/index.js');
    const { set, replace, remove } = trackFlow(await readWorkbookGrids(input), [], {
      today: TODAY,
      fixedToday: true,
      file: path.basename(input),
    });
    c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    writeSheetSpecs(wb, set.sheets, { replace, remove });
    await wb.xlsx.writeFile(output);
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  } else throw new Error(`unknown mode ${mode}`);
  // maxRSS is in kilobytes on Linux.
  const cpu = process.cpuUsage(c0);
  console.log(
    JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
