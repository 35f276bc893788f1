/**
 * What CPython's stdout holds between writes when it is block-buffered (not a terminal,
 * no -u): TextIOWrapper's pending_bytes (Modules/_io/textio.c). Each str written — an
 * ASCII one itself, any other as its UTF-8 bytes — waits there until 8 KiB (chunk_size)
 * are pending or the stream is flushed, and from the second write on a list holds them.
 * Only then are they joined into one bytes object for the buffer below.
 *
 * So after `print(s)` the str `s` has one more reference, the strs print made (str(x) of
 * what is not a str) are still alive and traced on the print's line, and the list is one
 * of gc.get_objects(). pygc's OutStream (io.ts) buffers the text itself; this models the
 * objects only: it is off on a terminal and with -u, where CPython flushes the pending
 * writes within the same write (line buffering, write_through).
 */
import type { HeapObject } from "../engine/index.js";
import { listResize } from "../runtime/bootstrap.js";
import { newBytes } from "../runtime/bytes.js";
import { decref, heap } from "../runtime/heapref.js";
import { newList } from "../runtime/objects.js";
import { C } from "../runtime/types.js";
import { type OutStream, stdout } from "./io.js";

/** TextIOWrapper's chunk_size (_PIPE_BUF-independent default, 8192). */
const CHUNK_SIZE = 8192;

export class PendingWrites {
  /** One piece, or the list of them (pending_bytes); null: nothing pending. */
  private pending: HeapObject | null = null;
  /** Bytes pending (pending_bytes_count). */
  private count = 0;

  constructor(private readonly stream: OutStream) {}

  /** Whether writes are held here: the stream is block-buffered. */
  get active(): boolean {
    return !this.stream.lineBuffered;
  }

  /**
   * textiowrapper_write for the str object `text` (borrowed): its text goes to the stream,
   * the object (or its encoding) waits.
   */
  write(text: HeapObject): void {
    const s = text.p0 as string;
    this.stream.write(s);
    let piece: HeapObject;
    let n: number;
    // (an ASCII str of at most chunk_size characters waits as itself, else its encoding)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
    if (/^[\x00-\x7f]*$/.test(s) && s.length <= CHUNK_SIZE) {
      text.refcnt++;
      piece = text;
      n = s.length;
    } else {
      piece = newBytes(new TextEncoder().encode(s));
      n = (piece.p0 as Uint8Array).length;
    }
    const pending = this.pending;
    if (pending === null) {
      this.count = 0;
      this.pending = piece;
    } else if (this.count + n > CHUNK_SIZE) {
      // (no more than chunk_size joined at once)
      this.flush();
      this.pending = piece;
    } else if (pending.type !== C.list) {
      this.pending = newList([pending, piece]); // PyList_New(2), both items moved in
    } else {
      const items = pending.p0 as HeapObject[];
      if (items.length >= (pending.p1 as number))
        listResize(pending, items.length + 1, items.length);
      items.push(piece); // PyList_Append, then the piece's own reference dropped
    }
    this.count += n;
    if (this.count >= CHUNK_SIZE) this.flush();
  }

  /**
   * _textiowrapper_writeflush: the pieces become one bytes object (allocated before the
   * pieces are released: tracemalloc's peak sees both), which the buffer takes.
   */
  flush(): void {
    const pending = this.pending;
    if (pending === null) return;
    let joined: HeapObject | null = null;
    if (pending.type === C.bytes) {
      joined = pending;
      joined.refcnt++;
    } else if (heap.observer !== null) {
      // (only allocation accounting can see this object: made only when it looks)
      joined = newBytes(new Uint8Array(this.count));
    }
    this.count = 0;
    this.pending = null;
    decref(pending);
    if (joined !== null) decref(joined);
  }
}

/** sys.stdout's pending writes (stderr is line-buffered: nothing waits there). */
export const stdoutPending = new PendingWrites(stdout);
stdout.beforeFlush = () => stdoutPending.flush();
