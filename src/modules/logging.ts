/**
 * A reduced `logging` (CPython Lib/logging/__init__.py): named loggers in a hierarchy
 * under the root, levels, `basicConfig(level, format, stream)` and the default
 * `LEVEL:name:message` format on stderr. Handlers, filters and formatter classes are not
 * modelled yet; records go straight to the configured stream.
 */

import { percentFormat } from "../api/percent.js";
import type { HeapObject } from "../engine/index.js";
import { asIndex, call, getAttr, isStr, str } from "../runtime/abstract.js";
import { buildClass, defineMethod } from "../runtime/bootstrap.js";
import { decref, incref } from "../runtime/heapref.js";
import { allocInstance } from "../runtime/instance.js";
import { newDict, newInt, newStr, none } from "../runtime/objects.js";
import { typeInfo } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { stderr } from "./io.js";
import { declareModule } from "./registry.js";
import { defineFunction, defineValue, splitKw } from "./support.js";

const LEVELS: [string, number][] = [
  ["CRITICAL", 50],
  ["ERROR", 40],
  ["WARNING", 30],
  ["INFO", 20],
  ["DEBUG", 10],
  ["NOTSET", 0],
];
const levelName = (n: number) => LEVELS.find(([, v]) => v === n)?.[0] ?? `Level ${n}`;

interface LoggerState {
  name: string;
  level: number;
  parent: HeapObject | null;
}

const state = new WeakMap<HeapObject, LoggerState>();
const loggers = new Map<string, HeapObject>();
const config = {
  configured: false,
  format: "%(levelname)s:%(name)s:%(message)s",
  stream: null as HeapObject | null,
};

function effectiveLevel(logger: HeapObject): number {
  for (let l: HeapObject | null = logger; l !== null; l = state.get(l)!.parent) {
    const lv = state.get(l)!.level;
    if (lv !== 0) return lv;
  }
  return 0;
}

function emit(logger: HeapObject, level: number, msg: HeapObject, args: HeapObject[]): void {
  if (level < effectiveLevel(logger)) return;
  if (!config.configured) {
    // logging.lastResort: WARNING and above, message only, to stderr.
    if (level < 30) return;
  }
  let text = str(msg);
  if (args.length > 0) {
    const fmt = newStr(text);
    const tuple = args.length === 1 && args[0]!.type.owner === T.dict ? args[0]! : makeTuple(args);
    const r = percentFormat(fmt, tuple);
    text = r.p0 as string;
    decref(r);
    decref(fmt);
    if (tuple !== args[0]) decref(tuple);
  }
  const record = new Map<string, string>([
    ["levelname", levelName(level)],
    ["name", state.get(logger)!.name],
    ["message", text],
    ["levelno", String(level)],
  ]);
  const line = config.configured
    ? config.format.replace(/%\((\w+)\)[-0-9.]*[sd]/g, (_m, k: string) => record.get(k) ?? "")
    : text;
  if (config.stream === null) stderr.write(`${line}\n`);
  else {
    const w = getAttr(config.stream, "write");
    const s = newStr(`${line}\n`);
    try {
      decref(call(w, [s]));
    } finally {
      decref(w);
    }
  }
}

function makeTuple(items: HeapObject[]): HeapObject {
  for (const x of items) incref(x);
  return tupleHook(items);
}
let tupleHook: (items: HeapObject[]) => HeapObject;

declareModule("logging", (m) => {
  tupleHook = objectsRef.newTuple;
  const ns = newDict();
  const loggerType = buildClass(T.type, "Logger", [], ns);
  decref(ns);
  typeInfo(loggerType).module = "logging";
  const makeLogger = (name: string, parent: HeapObject | null): HeapObject => {
    const l = allocInstance(loggerType);
    state.set(l, { name, level: 0, parent });
    loggers.set(name, l);
    return l;
  };
  const root = makeLogger("root", null);
  state.get(root)!.level = 30;
  for (const [name, value] of LEVELS) {
    const o = newInt(value);
    defineValue(m, name, o);
    decref(o);
  }
  const logMethod = (name: string, level: number | null) =>
    defineMethod(loggerType, name, (args, kwnames, self) => {
      const [pos] = splitKw(args, kwnames);
      const lv = level ?? asIndex(pos.shift()!);
      emit(self!, lv, pos[0]!, pos.slice(1));
      return none();
    });
  for (const [name, level] of [
    ["debug", 10],
    ["info", 20],
    ["warning", 30],
    ["warn", 30],
    ["error", 40],
    ["exception", 40],
    ["critical", 50],
  ] as const) {
    logMethod(name, level);
    defineFunction(m, name, (args, kwnames) => {
      const [pos] = splitKw(args, kwnames);
      if (!config.configured) {
        config.configured = true;
      }
      emit(root, level, pos[0]!, pos.slice(1));
      return none();
    });
  }
  logMethod("log", null);
  defineMethod(loggerType, "setLevel", (args, _kw, self) => {
    state.get(self!)!.level = asIndex(args[0]!);
    return none();
  });
  defineMethod(loggerType, "getEffectiveLevel", (_a, _k, self) => newInt(effectiveLevel(self!)));
  defineMethod(loggerType, "isEnabledFor", (args, _k, self) =>
    objectsRef.newBool(asIndex(args[0]!) >= effectiveLevel(self!)),
  );
  defineFunction(m, "getLogger", (args) => {
    const name = args.length === 0 || args[0] === S.None ? "root" : (args[0]!.p0 as string);
    const existing = loggers.get(name);
    if (existing !== undefined) {
      incref(existing);
      return existing;
    }
    const l = makeLogger(name, root);
    incref(l);
    return l;
  });
  defineFunction(m, "basicConfig", (args, kwnames) => {
    const [, kw] = splitKw(args, kwnames);
    if (config.configured) return none();
    config.configured = true;
    const level = kw.get("level");
    if (level !== undefined)
      state.get(root)!.level = isStr(level)
        ? (LEVELS.find(([n]) => n === level.p0)?.[1] ?? 0)
        : asIndex(level);
    const format = kw.get("format");
    if (format !== undefined) config.format = format.p0 as string;
    const stream = kw.get("stream");
    if (stream !== undefined && stream !== S.None) {
      incref(stream);
      config.stream = stream;
    }
    return none();
  });
  defineValue(m, "root", root);
});

import * as objectsRef from "../runtime/objects.js";
