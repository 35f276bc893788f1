/**
 * Starting the worker thread that runs Python, as early as possible: bin/pygc.js, which is
 * CommonJS, calls prestart() first thing, before ES modules' loader is even set up, so
 * that the thread's start-up (Node's ~45 ms for a worker, then reading and deserializing
 * the bundle) overlaps the loading of the command line's modules and the parsing of its
 * arguments. main.ts takes the worker for the job (takeWorker). Until then it is unref'd:
 * a command that runs no Python (`--help`, a usage error) ends without waiting for it.
 * (An ES module here started the worker 7-11 ms later: median 226 → 219 ms for an empty
 * program, 20 alternating runs.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** The worker's entry: it runs worker.ts from the bundle when that is current. */
const ENTRY = join(__dirname, "worker-entry.cjs");

/**
 * The first message a worker started here gets, before its job: the bytes of the bundle
 * and of its code cache (scripts/bundle-worker.ts), read on this thread while the new
 * thread boots, and moved to it. The worker still decides whether the bundle is current
 * and reads the files itself when this message has not come (worker-entry.cts).
 */
export interface BundleFiles {
  kind: "bundle-files";
  source: ArrayBuffer;
  cache: ArrayBuffer | null;
}

/** A worker waiting for its job (the build's recording run starts one the same way). */
export function startWorker(): Worker {
  return new Worker(ENTRY, {
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    // (os.close of a descriptor the program did not open through Node: no Node warning)
    trackUnmanagedFds: false,
    stdout: false,
    stderr: false,
  });
}

let early: Worker | null = null;
let earlyFailed = false;

/** Start the worker for the command in process.argv, unless it runs no Python. */
export function prestart(): void {
  // `pygc demo` and `pygc --help` run no Python; anything else most likely does.
  const first = process.argv[2];
  if (first === "demo" || first === "-h" || first === "--help") return;
  early = startWorker();
  early.unref();
  // Until main.ts listens: a worker that failed to start is replaced by a fresh one,
  // whose failure is then reported.
  early.once("error", () => {
    earlyFailed = true;
  });
  early.once("exit", () => {
    earlyFailed = true;
  });
  sendBundleFiles(early);
}

/**
 * Read the bundle's two files and move them to `worker`: on this thread, which would
 * otherwise wait for the worker, the reading overlaps the worker's ~50 ms of start-up
 * instead of following it (~15 ms of an empty program's start-up; reading 3.4 MB into
 * fresh memory is mostly page faults).
 */
function sendBundleFiles(worker: Worker): void {
  const read = (name: string): ArrayBuffer | null => {
    try {
      // (readFileSync gives a file this size a buffer of its own, whole: transferable)
      const bytes = readFileSync(join(__dirname, name));
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : null;
    } catch {
      return null;
    }
  };
  const source = read("worker.bundle.js");
  if (source === null) return;
  const cache = read("worker.bundle.cache");
  const message: BundleFiles = { kind: "bundle-files", source, cache };
  worker.postMessage(message, cache === null ? [source] : [source, cache]);
}

/** The worker for a job: the one started early if it is still waiting, else a new one. */
export function takeWorker(): Worker {
  const worker = early;
  early = null;
  if (worker === null || earlyFailed) return startWorker();
  worker.ref();
  return worker;
}
