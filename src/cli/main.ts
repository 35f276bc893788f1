/**
 * The `pygc` command line. The Python interpreter is not built yet (the interpreter and
 * CLI issues bring `pygc run|test|repl`); until then `pygc demo` shows the memory engine
 * at work on a TypeScript object graph.
 */
import { runResourceGraph } from "../../examples/resource-graph.js";

const USAGE = `usage: pygc demo            run the memory-engine demo (reference counting, cycle collection)
       pygc run FILE.py     run a Python program (not available yet: the interpreter is being built)`;

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "demo":
    runResourceGraph();
    break;
  case "run":
  case "-c":
    process.stderr.write(
      `pygc: cannot run ${rest[0] ?? "Python code"} yet: the Python interpreter is not built (only the memory engine is). Try 'pygc demo'.\n`,
    );
    process.exit(2);
    break;
  case "-h":
  case "--help":
    console.log(USAGE);
    break;
  default:
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
}
