/**
 * Moved to src/core/app/port.ts (both the pane and the adapters import it from there). This re-export keeps imports
 * of branches written before the move compiling; new code imports '../core/app/port'.
 */
export { PortError, type FilePort, type ReadResult, type SheetLink, type WorkbookPort } from '../core/app/port';
