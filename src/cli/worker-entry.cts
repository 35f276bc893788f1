/**
 * The worker thread's entry (spawn.ts). It waits for its job (a message from main.ts) and
 * hands it to worker.ts, preferably loaded from the bundle the build makes
 * (scripts/bundle-worker.ts): the worker's ~100 modules compiled to CommonJS and joined
 * into one script, run here with V8's code cache, so start-up neither resolves and links
 * the module graph nor compiles the functions start-up calls (together about half of
 * start-up). The bundle is used only while it is current: when the modules in dist/src
 * are newer (a plain `tsc` since the last `npm run build`), they are imported as they
 * are, which is slower but never stale.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { parentPort, receiveMessageOnPort } from "node:worker_threads";
import type { BundleFiles } from "./prestart.cjs";
import type { Job } from "./worker.js";

/** Written by scripts/bundle-worker.ts; both files sit beside this one in dist/src/cli. */
const BUNDLE = join(__dirname, "worker.bundle.js");
const CACHE = join(__dirname, "worker.bundle.cache");
/** The bundle's first line: this, then JSON of BundleHeader. */
const MARK = "//pygc-bundle ";

interface BundleHeader {
  /** A hash of the bundle; the cache file starts with it and a newline. */
  id: string;
  /** The Node modules they require ("node:fs"). */
  builtins: string[];
}

/** A function from the bundle's module ids to their exports; the first call runs the module. */
type BundleRequire = (id: string) => unknown;

/**
 * The first message, when it is already here: the bundle's files as the starting thread
 * read them (prestart.cts), or — for a worker started without them — the job itself.
 */
const first = receiveMessageOnPort(parentPort!)?.message as BundleFiles | Job | undefined;
/** The bundle's bytes, let go once read (see below). */
let files = first?.kind === "bundle-files" ? first : null;
const pendingJob = first !== undefined && first.kind !== "bundle-files" ? first : null;

function readBundle(): (BundleHeader & { source: string }) | null {
  let source: string;
  try {
    // tsc writes every output file on every run (the build refuses incremental builds), so
    // worker.js, the bundle's first module, tells whether a plain tsc ran since the bundle
    // was made: one stat instead of ~100 (4 ms in a busy worker).
    if (statSync(join(__dirname, "worker.js")).mtimeMs > statSync(BUNDLE).mtimeMs) return null;
    // ASCII only (the build escapes the rest)
    source =
      files !== null
        ? Buffer.from(files.source).toString("latin1")
        : readFileSync(BUNDLE, "latin1");
  } catch {
    return null;
  }
  if (!source.startsWith(MARK)) return null;
  const header = JSON.parse(source.slice(MARK.length, source.indexOf("\n"))) as BundleHeader;
  return { ...header, source };
}

function cacheFor(id: string): Buffer | undefined {
  try {
    if (files !== null && files.cache === null) return undefined;
    const data = files !== null ? Buffer.from(files.cache!) : readFileSync(CACHE);
    const tag = Buffer.from(`${id}\n`);
    return data.subarray(0, tag.length).equals(tag) ? data.subarray(tag.length) : undefined;
  } catch {
    return undefined;
  }
}

const bundle = readBundle();
// Node's modules load with Node's code cache only before the flag changes (see below).
for (const id of bundle?.builtins ?? []) require(id);

// V8 pretenures an allocation site whose objects often survive a scavenge; frames of a
// deep Python recursion make the interpreter's sites look long-lived, after which every
// tuple and argument array goes straight to the old generation (measured: binary-trees 15
// spent 3x the time in V8's GC). Refcounted objects mostly die young. Set here, after the
// thread's bootstrap, not before the spawn: a changed flag makes V8 refuse Node's code
// cache for its own modules, and the worker's bootstrap then took 50 ms instead of 25.
setFlagsFromString("--no-allocation-site-pretenuring");

// Compiled (from the cache) before the job arrives; run once it is here, since modules
// read the program's environment as they load (io.ts: PYTHONUNBUFFERED).
const script =
  bundle === null
    ? null
    : new Script(bundle.source, { filename: BUNDLE, cachedData: cacheFor(bundle.id) });
// The bytes are in the bundle's string and V8's code now. Kept (`first` holds the same
// message), their 3.4 MB stayed reachable for the whole run; 100k objects' peak RSS went
// from 220 MB to 248-275.
if (files !== null) {
  (files as { source: ArrayBuffer | null }).source = null;
  (files as { cache: ArrayBuffer | null }).cache = null;
}
files = null;
// PYGC_V8_FLAGS="--trace-opt --trace-deopt …": V8 flags for the worker, for studying how
// V8 runs the interpreter. Set after the bundle is compiled: a changed flag before it
// makes V8 refuse the code cache (40 ms more start-up, which would skew a comparison).
for (const flag of (process.env.PYGC_V8_FLAGS ?? "").split(" ")) {
  if (flag !== "") setFlagsFromString(flag);
}

function serve(job: Job): void {
  Object.assign(process.env, job.env);
  if (script === null) {
    void import("./worker.js").then((worker) => worker.serveJob(job));
    return;
  }
  // The bundle computes its modules' addresses (import.meta.url) from its directory.
  const load = script.runInThisContext() as (req: NodeJS.Require, dir: string) => BundleRequire;
  const worker = load(require, __dirname)("cli/worker.js") as typeof import("./worker.js");
  worker.serveJob(job);
  // The build's recording run: the cache then holds every function start-up compiled.
  if (job.writeCodeCache === true) {
    writeFileSync(
      CACHE,
      Buffer.concat([Buffer.from(`${bundle!.id}\n`), script.createCachedData()]),
    );
  }
}

if (pendingJob !== null) serve(pendingJob);
else {
  // (the bundle's files, if they come after this thread started reading them itself, are
  // not needed any more)
  const onMessage = (m: BundleFiles | Job) => {
    if (m.kind === "bundle-files") return;
    parentPort!.off("message", onMessage);
    serve(m);
  };
  parentPort!.on("message", onMessage);
}
