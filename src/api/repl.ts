/**
 * The interactive loop (CPython Python/pythonrun.c PyRun_InteractiveLoopFlags, reduced):
 * read a statement — one line, or several when the first opens a block or a bracket —
 * compile it in "single" mode, run it in `__main__`, echo expression values through
 * sys.displayhook (repr, `builtins._`, None not shown), print a traceback and carry
 * on when it raises. SystemExit (`exit()`, `quit()`, `sys.exit(n)`) or end of input ends the
 * session, which is then finalized like a program (`__del__` at exit runs).
 *
 * When is input complete? As in CPython's interactive tokenizer: a line that parses as a
 * simple statement runs at once; a compound statement runs at the first empty line; an
 * open bracket, triple-quoted string or backslash continuation always asks for more; any
 * other error on the last line read is final if the parser failed at the end of the input
 * (it wanted more) only when that line is not empty.
 */
import { compileModule } from "../interp/compile.js";
import { readLineHook, stderr, stdout } from "../modules/io.js";
import { flushStdFiles } from "../modules/sys.js";
import type * as A from "../parser/ast.js";
import { Module } from "../parser/ast.js";
import { formatSyntaxError, PyLimitError, PySyntaxError, parse } from "../parser/index.js";
import { raise } from "../runtime/errors.js";
import { T } from "../runtime/types.js";
import { INTERRUPTED, type ReplLine } from "./repl-line.js";
import { finalize, lifecycle, type RunOptions, runInMain, startInteractive } from "./run.js";

export { INTERRUPTED, type ReplLine };

const PS1 = ">>> ";
const PS2 = "... ";

const COMPOUND = new Set([
  "If",
  "For",
  "AsyncFor",
  "While",
  "Try",
  "TryStar",
  "With",
  "AsyncWith",
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "Match",
]);

/** Errors that mean "the statement goes on": an open bracket, string or continuation. */
const OPEN_CONSTRUCT =
  /was never closed|unterminated triple-quoted string|unexpected EOF while parsing|unexpected end of file/;

type Verdict =
  | { kind: "more" }
  | { kind: "run"; tree: A.Interactive }
  | { kind: "error"; error: unknown };

/** Decide what to do with the lines read so far (see the file comment). */
export function classify(lines: string[]): Verdict {
  const source = `${lines.join("\n")}\n`;
  const last = lines[lines.length - 1]!;
  const lastBlank = last.trim() === "" && lines.length > 1;
  try {
    const tree = parse(source, "<stdin>", "single", { interactive: true }) as A.Interactive;
    const compound = tree.body.some((s) => COMPOUND.has(s._type));
    if (compound && !lastBlank) return { kind: "more" };
    return { kind: "run", tree };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return { kind: "error", error: e };
    if (OPEN_CONSTRUCT.test(e.msg)) return { kind: "more" };
    if (lastBlank) return { kind: "error", error: e };
    // A decorator waits for its def or class.
    if (/^\s*@/.test(last)) return { kind: "more" };
    // The parser ran out of input: an error reported past the last line, or an expected
    // indented block (a block header on the last line).
    const atEnd =
      (e.lineno ?? 0) > lines.length ||
      (/^expected an indented block/.test(e.msg) && (e.lineno ?? 0) >= lines.length);
    return atEnd ? { kind: "more" } : { kind: "error", error: e };
  }
}

/**
 * Run an interactive session reading statements with `readLine(prompt)`. Returns the exit
 * status: 0 at end of input, or SystemExit's.
 */
export function runRepl(
  argv: string[],
  options: RunOptions,
  readLine: (prompt: string, forInput: boolean) => ReplLine,
): number {
  const main = startInteractive(argv, options);
  // input() reads from the same terminal (Ctrl-C there raises KeyboardInterrupt).
  readLineHook.read = (prompt) => {
    const line = readLine(prompt, true);
    if (line === INTERRUPTED) raise(T.KeyboardInterrupt);
    return line;
  };
  let status = 0;
  let lines: string[] = [];
  for (;;) {
    stdout.flush();
    stderr.flush();
    const line = readLine(lines.length === 0 ? PS1 : PS2, false);
    if (line === null) break;
    if (line === INTERRUPTED) {
      stderr.write("\nKeyboardInterrupt\n");
      lines = [];
      continue;
    }
    lines.push(line);
    if (lines.length === 1 && line.trim() === "") {
      lines = [];
      continue;
    }
    const verdict = classify(lines);
    if (verdict.kind === "more") continue;
    lines = [];
    if (verdict.kind === "error") {
      const e = verdict.error;
      if (e instanceof PySyntaxError) stderr.write(formatSyntaxError(e));
      else if (e instanceof PyLimitError) stderr.write(`${e.type}: ${e.msg}\n`);
      else throw e;
      continue;
    }
    const code = compileModule(new Module(verdict.tree.body, []), "<stdin>", "", {
      interactive: true,
    });
    const outcome = runInMain(code, main);
    // PyRun_InteractiveLoop: flush_io after each statement, after its traceback if any.
    flushStdFiles(["stderr", "stdout"]);
    lifecycle.interrupted = false;
    if (outcome?.exit === true) {
      status = outcome.status;
      break;
    }
  }
  options.onMainDone?.();
  finalize(main);
  return status;
}
