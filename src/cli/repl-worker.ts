/**
 * The worker's side of `pygc repl` (the terminal side is repl.ts, on the main thread): a
 * module of its own so the worker does not load node:readline.
 */
import { type MessagePort, receiveMessageOnPort } from "node:worker_threads";
import { INTERRUPTED, type ReplLine } from "../api/repl-line.js";

/** A reply to the worker: a line, end of input (null), or Ctrl-C. */
export type ReplReply = { line: string | null } | { interrupt: true };

/** The worker's side: post the prompt, then wait for the main thread's reply. */
export function requestLine(
  port: MessagePort,
  input: Int32Array,
  post: (prompt: string, forInput: boolean) => void,
): (prompt: string, forInput: boolean) => ReplLine {
  return (prompt, forInput) => {
    Atomics.store(input, 0, 0);
    post(prompt, forInput);
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (m !== undefined) {
        const r = m.message as ReplReply;
        return "interrupt" in r ? INTERRUPTED : r.line;
      }
      // The timeout covers a reply whose message is not visible yet when it wakes us.
      Atomics.wait(input, 0, 0, 50);
      Atomics.store(input, 0, 0);
    }
  };
}
