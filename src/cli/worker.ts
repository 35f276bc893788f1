/**
 * The worker thread that runs a Python program for the `pygc` command (see main.ts): it
 * runs the job through the api layer, then writes the --gc-report table and the
 * --gc-trace file, and posts the exit status back. The thread's entry, worker-entry.cts,
 * receives the job and calls serveJob.
 */
import { writeFileSync, writeSync } from "node:fs";
import { type MessagePort, parentPort } from "node:worker_threads";
import { runRepl } from "../api/repl.js";
import { lifecycle, type RunOptions, runFile, runSource } from "../api/run.js";
import { interrupt } from "../interp/eval.js";
import { accounting } from "../runtime/accounting.js";
import { heap } from "../runtime/heapref.js";
import { GcRecorder, gcReport, gcTraceJson } from "./gc-report.js";
import { requestLine } from "./repl-worker.js";
import { testCommand } from "./test-command.js";

export interface Job {
  kind: "file" | "code" | "repl" | "test";
  /** The file to run, or the code (-c, stdin). */
  target: string;
  /** sys.argv */
  argv: string[];
  /** For code: the filename tracebacks show ("<string>" for -c, "<stdin>" for stdin). */
  filename?: string;
  options: RunOptions;
  gcReport: boolean;
  gcTrace: string | null;
  /** Ctrl-C flag shared with the main thread. */
  interrupt: Int32Array;
  /** REPL only: the wake-up flag and the port lines arrive on (see repl.ts). */
  input: Int32Array | null;
  port: MessagePort | null;
  /** Environment variables for the program (-u: PYTHONUNBUFFERED), set before any module loads. */
  env: Record<string, string>;
  /** Set by the build only: record the bundle's code cache after the job (worker-entry.cts). */
  writeCodeCache?: boolean;
}

export interface JobResult {
  code: number;
  /** The program ended with an uncaught KeyboardInterrupt. */
  interrupted: boolean;
}

function runJob(job: Job): number {
  interrupt.flag = job.interrupt; // Ctrl-C reaches every job, `pygc test` too
  const options: RunOptions = { ...job.options, interruptFlag: job.interrupt };
  const bytes = () => (heap.observer === accounting ? accounting.used : null);
  const recorder = job.gcReport || job.gcTrace !== null ? new GcRecorder(heap, bytes) : null;
  if (recorder !== null) {
    options.gcObserver = recorder;
    options.onMainDone = () => recorder.mark("__main__ finished");
  }
  let code: number;
  if (job.kind === "test") code = testCommand(job.argv, Number(process.env.COLUMNS) || 80);
  else if (job.kind === "file") code = runFile(job.target, job.argv, options);
  else if (job.kind === "code") {
    code = runSource(job.target, job.filename ?? "<string>", job.argv, options);
  } else {
    const read = requestLine(job.port!, job.input!, (prompt, input) =>
      parentPort!.postMessage({ prompt, input }),
    );
    code = runRepl(job.argv, options, read);
  }
  if (recorder !== null) {
    recorder.finish();
    if (job.gcTrace !== null) {
      const title = job.kind === "file" ? job.target : job.kind === "code" ? "-c" : "repl";
      writeFileSync(job.gcTrace, gcTraceJson(recorder, title));
    }
    if (job.gcReport) writeSync(2, gcReport(recorder, heap));
  }
  return code;
}

/** Run the job and post its JobResult to the main thread. */
export function serveJob(job: Job): void {
  let result: JobResult;
  try {
    const code = runJob(job);
    result = { code, interrupted: lifecycle.interrupted };
  } catch (e) {
    writeSync(
      2,
      `pygc: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    result = { code: 70, interrupted: false };
  }
  parentPort!.postMessage(result);
}
