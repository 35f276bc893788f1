/**
 * The `pygc` command: `pygc [options] FILE.py [args]` (also `pygc run …`), `pygc -c CODE`,
 * `pygc repl`, `pygc demo`, and whatever else the command table below holds. Options
 * are parsed in args.ts. A Python program runs in a worker thread (worker.ts) with a large
 * stack, so deep recursion reaches Python's limit (RecursionError) long before
 * JavaScript's; this main thread turns Ctrl-C into KeyboardInterrupt for it and, for the
 * REPL, owns the terminal (history and line editing, repl.ts).
 */
import { MessageChannel } from "node:worker_threads";
import type { RunOptions } from "../api/run.js";
import {
  type CommandDef,
  commandHelp,
  interpreterOptions,
  type OptionValues,
  PROGRAM_USAGE,
  parseOptions,
  parseSize,
  parseThreshold,
  parseTopLevel,
  parseXOptions,
  topLevelHelp,
  UsageError,
} from "./args.js";
import { takeWorker } from "./prestart.cjs";
import { sendJob } from "./spawn.js";
import type { Job, JobResult } from "./worker.js";

/** The subcommands; `pygc --help` lists them in this order. */
export const commands: CommandDef[] = [
  {
    name: "run",
    summary: "run a Python program: pygc run [options] FILE.py [ARGS...]",
    usage: "pygc run [options] FILE.py [ARGS...]",
    description:
      "Run FILE.py as __main__ with sys.argv = [FILE.py, ARGS...], as python3 FILE.py ARGS would.",
    options: interpreterOptions,
    programArgs: true,
    run: (values, positionals) => {
      if (positionals.length === 0) throw new UsageError("run: a FILE.py to run is expected");
      return runProgram(values, { kind: "file", target: positionals[0]!, argv: positionals });
    },
  },
  {
    name: "repl",
    summary: "the interactive prompt (as python3 with no arguments)",
    usage: "pygc repl [options]",
    description: [
      "Python's interactive prompt: `>>> ` and `... `, results echoed with repr() and kept in _,",
      "tracebacks printed without leaving, line editing and history on a terminal. A compound",
      "statement ends with an empty line. Ctrl-D (or exit(), quit()) leaves; Ctrl-C cancels",
      "the line being typed or interrupts the running code (KeyboardInterrupt).",
    ].join("\n"),
    options: interpreterOptions,
    programArgs: true,
    run: (values, positionals) =>
      runProgram(values, { kind: "repl", target: "<stdin>", argv: ["", ...positionals] }),
  },
  {
    name: "test",
    summary: "run pytest-style tests as pytest does (pygc test -h)",
    usage: "pygc test [pytest options] [PATHS...]",
    options: [],
    rawArgs: true,
    programArgs: true,
    run: (values, args) => runProgram(values, { kind: "test", target: "", argv: args }),
  },
  {
    name: "demo",
    summary: "the memory engine on a TypeScript object graph (no Python)",
    usage: "pygc demo",
    options: [{ name: "help", short: "h", help: "show this help and exit" }],
    programArgs: true,
    run: async () => {
      // Loaded on demand: start-up of the other commands should not pay for it.
      const { runResourceGraph } = await import("../../examples/resource-graph.js");
      runResourceGraph();
      return 0;
    },
  },
];

function fail(message: string): never {
  process.stderr.write(
    `${message}\nusage: ${PROGRAM_USAGE}\nTry \`pygc --help' for more information.\n`,
  );
  process.exit(2);
}

/** The interpreter options as RunOptions (what can cross to the worker). */
export function runOptionsOf(values: OptionValues): RunOptions {
  const options: RunOptions = {};
  const xoptions = parseXOptions((values.X as string[] | undefined) ?? []);
  if (Object.keys(xoptions).length > 0) options.xoptions = xoptions;
  const tm = xoptions.tracemalloc;
  if (tm !== undefined) {
    const n = tm === true ? 1 : Number(tm);
    if (!Number.isInteger(n) || n < 0 || n > 65535 || (tm !== true && !/^\d+$/.test(tm))) {
      throw new UsageError("-X tracemalloc=NFRAME: invalid number of frames");
    }
    options.tracemalloc = n;
  }
  // -X dev shows warnings ("default") unless -W says otherwise after it.
  const warn = [
    ...(xoptions.dev === undefined ? [] : ["default"]),
    ...((values.W as string[]) ?? []),
  ];
  if (warn.length > 0) options.warnoptions = warn;
  if (values["gc-threshold"] !== undefined) {
    options.gcThreshold = parseThreshold(values["gc-threshold"] as string);
  }
  if (values["gc-off"] === true) options.gcDisabled = true;
  if (values["gc-stress"] === true) options.gcStress = true;
  if (values["max-heap"] !== undefined) {
    options.maxHeapBytes = parseSize(values["max-heap"] as string);
  }
  return options;
}

/** Run a Python job in the worker; resolves to the exit status. */
async function runProgram(
  values: OptionValues,
  what: Pick<Job, "kind" | "target" | "argv" | "filename">,
): Promise<number> {
  const interrupt = new Int32Array(new SharedArrayBuffer(4));
  const channel = what.kind === "repl" ? new MessageChannel() : null;
  const job: Job = {
    ...what,
    options: runOptionsOf(values),
    gcReport: values["gc-report"] === true,
    gcTrace: (values["gc-trace"] as string | undefined) ?? null,
    interrupt,
    input: channel === null ? null : new Int32Array(new SharedArrayBuffer(4)),
    port: channel?.port2 ?? null,
    env: values.u === true ? { PYTHONUNBUFFERED: "1" } : {},
  };
  // Loaded only for the REPL (node:readline is a few ms of every other start-up), and
  // before the job is sent, so the worker's first prompt finds the listener.
  const serveRepl = channel === null ? null : (await import("./repl.js")).serveRepl;
  const worker = takeWorker();
  sendJob(worker, job, channel === null ? [] : [channel.port2]);
  const onSigint = () => {
    Atomics.store(interrupt, 0, 1);
    Atomics.notify(interrupt, 0);
  };
  let stopInput = () => {};
  if (serveRepl !== null) stopInput = serveRepl(worker, channel!.port1, job.input!, onSigint);
  else process.on("SIGINT", onSigint);
  return new Promise((resolve) => {
    let result: JobResult = { code: 70, interrupted: false };
    worker.on("message", (m: JobResult | { prompt: string }) => {
      if (!("code" in m)) return;
      result = m;
      // The job has written all its output (synchronously: io.ts), so the process can end
      // now instead of at the worker's "exit" event: ~6 ms of an empty program's run
      // (Node's exit still waits while the thread tears down its heap). Not for the REPL,
      // whose prompts this thread writes to streams that may still be flushing, nor after
      // KeyboardInterrupt (below).
      if (serveRepl === null && !m.interrupted) {
        process.off("SIGINT", onSigint);
        process.exit(m.code);
      }
    });
    worker.on("error", (e) => {
      process.stderr.write(
        `pygc: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      result = { code: 70, interrupted: false };
    });
    worker.on("exit", () => {
      process.off("SIGINT", onSigint);
      stopInput();
      if (result.interrupted) {
        // python3 ends an uncaught KeyboardInterrupt by killing itself with SIGINT, so
        // its parent sees the signal (the shell reports status 130).
        process.kill(process.pid, "SIGINT");
      }
      resolve(result.code);
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const top = parseTopLevel(argv);
  const { values, positionals } = top;
  if (values.help === true) {
    console.log(topLevelHelp(commands));
    return 0;
  }
  if (values.c !== undefined) {
    return runProgram(values, {
      kind: "code",
      target: values.c as string,
      argv: ["-c", ...positionals],
    });
  }
  const first = positionals[0];
  const command = commands.find((c) => c.name === first);
  if (command !== undefined) {
    const rest = argv.slice(argv.length - positionals.length + 1);
    if (command.rawArgs === true) return command.run(values, rest);
    const sub = parseOptions(rest, command.options, command.programArgs);
    if (sub.values.help === true) {
      console.log(commandHelp(command));
      return 0;
    }
    // Interpreter options may come before the command word too: `pygc -u run x.py`.
    return command.run({ ...values, ...sub.values }, sub.positionals);
  }
  if (first === undefined || first === "-") {
    if (first === undefined && process.stdin.isTTY) {
      return runProgram(values, { kind: "repl", target: "<stdin>", argv: [""] });
    }
    // python3 < FILE and python3 - ARGS: the program is read from stdin.
    const { readFileSync } = await import("node:fs"); // not at start-up: ESM's node:fs costs 2 ms
    const source = readFileSync(0, "utf8");
    return runProgram(values, {
      kind: "code",
      target: source,
      argv: first === undefined ? [""] : positionals,
      filename: "<stdin>",
    });
  }
  return runProgram(values, { kind: "file", target: first, argv: positionals });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) fail(e.message);
  const code = (e as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    fail((e as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  throw e;
}
