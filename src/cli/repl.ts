/**
 * The terminal side of `pygc repl`. The session runs in the worker, which asks for each
 * line synchronously: it posts `{ prompt }` and sleeps on `input[0]` (Atomics.wait); this
 * main thread reads the line with node:readline (line editing and history on a terminal)
 * and answers through a MessagePort the worker drains with receiveMessageOnPort, then
 * wakes it. Ctrl-C while a line is being typed cancels it; while code runs it raises
 * KeyboardInterrupt in the program (the interrupt flag). The worker's side is repl-worker.ts.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { MessagePort, Worker } from "node:worker_threads";
import type { ReplReply } from "./repl-worker.js";

const HISTORY_SIZE = 1000;

function historyFile(): string | null {
  const home = process.env.HOME ?? homedir();
  return home === "" ? null : join(home, ".pygc_history");
}

/**
 * Serve the worker's line requests from stdin; returns the function that stops serving.
 * `port` is the main thread's end of the channel whose other end the worker holds.
 */
export function serveRepl(
  worker: Worker,
  port: MessagePort,
  input: Int32Array,
  onSigint: () => void,
): () => void {
  const terminal = process.stdin.isTTY === true;
  const file = terminal ? historyFile() : null;
  let history: string[] = [];
  if (file !== null) {
    try {
      history = readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .reverse()
        .slice(0, HISTORY_SIZE);
    } catch {
      history = [];
    }
  }
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal,
    history,
    historySize: HISTORY_SIZE,
  });
  const queued: (string | null)[] = [];
  let waiting = false;
  let closed = false;
  const reply = (r: ReplReply) => {
    waiting = false;
    // End of input (Ctrl-D) ends the prompt's line, as in python3.
    if ("line" in r && r.line === null) (terminal ? process.stdout : process.stderr).write("\n");
    port.postMessage(r);
    Atomics.store(input, 0, 1);
    Atomics.notify(input, 0);
  };
  worker.on("message", (m: { prompt?: string; input?: boolean }) => {
    if (m.prompt === undefined) return;
    if (!terminal) {
      // As python3 -i with piped input: prompts go to stderr (input()'s to stdout), the
      // input is not echoed.
      (m.input === true ? process.stdout : process.stderr).write(m.prompt);
    }
    if (queued.length > 0) {
      reply({ line: queued.shift()! });
      return;
    }
    if (closed) {
      reply({ line: null });
      return;
    }
    waiting = true;
    if (terminal) {
      rl.setPrompt(m.prompt);
      rl.prompt();
    }
  });
  rl.on("line", (line) => {
    if (waiting) reply({ line });
    else queued.push(line);
  });
  rl.on("close", () => {
    if (closed) return;
    closed = true;
    if (waiting) reply({ line: null });
    else queued.push(null);
  });
  rl.on("SIGINT", () => {
    if (waiting) {
      // Drop what was typed; the worker prints "KeyboardInterrupt" and prompts again.
      rl.write(null, { ctrl: true, name: "e" });
      rl.write(null, { ctrl: true, name: "u" });
      reply({ interrupt: true });
    } else onSigint();
  });
  return () => {
    if (file !== null) {
      const h = (rl as unknown as { history: string[] }).history ?? [];
      try {
        writeFileSync(file, `${h.slice().reverse().join("\n")}\n`);
      } catch {
        // history is a convenience: an unwritable home is not an error
      }
    }
    rl.close();
    port.close();
  };
}
