/**
 * What the REPL's terminal side sends the interpreter: a line, end of input, or Ctrl-C.
 * A module of its own so the CLI's main thread can speak the protocol without loading
 * the interpreter (that happens once, in the worker).
 */

/** What the terminal gave: a line (without its newline), end of input, or Ctrl-C. */
export type ReplLine = string | null | typeof INTERRUPTED;
export const INTERRUPTED = Symbol("interrupted");
