import { parseArgs as nodeParseArgs } from 'util';
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

/** Options whose value is missing are reported in `unknown` with this mark after their name ("-o=" for `-o`). */
const MISSING = '=';

/**
 * The options of a command, with Node's `util.parseArgs`: `--name value`, `--name=value`, `--flag`, aliases such
 * as `-o` for `--out`; the rest are positionals (everything after `--` too). Not strict: a problem does not throw,
 * it lands in `unknown` — an unknown option as typed, an option without its value as "-o=" (a value that is
 * another option, as in `-o --year 2025`, counts as missing) — for `unknownOptions` to word.
 */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[]; alias?: Record<string, string> },
): { positional: string[]; values: Record<string, string>; flags: Set<string>; unknown: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of spec.values ?? []) options[name] = { type: 'string' };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  for (const [short, long] of Object.entries(spec.alias ?? {})) {
    const name = long.replace(/^--/, '');
    if (options[name] && /^-[A-Za-z]$/.test(short)) options[name].short = short.slice(1);
  }
  const { tokens } = nodeParseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positional.push(t.value);
    if (t.kind !== 'option') continue;
    const type = Object.prototype.hasOwnProperty.call(options, t.name) ? options[t.name].type : undefined;
    if (type === 'string') {
      const v = t.value;
      const isOption = v !== undefined && !t.inlineValue && /^-[^\d.]/.test(v);
      if (v === undefined || isOption) unknown.push(t.rawName + MISSING);
      else values[t.name] = v;
    } else if (type === 'boolean' && t.value === undefined) flags.add(t.name);
    else unknown.push(t.value === undefined ? t.rawName : `${t.rawName}=${t.value}`);
  }
  return { positional, values, flags, unknown };
}

/** The problems `parseArgs` put in `unknown`, in words (Vietnamese / English), one sentence each. */
export function argumentProblems(unknown: string[]): string {
  const missing = unknown.filter((u) => u.endsWith(MISSING) && !u.slice(0, -1).includes(MISSING));
  const other = unknown.filter((u) => !missing.includes(u));
  const parts: string[] = [];
  for (const m of missing) {
    const name = m.slice(0, -1);
    parts.push(`Thiếu giá trị sau ${name} / ${name} needs a value.`);
  }
  if (other.length) parts.push(`Tùy chọn không hợp lệ / Unknown option: ${other.join(' ')}.`);
  return parts.join(' ');
}
