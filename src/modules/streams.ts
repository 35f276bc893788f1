/** sys.stdin, sys.stdout and sys.stderr objects: stdin read as input() reads it, stdout and
 * stderr written through the buffered OutStreams. */

import type { HeapObject } from "../engine/index.js";
import { genericSetAttr, incRef, str } from "../runtime/abstract.js";
import { buildClass } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { propertyContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import { allocInstance } from "../runtime/instance.js";
import {
  newBool,
  newBuiltin,
  newDict,
  newInt,
  newList,
  newMethodDescriptor,
  newStr,
  none,
} from "../runtime/objects.js";
import { setTypeAttr, typeInfo } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";
import { unsupportedOperation } from "./fileio.js";
import { isatty, readLineHook, stderr, stdout } from "./io.js";
import { stdoutPending } from "./textpending.js";

let streamType: HeapObject | null = null;
const fdOf = new WeakMap<HeapObject, number>();

/** Whether `obj` is the process's own stream object for file descriptor `fd`. */
export function isNativeStream(obj: HeapObject, fd: number): boolean {
  return fdOf.get(obj) === fd;
}

const STREAMS = [
  { name: "<stdin>", mode: "r" },
  { name: "<stdout>", mode: "w" },
  { name: "<stderr>", mode: "w" },
] as const;

/** The stream object's file descriptor (0, 1 or 2). */
function fdFor(self: HeapObject): number {
  return fdOf.get(self)!;
}

/** The next line of stdin with its newline ("" at the end), as input() reads it.
 * NOT-CPYTHON: a last line without a newline comes back with one. */
function readStdinLine(self: HeapObject): string {
  if (fdFor(self) !== 0) raise(unsupportedOperation(), "not readable");
  const line = readLineHook.read("");
  return line === null ? "" : `${line}\n`;
}

function stdinLines(self: HeapObject): HeapObject[] {
  const lines: HeapObject[] = [];
  for (let line = readStdinLine(self); line !== ""; line = readStdinLine(self))
    lines.push(newStr(line));
  return lines;
}

function defineStreamType(): HeapObject {
  const ns = newDict();
  const t = buildClass(T.type, "TextIOWrapper", [], ns);
  decref(ns);
  typeInfo(t).module = "_io";
  const method = (name: string, fn: (args: HeapObject[], self: HeapObject) => HeapObject) => {
    const d = newMethodDescriptor(name, (args, _kw, self) => fn(args, self!), t);
    setTypeAttr(t, name, d);
    decref(d);
  };
  const getter = (name: string, fn: (self: HeapObject) => HeapObject) => {
    const fget = newBuiltin(name, (args) => fn(args[0]!));
    const prop = heap.alloc(propertyContract, fget, null, null);
    heap.track(prop);
    setTypeAttr(t, name, prop);
    decref(prop);
  };
  method("write", (args, self) => {
    if (args.length !== 1) {
      raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
    }
    const fd = fdFor(self);
    if (fd === 0) raise(unsupportedOperation(), "not writable");
    const text = args[0]!;
    // (a str subclass's instance is written as its value, and kept pending as itself)
    if (text.type.layout !== T.str.p0.contract) {
      raise(T.TypeError, `write() argument must be str, not ${typeInfo(text.type.owner).name}`);
    }
    if (fd === 1 && stdoutPending.active) stdoutPending.write(text);
    else (fd === 1 ? stdout : stderr).write(text.p0 as string);
    return newInt([...(text.p0 as string)].length);
  });
  method("flush", (_args, self) => {
    const fd = fdFor(self);
    if (fd !== 0) (fd === 1 ? stdout : stderr).flush();
    return none();
  });
  method("readline", (_args, self) => newStr(readStdinLine(self)));
  method("read", (_args, self) => {
    const lines = stdinLines(self);
    const text = lines.map((l) => l.p0 as string).join("");
    for (const l of lines) decref(l);
    return newStr(text);
  });
  method("readlines", (_args, self) => newList(stdinLines(self)));
  method("__iter__", (_args, self) => incRef(self));
  method("__next__", (_args, self) => {
    const line = readStdinLine(self);
    if (line === "") raise(T.StopIteration!);
    return newStr(line);
  });
  method("readable", (_args, self) => newBool(fdFor(self) === 0));
  method("writable", (_args, self) => newBool(fdFor(self) !== 0));
  method("isatty", (_args, self) => newBool(isatty(fdFor(self))));
  method("fileno", (_args, self) => newInt(fdFor(self)));
  method("__repr__", (_args, self) => {
    const { name, mode } = STREAMS[fdFor(self)]!;
    return newStr(`<_io.TextIOWrapper name='${name}' mode='${mode}' encoding='utf-8'>`);
  });
  getter("name", (self) => newStr(STREAMS[fdFor(self)]!.name));
  getter("encoding", () => newStr("utf-8"));
  getter("closed", () => newBool(false));
  return t;
}

/** sys.stdin, sys.stdout and sys.stderr: TextIOWrapper objects over fds 0, 1 and 2. */
export const nativeStreamType = {
  make(fd: 0 | 1 | 2): HeapObject {
    streamType ??= defineStreamType();
    const obj = allocInstance(streamType);
    fdOf.set(obj, fd);
    // TextIOWrapper.__init__ sets `mode` as an instance attribute (it is in __dict__).
    const mode = newStr(STREAMS[fd]!.mode);
    genericSetAttr(obj, "mode", mode);
    decref(mode);
    return obj;
  },
};
