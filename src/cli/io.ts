import { systemToday } from '../adapters/clock';

/** What a command may touch besides files: output streams (injected so tests run commands in-process). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today's date as ISO yyyy-mm-dd (injected so tests are reproducible). */
  today(): string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  today: () => systemToday(),
};

/** The local calendar date of `now`: the one clock (src/adapters/clock.ts). */
export const localToday = systemToday;

/** A command: argument list (after its name) → exit code. */
export type Command = (args: string[], io: Io) => Promise<number>;

/** Minimal flag parser: `--name value`, `--flag`, `-o value`; the rest are positionals. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[]; alias?: Record<string, string> },
): { positional: string[]; values: Record<string, string>; flags: Set<string>; unknown: string[] } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (spec.alias && spec.alias[a]) a = spec.alias[a];
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (spec.values?.includes(name)) {
        if (eq > 0) values[name] = a.slice(eq + 1);
        else if (i + 1 < args.length) values[name] = args[++i];
        else unknown.push(a);
      } else if (spec.flags?.includes(name)) flags.add(name);
      else unknown.push(a);
    } else positional.push(a);
  }
  return { positional, values, flags, unknown };
}
