/**
 * Handing the worker thread that runs a Python job (worker-entry.cts, then worker.ts) its
 * job, as a message. The worker is started before the command line's own modules load
 * (prestart.cts), so the thread's start-up and its loading of the bundle overlap them.
 * The build (scripts/bundle-worker.ts) starts its recording run the same way: V8 accepts
 * a code cache only under the flags it was made with.
 */
import type { TransferListItem, Worker } from "node:worker_threads";
import type { Job } from "./worker.js";

export { startWorker } from "./prestart.cjs";

/** Hand the worker its one job (`transferList`: the job's MessagePort, if any). */
export function sendJob(worker: Worker, job: Job, transferList: readonly TransferListItem[]): void {
  worker.postMessage(job, [...transferList]);
}
