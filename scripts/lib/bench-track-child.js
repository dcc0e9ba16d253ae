'use strict';
/**
 * One measured run of the tracker bench in its own process, so its peak memory (maxRSS) is its own:
 *   node bench-track-child.js track INPUT OUTPUT   — `chiso track` (runTrack from lib/)
 *   node bench-track-child.js floor INPUT OUTPUT   — the floor: exceljs reads the plan and writes the same output
 *                                                     (the SheetSpecs are built first, untimed)
 * Prints one JSON line { ms, cpuMs, maxRssMb } (cpuMs: user + system CPU time of the timed part; the wall time
 * suffers when other processes share the machine, the CPU time much less).
 */
const path = require('path');

const [mode, input, output] = process.argv.slice(2);
const LIB = process.env.CHISO_LIB || path.join(__dirname, '..', '..', 'lib');
const TODAY = '2025-09-30';

async function main() {
  let ms;
  let c0;
  if (mode === 'track') {
    const { runTrack } = require(path.join(LIB, 'cli', 'commands', 'track.js'));
    c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await runTrack({ input, output, today: TODAY, fixedToday: true });
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  } else if (mode === 'floor') {
    const ExcelJS = require('exceljs');
    const { readWorkbookGrids } = require(path.join(LIB, 'adapters', 'xlsx', 'read.js'));
    const { trackFlow } = require(path.join(LIB, 'core', 'app', 'index.js'));
    const { writeSheetSpecs } = require(path.join(LIB, 'adapters', 'xlsx', 'write.js'));
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
