/**
 * The worker thread's entry (spawn.ts). It runs worker.ts, preferably from the bundle the
 * build makes (scripts/bundle-worker.ts): the worker's ~100 modules compiled to CommonJS
 * and joined into one script, run here with V8's code cache, so start-up neither resolves
 * and links the module graph nor compiles the functions start-up calls (together about
 * half of start-up). The bundle is used only while it is current: when any module it was
 * built from is newer in dist/src (a plain `tsc` since the last `npm run build`), the
 * modules are imported as they are, which is slower but never stale.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { workerData } from "node:worker_threads";
import type { Job } from "./worker.js";

/** Written by scripts/bundle-worker.ts; both files sit beside this one in dist/src/cli. */
const BUNDLE = join(__dirname, "worker.bundle.js");
const CACHE = join(__dirname, "worker.bundle.cache");
/** The bundle's first line: this, then JSON of BundleHeader. */
const MARK = "//pygc-bundle ";

interface BundleHeader {
  /** A hash of the bundle; the cache file starts with it and a newline. */
  id: string;
  /** The modules joined, as paths under dist/src ("cli/worker.js"). */
  modules: string[];
}

/** A function from the bundle's module ids to their exports; running it runs the module. */
type BundleRequire = (id: string) => unknown;

function readBundle(): { source: string; header: BundleHeader } | null {
  let source: string;
  let built: number;
  try {
    source = readFileSync(BUNDLE, "utf8");
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return null;
  }
  if (!source.startsWith(MARK)) return null;
  const header = JSON.parse(source.slice(MARK.length, source.indexOf("\n"))) as BundleHeader;
  const dist = join(__dirname, "..");
  for (const m of header.modules) {
    const s = statSync(join(dist, m), { throwIfNoEntry: false });
    if (s === undefined || s.mtimeMs > built) return null;
  }
  return { source, header };
}

function cacheFor(id: string): Buffer | undefined {
  try {
    const data = readFileSync(CACHE);
    const tag = Buffer.from(`${id}\n`);
    return data.subarray(0, tag.length).equals(tag) ? data.subarray(tag.length) : undefined;
  } catch {
    return undefined;
  }
}

const bundle = readBundle();
if (bundle === null) {
  void import("./worker.js");
} else {
  const { source, header } = bundle;
  const script = new Script(source, { filename: BUNDLE, cachedData: cacheFor(header.id) });
  const load = script.runInThisContext() as (nodeRequire: NodeJS.Require) => BundleRequire;
  load(require)("cli/worker.js"); // runs the job
  // The build's recording run: the cache then holds every function start-up compiled.
  if ((workerData as Job).writeCodeCache === true) {
    writeFileSync(CACHE, Buffer.concat([Buffer.from(`${header.id}\n`), script.createCachedData()]));
  }
}
