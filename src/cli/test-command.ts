/**
 * `pygc test [OPTIONS] [PATHS...]`: run the tests under PATHS as pytest would (see
 * src/api/pytest-session.ts). Options as pytest spells them: -q/--quiet, -v/--verbose
 * (repeatable), -k EXPR, -x/--exitfirst. Returns pytest's exit status (0 all passed,
 * 1 some failed, 2 interrupted, 4 usage error, 5 no tests collected).
 */
import { runTests, UsageError } from "../api/pytest-session.js";
import { formatException } from "../interp/traceback.js";
import { PyRaise } from "../runtime/errors.js";

export const TEST_USAGE = "usage: pygc test [-q] [-v] [-x] [-k EXPRESSION] [file_or_dir ...]";

export function testCommand(argv: string[], columns = 80): number {
  let verbosity = 0;
  let keyword: string | null = null;
  let exitFirst = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") {
      process.stdout.write(`${TEST_USAGE}\n`);
      return 0;
    }
    if (a === "-q" || a === "--quiet") verbosity--;
    else if (a === "-v" || a === "--verbose") verbosity++;
    else if (/^-[vq]+$/.test(a)) for (const ch of a.slice(1)) verbosity += ch === "v" ? 1 : -1;
    else if (a === "-x" || a === "--exitfirst") exitFirst = true;
    else if (a === "-k") {
      const v = argv[++i];
      if (v === undefined) return usage("argument -k: expected one argument");
      keyword = v;
    } else if (a.startsWith("-k")) keyword = a.slice(2);
    else if (a.startsWith("--keyword=")) keyword = a.slice("--keyword=".length);
    else if (a.startsWith("-")) return usage(`unrecognized arguments: ${a}`);
    else paths.push(a);
  }
  try {
    return runTests({ paths, verbosity, keyword, exitFirst, columns });
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    if (e instanceof PyRaise) {
      // An exception the session did not expect (a bug here, not in the tests).
      process.stderr.write(`pygc test: internal error:\n${formatException(e.exc)}`);
      return 3;
    }
    throw e;
  }
}

function usage(msg: string): number {
  process.stderr.write(
    `ERROR: ${TEST_USAGE.slice("usage: ".length)}\npygc test: error: ${msg}\n\n`,
  );
  return 4;
}
