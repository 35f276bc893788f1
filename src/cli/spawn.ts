/**
 * Starting the worker thread that runs a Python job (see main.ts and worker.ts). Kept apart
 * from main.ts so the build (scripts/bundle-worker.ts) starts the worker exactly as the
 * command does when it records the worker's V8 code cache: V8 accepts a cache only under
 * the flags it was made with (the worker sets its V8 flag itself, in worker-entry.cts).
 */
import { type TransferListItem, Worker } from "node:worker_threads";
import type { Job } from "./worker.js";

/** The worker's entry: it runs worker.ts from the bundle when that is current (worker-entry.cts). */
const ENTRY = new URL("./worker-entry.cjs", import.meta.url);

export function startWorker(
  job: Job,
  env: NodeJS.ProcessEnv,
  transferList: readonly TransferListItem[],
): Worker {
  return new Worker(ENTRY, {
    workerData: job,
    transferList: [...transferList],
    env,
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdout: false,
    stderr: false,
  });
}
