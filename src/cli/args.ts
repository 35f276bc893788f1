/**
 * The `pygc` command line, parsed with node's `util.parseArgs`. One table describes the
 * interpreter options (what `python3` accepts, plus the collector's switches) and one the
 * subcommands; `--help` texts are generated from them, so every option is documented
 * where it is declared.
 *
 * As with python3, option parsing stops at the program: in `pygc -u x.py -u` the second
 * `-u` is the program's (sys.argv = ['x.py', '-u']), and after `-c CODE` everything is the
 * program's too. Errors are python3's usage errors: a message, the usage line, status 2.
 */
import { parseArgs } from "node:util";

export interface OptionDef {
  /** The long name (`--name`); single letters are python3's short options. */
  name: string;
  short?: string;
  /** Metavariable for an option that takes a value; absent for a switch. */
  value?: string;
  multiple?: boolean;
  help: string;
}

/** The interpreter options: valid before a program (`pygc [opts] FILE`, `run`, `repl`). */
export const interpreterOptions: OptionDef[] = [
  {
    name: "X",
    short: "X",
    value: "OPT[=VAL]",
    multiple: true,
    help: "implementation option, as python3's -X (sys._xoptions); -X tracemalloc[=N] starts tracemalloc with N frames",
  },
  { name: "u", short: "u", help: "unbuffered stdout (as python3 -u; also PYTHONUNBUFFERED)" },
  {
    name: "W",
    short: "W",
    value: "ARG",
    multiple: true,
    help: "warning control, kept in sys.warnoptions",
  },
  {
    name: "gc-report",
    help: "at exit, print what the collector did to stderr: a table per generation and a sparkline of tracked objects",
  },
  {
    name: "gc-trace",
    value: "FILE.json",
    help: "write every collection and periodic heap counters as Chrome Trace Event JSON (Perfetto, chrome://tracing)",
  },
  {
    name: "gc-threshold",
    value: "A[,B[,C]]",
    help: "gc.set_threshold(A, B, C) before the program starts",
  },
  { name: "gc-off", help: "start with the cycle collector disabled (gc.disable())" },
  {
    name: "gc-stress",
    help: "a full collection at every allocation of a container (slow; finds missing references)",
  },
  {
    name: "max-heap",
    value: "SIZE",
    help: "heap cap: allocations past SIZE bytes (suffixes K, M, G) raise MemoryError",
  },
  { name: "help", short: "h", help: "show this help and exit" },
];

const commandOption: OptionDef = {
  name: "c",
  short: "c",
  value: "CODE",
  help: "run CODE as the program (sys.argv[0] is '-c')",
};

/** Option values as parseArgs returns them. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandDef {
  name: string;
  /** One line for `pygc --help`. */
  summary: string;
  /** The usage line(s), without the leading "usage: ". */
  usage: string;
  /** Shown under the usage line by `pygc COMMAND --help`. */
  description?: string;
  options: OptionDef[];
  /**
   * true: options end at the first positional, which with the rest is the program's
   * (`run FILE ARGS`). false: options and positionals may mix (`test PATHS`).
   */
  programArgs: boolean;
  /** The command parses its own arguments (everything after its name, --help included). */
  rawArgs?: boolean;
  run(values: OptionValues, positionals: string[]): Promise<number>;
}

export class UsageError extends Error {}

export const PROGRAM_USAGE =
  "pygc [option] ... [-c cmd | file | run file | repl | demo | COMMAND] [arg] ...";

/** Parse `args` against `defs`; stops at the first positional when `programArgs`. */
export function parseOptions(
  args: string[],
  defs: OptionDef[],
  programArgs: boolean,
  stopAfter: string | null = null,
): { values: OptionValues; positionals: string[] } {
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> =
    {};
  for (const d of defs) {
    config[d.name] = {
      type: d.value === undefined ? "boolean" : "string",
      ...(d.short === undefined ? {} : { short: d.short }),
      ...(d.multiple === true ? { multiple: true } : {}),
    };
  }
  // A loose pass finds where the options end (the program, or the value of -c).
  const loose = parseArgs({
    args,
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let end = args.length;
  for (const t of loose.tokens) {
    if (t.kind === "option-terminator") {
      end = t.index + 1;
      break;
    }
    if (programArgs && t.kind === "positional") {
      end = t.index;
      break;
    }
    if (t.kind === "option") {
      const def = defs.find((d) => d.name === t.name);
      if (def === undefined) throw new UsageError(`unknown option ${t.rawName}`);
      if (def.value !== undefined && t.value === undefined) {
        throw new UsageError(`Argument expected for the ${t.rawName} option`);
      }
      if (def.value === undefined && t.value !== undefined && t.inlineValue === true) {
        throw new UsageError(`option ${t.rawName} takes no argument`);
      }
      if (t.name === stopAfter) {
        end = t.index + (t.inlineValue === true ? 1 : 2);
        break;
      }
    }
  }
  const strict = parseArgs({
    args: args.slice(0, end),
    options: config,
    strict: true,
    allowPositionals: true,
  });
  const positionals = [...strict.positionals, ...args.slice(end)];
  return { values: strict.values as OptionValues, positionals };
}

/** The top level: interpreter options, then -c CODE, a command, or a file. */
export function parseTopLevel(args: string[]): {
  values: OptionValues;
  positionals: string[];
} {
  return parseOptions(args, [commandOption, ...interpreterOptions], true, "c");
}

function formatOptions(defs: OptionDef[]): string {
  const rows = defs.map((d) => {
    const flag = d.short !== undefined && d.short === d.name ? `-${d.short}` : `--${d.name}`;
    const alias = d.short !== undefined && d.short !== d.name ? `-${d.short}, ` : "";
    return [`${alias}${flag}${d.value === undefined ? "" : ` ${d.value}`}`, d.help] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`).join("\n");
}

export function topLevelHelp(commands: CommandDef[]): string {
  const file = "FILE.py ARGS";
  const width = Math.max(file.length, ...commands.map((c) => c.name.length)) + 2;
  return [
    `usage: ${PROGRAM_USAGE}`,
    "",
    "Runs a Python 3.11 program on pygc's memory engine, as python3 would.",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${file.padEnd(width)}the same as \`run FILE.py ARGS\``,
    "",
    "options:",
    formatOptions([commandOption, ...interpreterOptions]),
    "",
    "`pygc COMMAND --help` describes a command. Exit status: 0, 1 on an uncaught exception,",
    "n for sys.exit(n), 2 for usage errors and unreadable scripts, 130 on Ctrl-C.",
  ].join("\n");
}

export function commandHelp(c: CommandDef): string {
  return [
    `usage: ${c.usage}`,
    "",
    c.description ?? c.summary,
    ...(c.options.length > 0 ? ["", "options:", formatOptions(c.options)] : []),
  ].join("\n");
}

/** --max-heap SIZE: bytes, with an optional K/M/G/T suffix (powers of 1024). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (m === null) throw new UsageError(`invalid size for --max-heap: '${text}'`);
  const scale = 1024 ** " kmgt".indexOf(m[2]!.toLowerCase() || " ");
  return Math.floor(Number(m[1]) * scale);
}

/** --gc-threshold A[,B[,C]]. */
export function parseThreshold(text: string): number[] {
  const parts = text.split(",");
  if (parts.length > 3 || !parts.every((p) => /^\s*\d+\s*$/.test(p))) {
    throw new UsageError(
      `invalid --gc-threshold '${text}': expected A[,B[,C]] non-negative integers`,
    );
  }
  return parts.map(Number);
}

/** -X opt[=val] → sys._xoptions (a bare name maps to True). */
export function parseXOptions(list: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const x of list) {
    const eq = x.indexOf("=");
    if (eq < 0) out[x] = true;
    else out[x.slice(0, eq)] = x.slice(eq + 1);
  }
  return out;
}
