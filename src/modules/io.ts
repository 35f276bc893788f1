/**
 * The process's standard streams as CPython sets them up: stdout is line-buffered on a
 * terminal and block-buffered (8 KiB) otherwise, stderr is line-buffered. Writes are
 * synchronous (fs.writeSync), so output order is deterministic, as CPython's is.
 */
import { fstatSync, writeSync } from "node:fs";
import { createRequire } from "node:module";

export class OutStream {
  private buffer = "";
  readonly lineBuffered: boolean;
  /** Runs first in flush(): the text layer's pending writes go (see textpending.ts). */
  beforeFlush: (() => void) | null = null;

  constructor(
    readonly fd: number,
    lineBuffered: boolean | null,
    private readonly capacity = 8192,
  ) {
    this.lineBuffered = lineBuffered ?? isTerminal(fd);
  }

  write(text: string): void {
    this.buffer += text;
    if ((this.lineBuffered && text.includes("\n")) || this.buffer.length >= this.capacity)
      this.drain();
  }

  /** The program flushes the stream (flush(), print(flush=True), input(), exit). */
  flush(): void {
    this.beforeFlush?.();
    this.drain();
  }

  /** The buffered text goes to the file descriptor (the stream's objects are untouched). */
  drain(): void {
    if (this.buffer === "") return;
    const data = Buffer.from(this.buffer, "utf8");
    this.buffer = "";
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
        throw e;
      }
    }
  }
}

function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

let tty: typeof import("node:tty") | null = null;

/**
 * isatty(3), for os.isatty and the streams' isatty(). node:tty is loaded at the first
 * call: loading it took 1–5 ms of every start-up, for the few programs that ask.
 */
export function isatty(fd: number): boolean {
  tty ??= createRequire(import.meta.url)("node:tty") as typeof import("node:tty");
  return tty.isatty(fd);
}

/** PYTHONUNBUFFERED (like -u) makes stdout write through, as in CPython. */
const unbuffered = (process.env.PYTHONUNBUFFERED ?? "") !== "";
export const stdout = new OutStream(1, unbuffered ? true : null, unbuffered ? 1 : 8192);
export const stderr = new OutStream(2, true);

/** input()'s line source: shows `prompt`, returns the line without its newline, null at EOF. */
export const readLineHook = {
  read: (prompt: string): string | null => {
    stdout.write(prompt);
    stdout.flush();
    return null;
  },
};
