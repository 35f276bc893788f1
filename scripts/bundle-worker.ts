// Build step (`npm run build`, after both tsc runs): join the worker thread's modules into
// one script, dist/src/cli/worker.bundle.js, and record its V8 code cache beside it
// (worker.bundle.cache). Start-up then loads one file instead of resolving, reading and
// compiling ~100 ES modules, and V8 takes the bytecode of every function start-up runs
// from the cache instead of compiling it (worker-entry.cts loads both).
//
// The input is tsconfig.bundle.json's output, dist/cjs: the same sources compiled to
// CommonJS, whose imports are require() calls and whose exports are properties, so
// joining needs no parser: each module becomes a function of `exports`, and a relative
// require("../x/y.js") becomes __req("x/y.js"). Node's own modules ("node:fs") keep
// Node's require. Module order and cycles are CommonJS's, as tsc emits them; re-exports
// are copied (REEXPORT below). A module's `import.meta.url` (tsc leaves it as it is) becomes
// the address of its ES module in dist/src, so the data files it reads beside itself
// (scripts/copy-data.ts) are found from the bundle too.
//
//   node dist/scripts/bundle-worker.js            bundle, then record the cache
//   node dist/scripts/bundle-worker.js --record   (internal) the recording run

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { Job } from "../src/cli/worker.js";

const root = join(import.meta.dirname, "..", "..");
const cjs = join(root, "dist", "cjs");
const cli = join(root, "dist", "src", "cli");
const BUNDLE = join(cli, "worker.bundle.js");
const CACHE = join(cli, "worker.bundle.cache");
const ENTRY = "cli/worker.js";

/**
 * tsc's re-export (`export { x } from "./m.js"`): a getter, so the binding stays live.
 * Redefining a property as an accessor turns the exports object into a dictionary, and
 * every use of that module's exports then pays a dictionary lookup (n-body ran 10% slower).
 * No module reassigns an export (there is no `export let`), so once the source module
 * has run its value is final and __reexport copies it into a plain property; only inside
 * an import cycle, where the source may not have run yet, does it keep the getter.
 */
const REEXPORT =
  /Object\.defineProperty\(exports, ("\w+"), \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);/g;

function bundle(): string {
  const modules = new Map<string, string>();
  const visit = (id: string) => {
    if (modules.has(id)) return;
    modules.set(id, "");
    const source = readFileSync(join(root, "src", id.replace(/\.js$/, ".ts")), "utf8");
    const lets = new Set([...source.matchAll(/^(?:let|var) (\w+)/gm)].map((m) => m[1]));
    const listed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
      m[1]!.split(",").map((name) => name.trim().split(/\s/)[0]),
    );
    if (/^export (let|var)\b/m.test(source) || listed.some((name) => lets.has(name))) {
      throw new Error(`bundle-worker: src/${id}: an export that can be reassigned (see REEXPORT)`);
    }
    const text = readFileSync(join(cjs, id), "utf8")
      .replace(/\brequire\("(\.\.?\/[^"]+)"\)/g, (_, spec: string) => {
        const dep = posix.normalize(posix.join(posix.dirname(id), spec));
        visit(dep);
        return `__req(${JSON.stringify(dep)})`;
      })
      .replace(REEXPORT, '__reexport(exports, $1, $2, "$3");')
      .replace(/\bimport\.meta\.url\b/g, `__moduleUrl(${JSON.stringify(id)})`);
    if (/defineProperty\(exports, "\w+", \{ enumerable: true, get/.test(text)) {
      throw new Error(`bundle-worker: ${id}: a re-export REEXPORT does not match`);
    }
    modules.set(id, text);
  };
  visit(ENTRY);
  let body = "(function (require, __dirname) {\n'use strict';\nconst __modules = {\n";
  for (const [id, text] of modules) {
    body += `${JSON.stringify(id)}: function (exports) {\n${text}\n},\n`;
  }
  body += `};
function __moduleUrl(id) {
  return require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", id)).href;
}
function __reexport(exports, name, from, key) {
  const value = from[key];
  if (value !== undefined) exports[name] = value;
  else Object.defineProperty(exports, name, { enumerable: true, get: () => from[key] });
}
const __loaded = Object.create(null);
function __req(id) {
  let exports = __loaded[id];
  if (exports === undefined) {
    exports = __loaded[id] = {};
    __modules[id](exports);
  }
  return exports;
}
return __req;
})
`;
  // Pure ASCII, so the loader reads it as latin1 (3 ms for 2.4 MB; as UTF-8 8 ms). An
  // escape means the same in strings, templates, regular expressions and identifiers (the
  // one String.raw template holds no such character).
  body = body.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const id = createHash("sha256").update(body).digest("hex").slice(0, 32);
  const builtins = [...new Set(body.match(/\brequire\("node:[\w/]+"\)/g))].map((r) =>
    r.slice(9, -2),
  );
  const header = JSON.stringify({ id, builtins: builtins.sort() });
  writeFileSync(BUNDLE, `//pygc-bundle ${header}\n${body}`);
  return id;
}

/**
 * The recording run: the worker, started as the command starts it, runs an empty program.
 * Start-up alone compiles most of the parser, compiler and runtime; a warm-up program with
 * classes, comprehensions, formatting and exceptions added nothing measurable.
 */
async function record(): Promise<void> {
  const { sendJob, startWorker } = await import("../src/cli/spawn.js");
  const job: Job = {
    kind: "code",
    target: "",
    argv: ["-c"],
    filename: "<string>",
    options: {},
    gcReport: false,
    gcTrace: null,
    interrupt: new Int32Array(new SharedArrayBuffer(4)),
    input: null,
    port: null,
    env: {},
    writeCodeCache: true,
  };
  const worker = startWorker();
  sendJob(worker, job, []);
  let code = 70;
  worker.on("message", (m: { code?: number }) => {
    if (typeof m.code === "number") code = m.code;
  });
  worker.on("exit", () => {
    process.exitCode = code;
  });
}

if (process.argv[2] === "--record") {
  await record();
} else {
  // worker-entry.cts decides from one module's mtime that the bundle is current: that holds
  // only while tsc rewrites every output on every run.
  if (
    /"(incremental|composite)"\s*:\s*true/.test(readFileSync(join(root, "tsconfig.json"), "utf8"))
  ) {
    console.error("bundle-worker: an incremental tsc build would make the bundle look current");
    process.exit(1);
  }
  rmSync(CACHE, { force: true });
  const id = bundle();
  const run = spawnSync(process.execPath, [import.meta.filename, "--record"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  let cache: Buffer | null = null;
  try {
    cache = readFileSync(CACHE);
  } catch {}
  if (run.status !== 0 || cache === null || !cache.toString("latin1", 0, 33).startsWith(id)) {
    console.error(`bundle-worker: the recording run failed (status ${run.status})`);
    process.exit(1);
  }
  rmSync(cjs, { recursive: true, force: true });
}
