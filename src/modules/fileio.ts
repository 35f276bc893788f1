/**
 * The `open()` builtin and its file objects (CPython Modules/_io): text files
 * (`_io.TextIOWrapper`) and binary ones (`_io.BufferedReader`, `BufferedWriter`,
 * `BufferedRandom`) over synchronous node:fs calls on a file descriptor.
 *
 * Technique: every read and write is positional (`pos` is the file position the object
 * presents). Writes are buffered as CPython's are (8 KiB, flushed by flush(), close(),
 * a seek, a read, and when the object is freed), so another reader sees them only then.
 * A text file decodes the rest of the file on its first read and keeps it (the raw,
 * untranslated text): lines are cut and newlines translated as the `newline` argument
 * says (universal newlines by default), and tell() is the byte position of what was
 * consumed — the cookie CPython returns when the decoder holds no state.
 * NOT-CPYTHON: one object per file (CPython stacks FileIO, a buffer and the text layer,
 * which changes gc counts); `buffering` and `opener` are accepted but ignored (no FileIO
 * for 0); two objects on one descriptor do not share its position (reads and writes are
 * positional); the
 * default encoding is reported as 'utf-8', the name CPython gives it in UTF-8 mode (the
 * golden programs run with -X utf8; a C.UTF-8 locale alone would show 'UTF-8').
 */
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  writeSync,
} from "node:fs";
import { type HeapObject, ObjectType } from "../engine/index.js";
import { pyRepr } from "../parser/constants.js";
import {
  asIndex,
  call,
  incRef,
  isInt,
  isStr,
  nativeAttrs,
  nativeRepr,
  nativeSeq,
  repr,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import {
  buildClass,
  defineMethod,
  extraIterators,
  registerBuiltinType,
} from "../runtime/bootstrap.js";
import { bufferProviders, bytesData, isBytesLike, newBytes } from "../runtime/bytes.js";
import { type Codec, decode, encode, lookupCodec } from "../runtime/codecs.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, heap } from "../runtime/heapref.js";
import { newBool, newDict, newInt, newList, newStr, none } from "../runtime/objects.js";
import { typeInfo, typeName } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { defineFunction, splitKw } from "./support.js";

const CHUNK = 8192;

class FileState {
  closed = false;
  /** close() closes the descriptor (open()'s closefd). */
  closefd = true;
  /** The position the object presents (bytes). */
  pos = 0;
  /** Buffered writes not yet on disk. */
  wbuf: Uint8Array[] = [];
  wlen = 0;
  /** Text read-ahead: the decoded rest of the file from `textStart`, consumed up to `ti`. */
  text: string | null = null;
  textStart = 0;
  ti = 0;
  tiBytes = 0;

  constructor(
    public fd: number,
    public name: HeapObject,
    public mode: string,
    public binary: boolean,
    public readable: boolean,
    public writable: boolean,
    public appending: boolean,
    public codec: Codec,
    public encodingName: string,
    public errors: string,
    public newline: string | null,
  ) {}
}

function st(o: HeapObject): FileState {
  return o.p0 as FileState;
}

const openFiles = new Set<FileState>();
let exitHook = false;

/** Write the buffered bytes at the file position (at the end for append mode). */
function flushWrites(f: FileState): void {
  if (f.wlen === 0) return;
  const data = Buffer.concat(f.wbuf, f.wlen);
  f.wbuf = [];
  f.wlen = 0;
  if (f.appending) f.pos = fstatSync(f.fd).size;
  let off = 0;
  try {
    while (off < data.length) off += writeSync(f.fd, data, off, data.length - off, f.pos + off);
  } catch (e) {
    throw osError(e, null);
  } finally {
    f.pos += off;
  }
}

/** Drop the text read-ahead, keeping the position it had reached. */
function dropReadAhead(f: FileState): void {
  if (f.text === null) return;
  f.pos = f.textStart + f.tiBytes;
  f.text = null;
}

function closeFile(f: FileState): void {
  if (f.closed) return;
  try {
    flushWrites(f);
  } finally {
    f.closed = true;
    openFiles.delete(f);
    if (f.closefd) {
      try {
        closeSync(f.fd);
      } catch {
        // already gone
      }
    }
  }
}

// ---------------------------------------------------------------- errors

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, "No such file or directory", "FileNotFoundError"],
  EISDIR: [21, "Is a directory", "IsADirectoryError"],
  EACCES: [13, "Permission denied", "PermissionError"],
  EPERM: [1, "Operation not permitted", "PermissionError"],
  EEXIST: [17, "File exists", "FileExistsError"],
  ENOTDIR: [20, "Not a directory", "NotADirectoryError"],
  EINVAL: [22, "Invalid argument", "OSError"],
  EBADF: [9, "Bad file descriptor", "OSError"],
  ENOSPC: [28, "No space left on device", "OSError"],
  EROFS: [30, "Read-only file system", "OSError"],
  EMFILE: [24, "Too many open files", "OSError"],
  ENAMETOOLONG: [36, "File name too long", "OSError"],
  ELOOP: [40, "Too many levels of symbolic links", "OSError"],
  ENXIO: [6, "No such device or address", "OSError"],
  ENOTEMPTY: [39, "Directory not empty", "OSError"],
  EXDEV: [18, "Invalid cross-device link", "OSError"],
};

/** The OSError subclass CPython raises for a failed system call (a PyRaise to throw). */
/** strerror(3) for the errno values pygc knows, else undefined. */
export function errnoMessage(code: number): string | undefined {
  for (const [errno, msg] of Object.values(ERRNO)) if (errno === code) return msg;
  return undefined;
}

export function osError(
  e: unknown,
  filename: HeapObject | null,
  filename2: HeapObject | null = null,
): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== "string") return e;
  const [errno, msg, cls] = ERRNO[err.code] ?? [
    Math.abs(err.errno ?? 0),
    err.message.replace(/^[A-Z]+: /, "").replace(/,.*$/, ""),
    "OSError",
  ];
  const args = [newInt(errno), newStr(msg)];
  if (filename !== null) args.push(incRef(filename));
  if (filename !== null && filename2 !== null) args.push(none(), incRef(filename2));
  return new PyRaise(call(T[cls]!, args));
}

let unsupported: HeapObject | null = null;

/** io.UnsupportedOperation (OSError and ValueError), made on first use. */
export function unsupportedOperation(): HeapObject {
  if (unsupported === null) {
    const ns = newDict();
    unsupported = buildClass(T.type, "UnsupportedOperation", [T.OSError!, T.ValueError!], ns);
    decref(ns);
    typeInfo(unsupported).module = "io";
    unsupported.refcnt = 1_000_000;
    T.UnsupportedOperation = unsupported;
  }
  return unsupported;
}

function unsupportedError(msg: string): never {
  raise(unsupportedOperation(), msg);
}

// ---------------------------------------------------------------- kinds

/**
 * getsizeof: a TextIOWrapper is 208 bytes; a Buffered* object 168 plus its buffer, which
 * CPython sizes by the file system's block size (4096 here). NOT-CPYTHON: the buffer is
 * counted as part of the object's block, and the size does not follow st_blksize.
 */
function fileContract(name: string, basicSize: number): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    weakrefable: true,
    basicSize,
    // iobase_finalize: close() (flushing). When the collector finalizes a file in garbage,
    // CPython finalizes its layers in allocation order — the FileIO first — so what the
    // buffer and text layers still held is lost; the file is closed all the same.
    finalize: (obj, h) => {
      const f = obj.p0 as FileState | null;
      if (f === null || f.closed) return;
      if (h.collecting) {
        f.wbuf = [];
        f.wlen = 0;
      }
      try {
        closeFile(f);
      } catch (e) {
        if (e instanceof PyRaise) decref(e.exc);
      }
    },
    dealloc: (obj) => {
      const f = obj.p0 as FileState | null;
      if (f !== null) {
        try {
          closeFile(f);
        } catch (e) {
          // iobase_finalize: errors while closing are ignored here.
          if (e instanceof PyRaise) decref(e.exc);
        }
      }
      return undefined;
    },
  });
}

const BUFFERED = 168 + 4096;
const textContract = fileContract("_io.TextIOWrapper", 208);
const readerContract = fileContract("_io.BufferedReader", BUFFERED);
const writerContract = fileContract("_io.BufferedWriter", BUFFERED);
const randomContract = fileContract("_io.BufferedRandom", BUFFERED);
const contracts = [textContract, readerContract, writerContract, randomContract];

// ---------------------------------------------------------------- closed / capability checks

type Op =
  | "read"
  | "readline"
  | "readlines"
  | "write"
  | "writelines"
  | "seek"
  | "tell"
  | "flush"
  | "fileno"
  | "query"
  | "enter"
  | "truncate";

/** The ValueError CPython raises for `op` on a closed file (text and binary differ). */
function checkOpen(f: FileState, op: Op): void {
  if (!f.closed) return;
  const dot = "I/O operation on closed file.";
  const bare = "I/O operation on closed file";
  if (!f.binary) raise(T.ValueError, op === "fileno" || op === "query" ? bare : dot);
  let message: string;
  switch (op) {
    case "read":
    case "readline":
    case "seek":
    case "truncate":
      message = `${op} of closed file`;
      break;
    case "write":
      message = "write to closed file";
      break;
    case "flush":
      message = f.writable ? "flush of closed file" : dot;
      break;
    case "tell":
    case "fileno":
    case "query":
      message = bare;
      break;
    default:
      message = dot;
  }
  raise(T.ValueError, message);
}

/** A binary file checks the capability first, a text file whether it is closed first. */
function checkReadable(f: FileState, op: Op): void {
  if (!f.binary) checkOpen(f, op);
  if (!f.readable) unsupportedError(f.binary ? "read" : "not readable");
  checkOpen(f, op);
}

function checkWritable(f: FileState, op: Op): void {
  if (!f.binary) checkOpen(f, op);
  if (!f.writable) unsupportedError(f.binary ? "write" : "not writable");
  checkOpen(f, op);
}

// ---------------------------------------------------------------- binary I/O

function readBytes(f: FileState, n: number): Uint8Array {
  flushWrites(f);
  const chunks: Buffer[] = [];
  let total = 0;
  const all = n < 0;
  for (;;) {
    const want = all ? Math.max(CHUNK, fileSizeAfter(f)) : n - total;
    if (want <= 0) break;
    const buf = Buffer.alloc(want);
    let got: number;
    try {
      got = readSync(f.fd, buf, 0, want, f.pos);
    } catch (e) {
      throw osError(e, null);
    }
    if (got === 0) break;
    f.pos += got;
    total += got;
    chunks.push(buf.subarray(0, got));
    if (!all && total >= n) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function fileSizeAfter(f: FileState): number {
  try {
    return fstatSync(f.fd).size - f.pos;
  } catch {
    return 0;
  }
}

function readBytesLine(f: FileState, limit: number): Uint8Array {
  flushWrites(f);
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = limit >= 0 ? Math.min(CHUNK, limit - total) : CHUNK;
    if (want <= 0) break;
    const buf = Buffer.alloc(want);
    let got: number;
    try {
      got = readSync(f.fd, buf, 0, want, f.pos);
    } catch (e) {
      throw osError(e, null);
    }
    if (got === 0) break;
    const nl = buf.subarray(0, got).indexOf(10);
    const take = nl >= 0 ? nl + 1 : got;
    parts.push(buf.subarray(0, take));
    total += take;
    f.pos += take;
    if (nl >= 0) break;
  }
  return Buffer.concat(parts, total);
}

function writeBytes(f: FileState, data: Uint8Array): void {
  dropReadAhead(f);
  f.wbuf.push(Buffer.from(data));
  f.wlen += data.length;
  if (f.wlen >= CHUNK) flushWrites(f);
}

// ---------------------------------------------------------------- text I/O

function loadText(f: FileState): string {
  if (f.text !== null) return f.text;
  flushWrites(f);
  const start = f.pos;
  const raw = readBytes(f, -1);
  f.pos = start;
  f.text = decode(raw, f.codec, f.errors);
  f.textStart = start;
  f.ti = 0;
  f.tiBytes = 0;
  return f.text;
}

function byteLength(f: FileState, s: string): number {
  return f.codec === "utf-8" ? Buffer.byteLength(s, "utf8") : s.length;
}

/** Consume raw text [ti, end) (advancing the byte position). */
function consume(f: FileState, end: number): string {
  const s = f.text!.slice(f.ti, end);
  f.ti = end;
  f.tiBytes += byteLength(f, s);
  return s;
}

function translate(f: FileState, s: string): string {
  return f.newline === null ? s.replace(/\r\n?/g, "\n") : s;
}

/** Where the line starting at `i` ends (after its terminator), or -1 if it has none. */
function lineEnd(f: FileState, text: string, i: number): number {
  const nl = f.newline;
  if (nl === "\n") {
    const j = text.indexOf("\n", i);
    return j < 0 ? -1 : j + 1;
  }
  if (nl === "\r" || nl === "\r\n") {
    const j = text.indexOf(nl, i);
    return j < 0 ? -1 : j + nl.length;
  }
  // Universal newlines: \n, \r\n or \r.
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return j + 1;
    if (c === 13) return text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return -1;
}

/** Index after `n` code points from `i` (output characters: \r\n counts once when translated). */
function advance(f: FileState, text: string, i: number, n: number): number {
  let j = i;
  for (let k = 0; k < n && j < text.length; k++) {
    const c = text.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < text.length) j += 2;
    else if (c === 13 && f.newline === null && text.charCodeAt(j + 1) === 10) j += 2;
    else j++;
  }
  return j;
}

function readText(f: FileState, n: number): string {
  const text = loadText(f);
  const end = n < 0 ? text.length : advance(f, text, f.ti, n);
  return translate(f, consume(f, end));
}

function readTextLine(f: FileState, limit: number): string {
  const text = loadText(f);
  let end = lineEnd(f, text, f.ti);
  if (end < 0) end = text.length;
  if (limit >= 0) end = Math.min(end, advance(f, text, f.ti, limit));
  return translate(f, consume(f, end));
}

function writeText(f: FileState, s: string): void {
  let out = s;
  if (f.newline !== null && f.newline !== "" && f.newline !== "\n")
    out = out.replaceAll("\n", f.newline);
  const data = encode(out, f.codec, f.errors);
  writeBytes(f, data);
}

function tell(f: FileState): number {
  if (f.text !== null) return f.textStart + f.tiBytes;
  return f.pos + f.wlen;
}

// ---------------------------------------------------------------- open()

interface ParsedMode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  updating: boolean;
  binary: boolean;
}

function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwxabt+".includes(c) || seen.has(c)) raise(T.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: ParsedMode = {
    reading: seen.has("r"),
    writing: seen.has("w"),
    appending: seen.has("a"),
    creating: seen.has("x"),
    updating: seen.has("+"),
    binary: seen.has("b"),
  };
  if (seen.has("t") && m.binary) raise(T.ValueError, "can't have text and binary mode at once");
  if (Number(m.reading) + Number(m.writing) + Number(m.appending) + Number(m.creating) > 1)
    raise(T.ValueError, "must have exactly one of create/read/write/append mode");
  return m;
}

const OPEN_PARAMS = [
  "file",
  "mode",
  "buffering",
  "encoding",
  "errors",
  "newline",
  "closefd",
  "opener",
];

function optStr(what: string, o: HeapObject | undefined): string | null {
  if (o === undefined || o === S.None) return null;
  if (!isStr(o))
    raise(T.TypeError, `open() argument '${what}' must be str or None, not ${typeName(o)}`);
  return o.p0 as string;
}

function openImpl(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > OPEN_PARAMS.length)
    raise(T.TypeError, `open() takes at most 8 arguments (${pos.length} given)`);
  const a: (HeapObject | undefined)[] = OPEN_PARAMS.map((_, i) => pos[i]);
  for (const [k, v] of kw) {
    const i = OPEN_PARAMS.indexOf(k);
    if (i < 0) raise(T.TypeError, `'${k}' is an invalid keyword argument for open()`);
    if (a[i] !== undefined)
      raise(T.TypeError, `argument for open() given by name ('${k}') and position (${i + 1})`);
    a[i] = v;
  }
  const file = a[0];
  if (file === undefined) raise(T.TypeError, "open() missing required argument 'file' (pos 1)");
  const mode = a[1] === undefined ? "r" : (optStr("mode", a[1]) ?? "r");
  const encodingArg = optStr("encoding", a[3]);
  const errorsArg = optStr("errors", a[4]);
  const newlineArg = a[5] === undefined || a[5] === S.None ? null : optStr("newline", a[5]);
  const m = parseMode(mode);
  if (m.binary && encodingArg !== null)
    raise(T.ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && errorsArg !== null)
    raise(T.ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && newlineArg !== null)
    raise(T.ValueError, "binary mode doesn't take a newline argument");
  if (!m.binary && a[2] !== undefined && isInt(a[2]) && asIndex(a[2]) === 0)
    raise(T.ValueError, "can't have unbuffered text I/O");
  if (newlineArg !== null && !["", "\n", "\r", "\r\n"].includes(newlineArg))
    raise(T.ValueError, `illegal newline value: ${newlineArg}`);
  // No r/w/x/a at all is FileIO's complaint, made after open()'s own checks.
  if (!(m.reading || m.writing || m.appending || m.creating))
    raise(
      T.ValueError,
      "Must have exactly one of create/read/write/append mode and at most one plus",
    );
  const codec = encodingArg === null ? "utf-8" : lookupCodec(encodingArg);
  let path: string | null = null;
  let fd: number;
  if (isStr(file)) path = file.p0 as string;
  else if (isBytesLike(file)) path = Buffer.from(bytesData(file)).toString("utf8");
  else if (isInt(file)) {
    fd = asIndex(file);
    if (fd < 0) raise(T.ValueError, "negative file descriptor");
  } else raise(T.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  if (path !== null && path.includes("\0")) raise(T.ValueError, "embedded null byte");
  const closefd = a[6] === undefined || truthy(a[6]);
  if (path !== null && !closefd) raise(T.ValueError, "Cannot use closefd=False with file name");
  const readable = m.reading || m.updating;
  const writable = !m.reading || m.updating;
  if (path !== null) {
    let flags =
      readable && writable ? constants.O_RDWR : writable ? constants.O_WRONLY : constants.O_RDONLY;
    if (m.writing) flags |= constants.O_CREAT | constants.O_TRUNC;
    if (m.appending) flags |= constants.O_CREAT | constants.O_APPEND;
    if (m.creating) flags |= constants.O_CREAT | constants.O_EXCL;
    try {
      fd = openSync(path, flags, 0o666);
    } catch (e) {
      throw osError(e, file);
    }
    try {
      if (fstatSync(fd).isDirectory()) {
        const err = Object.assign(new Error("EISDIR"), { code: "EISDIR" });
        throw err;
      }
    } catch (e) {
      closeSync(fd);
      throw osError(e, file);
    }
  }
  let binMode = "";
  if (m.binary) {
    if (m.creating) binMode = m.updating ? "xb+" : "xb";
    else if (m.appending) binMode = m.updating ? "ab+" : "ab";
    else if (readable && writable) binMode = "rb+";
    else binMode = readable ? "rb" : "wb";
  }
  const state = new FileState(
    fd!,
    file,
    m.binary ? binMode : mode,
    m.binary,
    readable,
    writable,
    m.appending,
    codec,
    encodingArg === null ? "utf-8" : encodingArg,
    errorsArg ?? "strict",
    newlineArg,
  );
  incRef(file);
  state.closefd = closefd;
  if (m.appending) {
    try {
      state.pos = fstatSync(state.fd).size;
    } catch {
      state.pos = 0;
    }
  }
  const contract = !m.binary
    ? textContract
    : readable && writable
      ? randomContract
      : readable
        ? readerContract
        : writerContract;
  const obj = heap.alloc(contract, state);
  heap.track(obj);
  openFiles.add(state);
  if (!exitHook) {
    exitHook = true;
    // Files still open when the process ends are flushed (CPython's finalization does).
    process.on("exit", () => {
      for (const f of [...openFiles]) {
        try {
          closeFile(f);
        } catch {
          // nothing to report to
        }
      }
    });
  }
  return obj;
}

// ---------------------------------------------------------------- methods

function sizeArg(args: HeapObject[], i = 0): number {
  const o = args[i];
  if (o === undefined || o === S.None) return -1;
  if (!isInt(o)) raise(T.TypeError, `argument should be integer or None, not '${typeName(o)}'`);
  return asIndex(o);
}

function nextLine(obj: HeapObject): HeapObject | null {
  const f = st(obj);
  checkReadable(f, f.binary ? "readline" : "read");
  if (f.binary) {
    const line = readBytesLine(f, -1);
    return line.length === 0 ? null : newBytes(line);
  }
  const line = readTextLine(f, -1);
  return line === "" ? null : newStr(line);
}

function installMethods(t: HeapObject): void {
  const def = (
    name: string,
    impl: (args: HeapObject[], kw: string[] | null, f: FileState, self: HeapObject) => HeapObject,
  ) => defineMethod(t, name, (args, kw, self) => impl(args, kw, st(self!), self!));
  def("read", (args, _k, f) => {
    checkReadable(f, "read");
    const n = sizeArg(args);
    return f.binary ? newBytes(readBytes(f, n)) : newStr(readText(f, n));
  });
  def("readline", (args, _k, f) => {
    checkReadable(f, f.binary ? "readline" : "read");
    const n = sizeArg(args);
    return f.binary ? newBytes(readBytesLine(f, n)) : newStr(readTextLine(f, n));
  });
  def("readlines", (args, _k, f, self) => {
    checkOpen(f, "readlines");
    checkReadable(f, "readlines");
    const hint = sizeArg(args);
    const lines: HeapObject[] = [];
    let total = 0;
    for (let line = nextLine(self); line !== null; line = nextLine(self)) {
      lines.push(line);
      total += f.binary ? bytesData(line).length : (line.p0 as string).length;
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  });
  def("write", (args, _k, f) => {
    if (args.length !== 1)
      raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
    const v = args[0]!;
    if (f.binary) {
      checkWritable(f, "write");
      const d = bufferFor(v);
      writeBytes(f, d.slice());
      return newInt(d.length);
    }
    checkOpen(f, "write");
    if (!isStr(v)) raise(T.TypeError, `write() argument must be str, not ${typeName(v)}`);
    checkWritable(f, "write");
    const s = v.p0 as string;
    writeText(f, s);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (
        !(
          c >= 0xdc00 &&
          c <= 0xdfff &&
          i > 0 &&
          s.charCodeAt(i - 1) >= 0xd800 &&
          s.charCodeAt(i - 1) <= 0xdbff
        )
      )
        n++;
    }
    return newInt(n);
  });
  def("writelines", (args, _k, f) => {
    checkOpen(f, "writelines");
    if (args.length !== 1)
      raise(T.TypeError, `writelines() takes exactly one argument (${args.length} given)`);
    const items = toArray(args[0]!);
    try {
      for (const v of items) {
        if (f.binary) {
          checkWritable(f, "write");
          writeBytes(f, bufferFor(v).slice());
        } else {
          if (!isStr(v)) raise(T.TypeError, `write() argument must be str, not ${typeName(v)}`);
          checkWritable(f, "write");
          writeText(f, v.p0 as string);
        }
      }
    } finally {
      for (const v of items) decref(v);
    }
    return none();
  });
  def("seek", (args, _k, f) => {
    checkOpen(f, "seek");
    if (args.length < 1 || args.length > 2)
      raise(T.TypeError, `seek expected at least 1 argument, got ${args.length}`);
    const offset = asIndex(args[0]!);
    const whence = args.length > 1 ? asIndex(args[1]!) : 0;
    if (whence < 0 || whence > 2)
      raise(T.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (!f.binary) {
      if (whence === 1 && offset !== 0) unsupportedError("can't do nonzero cur-relative seeks");
      if (whence === 2 && offset !== 0) unsupportedError("can't do nonzero end-relative seeks");
      if (whence === 0 && offset < 0) raise(T.ValueError, `negative seek position ${offset}`);
    }
    const here = tell(f);
    flushWrites(f);
    f.text = null;
    let target: number;
    if (whence === 0) target = offset;
    else if (whence === 1) target = here + offset;
    else target = fstatSync(f.fd).size + offset;
    if (target < 0) {
      f.pos = here;
      const e = Object.assign(new Error("EINVAL"), { code: "EINVAL" });
      throw osError(e, null);
    }
    f.pos = target;
    return newInt(target);
  });
  def("tell", (_a, _k, f) => {
    checkOpen(f, "tell");
    return newInt(tell(f));
  });
  def("truncate", (args, _k, f) => {
    if (!f.writable) {
      checkOpen(f, "truncate");
      unsupportedError("truncate");
    }
    checkOpen(f, "truncate");
    const size = args.length > 0 && args[0] !== S.None ? asIndex(args[0]!) : tell(f);
    flushWrites(f);
    dropReadAhead(f);
    try {
      ftruncateSync(f.fd, size);
    } catch (e) {
      throw osError(e, null);
    }
    return newInt(size);
  });
  def("flush", (_a, _k, f) => {
    checkOpen(f, "flush");
    flushWrites(f);
    return none();
  });
  def("close", (_a, _k, f) => {
    closeFile(f);
    return none();
  });
  def("fileno", (_a, _k, f) => {
    checkOpen(f, "fileno");
    return newInt(f.fd);
  });
  def("readable", (_a, _k, f) => {
    if (!f.readable) return newBool(false);
    checkOpen(f, "query");
    return newBool(true);
  });
  def("writable", (_a, _k, f) => {
    if (!f.writable) return newBool(false);
    checkOpen(f, "query");
    return newBool(true);
  });
  def("seekable", (_a, _k, f) => {
    checkOpen(f, "query");
    return newBool(true);
  });
  def("isatty", (_a, _k, f) => {
    checkOpen(f, "query");
    return newBool(false);
  });
  def("__enter__", (_a, _k, f, self) => {
    checkOpen(f, "enter");
    return incRef(self);
  });
  def("__exit__", (_a, _k, f) => {
    closeFile(f);
    return none();
  });
  def("__iter__", (_a, _k, f, self) => {
    checkOpen(f, "enter");
    return incRef(self);
  });
  def("__next__", (_a, _k, _f, self) => {
    const line = nextLine(self);
    if (line === null) raise(T.StopIteration);
    return line;
  });
}

let installed = false;

/** The `open` builtin (called by the builtins module). */
export function installOpen(store: DictStore): void {
  if (!installed) {
    installed = true;
    for (const c of contracts) {
      const short = c.name.slice(4);
      const t = registerBuiltinType(short, c);
      const info = typeInfo(t);
      info.name = c.name;
      info.module = "_io";
      info.qualname = short;
      info.weakrefable = true;
      installMethods(t);
      extraIterators.set(c, nextLine);
      nativeAttrs.set(
        c,
        new Map<string, (o: HeapObject) => HeapObject>([
          ["name", (o) => incRef(st(o).name)],
          ["mode", (o) => newStr(st(o).mode)],
          ["closed", (o) => newBool(st(o).closed)],
        ]),
      );
      nativeRepr.set(c, (o) => {
        const f = st(o);
        const name = `name=${repr(f.name)}`;
        if (f.binary) return `<${c.name} ${name}>`;
        return `<${c.name} ${name} mode=${pyRepr(f.mode)} encoding=${pyRepr(f.encodingName)}>`;
      });
    }
    // iter(f) checks that the file is open (then the file is its own iterator).
    const iter = nativeSeq.iter;
    nativeSeq.iter = (o) => {
      const c = o.type;
      if (
        c === textContract ||
        c === readerContract ||
        c === writerContract ||
        c === randomContract
      )
        checkOpen(st(o), "enter");
      return iter(o);
    };
    const text = nativeAttrs.get(textContract)!;
    text.set("encoding", (o) => newStr(st(o).encodingName));
    text.set("errors", (o) => newStr(st(o).errors));
  }
  defineFunction(store, "open", openImpl);
}

/** The bytes a binary write takes (PyBUF_SIMPLE): bytes, bytearray, a contiguous memoryview. */
function bufferFor(v: HeapObject): Uint8Array {
  const d = bufferProviders.data(v, true);
  if (d !== null) return d;
  if (bufferProviders.data(v) !== null) {
    raise(T.BufferError, "memoryview: underlying buffer is not C-contiguous");
  }
  raise(T.TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
}
