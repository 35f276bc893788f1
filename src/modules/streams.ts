/** sys.stdout / sys.stderr objects: `write` and `flush` over the buffered OutStreams. */
import type { HeapObject } from "../engine/index.js";
import { str } from "../runtime/abstract.js";
import { buildClass } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { allocInstance } from "../runtime/instance.js";
import { newDict, newInt, none } from "../runtime/objects.js";
import { setTypeAttr, typeInfo } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";
import { stderr, stdout } from "./io.js";

let streamType: HeapObject | null = null;
const fdOf = new WeakMap<HeapObject, number>();

/** Whether `obj` is the process's own stream object for file descriptor `fd`. */
export function isNativeStream(obj: HeapObject, fd: number): boolean {
  return fdOf.get(obj) === fd;
}

export const nativeStreamType = {
  make(_name: string, fd: number): HeapObject {
    if (streamType === null) {
      const ns = newDict();
      streamType = buildClass(T.type, "TextIOWrapper", [], ns);
      decref(ns);
      typeInfo(streamType).module = "_io";
      setTypeAttr(
        streamType,
        "write",
        methodOf("write", (args, self) => {
          if (args.length !== 1) {
            raise(T.TypeError, `write() takes exactly one argument (${args.length} given)`);
          }
          const text = args[0]!;
          if (text.type !== T.str.p0.contract) {
            raise(
              T.TypeError,
              `write() argument must be str, not ${typeInfo(text.type.owner).name}`,
            );
          }
          const stream = fdOf.get(self) === 1 ? stdout : stderr;
          stream.write(str(text));
          return newInt([...(text.p0 as string)].length);
        }),
      );
      setTypeAttr(
        streamType,
        "flush",
        methodOf("flush", (_args, self) => {
          (fdOf.get(self) === 1 ? stdout : stderr).flush();
          return none();
        }),
      );
    }
    const obj = allocInstance(streamType);
    fdOf.set(obj, fd);
    return obj;
  },
};

import { newMethodDescriptor } from "../runtime/objects.js";

function methodOf(
  name: string,
  fn: (args: HeapObject[], self: HeapObject) => HeapObject,
): HeapObject {
  return newMethodDescriptor(name, (args, _kw, self) => fn(args, self!), streamType!);
}
