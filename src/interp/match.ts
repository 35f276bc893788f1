/**
 * Structural pattern matching (PEP 634): the patterns of a `match` statement compiled to
 * closures, with the run-time checks of CPython 3.11's MATCH_SEQUENCE / MATCH_MAPPING /
 * MATCH_KEYS / MATCH_CLASS and the compile-time SyntaxErrors of its pattern compiler.
 *
 * A compiled pattern is `(f, subject, caps) => boolean`: the subject is borrowed, and a
 * successful match appends one NEW reference per captured name to `caps`, in the order the
 * names are stored (the pattern's `names`). Nothing is bound while matching: as in
 * CPython 3.11, the captured values wait (on the value stack there) until the whole
 * pattern of the case has matched, and a failed pattern binds nothing.
 *
 * What CPython's bytecode does and that shows from Python is reproduced: `len()` is
 * called once for the length check of a sequence or mapping pattern (and again for each
 * subscript after a `*_`), sequences are unpacked by iteration unless the star is a
 * wildcard (then they are indexed), mapping keys are looked up with the subject's `get`
 * method and a fresh sentinel, and class patterns fetch every attribute before any
 * sub-pattern runs.
 */
import type { HeapObject } from "../engine/index.js";
import { dictUpdate } from "../modules/builtins.js";
import type * as A from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import {
  call,
  callBorrowed,
  compareBool,
  contains,
  delItem,
  getAttr,
  getAttrOrNull,
  getItem,
  isInstanceOf,
  len,
  repr,
  toArray,
} from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { newDict, newInt, newList } from "../runtime/objects.js";
import { newSet, setAdd } from "../runtime/set.js";
import {
  isSubtype,
  PATMA_MAPPING,
  PATMA_SEQUENCE,
  patmaFlags,
  typeInfo,
  typeName,
  typeOf,
} from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { noteUnwind } from "./eval.js";
import type { Frame, TbPosition } from "./frame.js";
import { trace, traceLine } from "./trace.js";

export type Ev = (f: Frame) => HeapObject;
export type PatternFn = (f: Frame, subject: HeapObject, caps: HeapObject[]) => boolean;

export interface CompiledPattern {
  match: PatternFn;
  /** Captured names, in store order. */
  names: string[];
  /** Matches every subject (a capture or a wildcard, possibly in an or-pattern). */
  irrefutable: boolean;
}

/** What the pattern compiler needs from the statement compiler. */
export interface PatternHost {
  expr(e: A.expr): Ev;
  constant(value: A.PyConstant): HeapObject;
  filename: string;
  lines: string[];
}

const releaseFrom = (caps: HeapObject[], mark: number): void => {
  for (let i = caps.length - 1; i >= mark; i--) decref(caps[i]!);
  caps.length = mark;
};

export function releaseCaptures(caps: HeapObject[]): void {
  releaseFrom(caps, 0);
}

function posOfPattern(p: A.pattern | A.expr): TbPosition {
  return {
    lineno: p.lineno,
    col: p.col_offset,
    endLineno: p.end_lineno,
    endCol: p.end_col_offset,
    anchor: null,
  };
}

/** Builtin types a single positional sub-pattern matches the subject itself against. */
const matchSelfTypes = new Set([
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
]);

function builtinKey(t: HeapObject): string {
  const info = typeInfo(t);
  // Builtin types of modules carry the dotted name as tp_name does ("collections.deque").
  if (info.module === "builtins" || info.name.includes(".")) return info.name;
  return `${info.module}.${info.name}`;
}

/** Whether `t` or a base of it is one of the builtin types `names` (an inherited flag). */
function hasBuiltinBase(t: HeapObject, names: Set<string>): boolean {
  for (const b of typeInfo(t).mro) if (names.has(builtinKey(b))) return true;
  return false;
}

function isSequence(s: HeapObject): boolean {
  if (s.type === C.list || s.type === C.tuple) return true;
  if (s.type === C.str || s.type === C.dict) return false;
  return (patmaFlags(typeOf(s)) & PATMA_SEQUENCE) !== 0;
}

function isMapping(s: HeapObject): boolean {
  if (s.type === C.dict) return true;
  if (s.type === C.list || s.type === C.tuple || s.type === C.str) return false;
  return (patmaFlags(typeOf(s)) & PATMA_MAPPING) !== 0;
}

function isWildcard(p: A.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}

export class PatternCompiler {
  constructor(private readonly host: PatternHost) {}

  private syntaxError(msg: string, node: A.pattern | A.expr): never {
    throw new PySyntaxError(
      "SyntaxError",
      msg,
      this.host.filename,
      node.lineno,
      node.col_offset + 1,
      this.host.lines[node.lineno - 1] ?? null,
      node.end_lineno,
      node.end_col_offset + 1,
    );
  }

  /** A case's pattern; `allowIrrefutable`: it is guarded or the last case. */
  casePattern(p: A.pattern, allowIrrefutable: boolean): CompiledPattern {
    const cp = this.pattern(p, allowIrrefutable);
    const seen = new Set<string>();
    for (const n of cp.names) {
      if (seen.has(n)) this.syntaxError(`multiple assignments to name '${n}' in pattern`, p);
      seen.add(n);
    }
    return cp;
  }

  private pattern(p: A.pattern, allowIrrefutable: boolean): CompiledPattern {
    switch (p._type) {
      case "MatchAs":
        return this.asPattern(p, allowIrrefutable);
      case "MatchValue":
        return this.valuePattern(p);
      case "MatchSingleton": {
        const v = this.host.constant(p.value);
        return { match: (_f, s) => s === v, names: [], irrefutable: false };
      }
      case "MatchSequence":
        return this.sequencePattern(p);
      case "MatchMapping":
        return this.mappingPattern(p);
      case "MatchClass":
        return this.classPattern(p);
      case "MatchOr":
        return this.orPattern(p, allowIrrefutable);
      case "MatchStar":
        // Only inside a sequence pattern, which handles it.
        return this.syntaxError("can't use starred expression here", p);
      default: {
        const never: never = p;
        return never;
      }
    }
  }

  /**
   * A sub-pattern of `parent`: when it starts on another line and runs instructions of its
   * own (anything but a capture or a wildcard), a tracer sees a line event there.
   */
  private sub(q: A.pattern, parent: A.pattern, allowIrrefutable = true): CompiledPattern {
    const cp = this.pattern(q, allowIrrefutable);
    if (q.lineno === parent.lineno || (q._type === "MatchAs" && q.pattern === null)) return cp;
    const m = cp.match;
    const line = q.lineno;
    return {
      ...cp,
      match: (f, s, caps) => {
        if (trace.on) traceLine(f, line);
        return m(f, s, caps);
      },
    };
  }

  private checkName(name: string, p: A.pattern): void {
    if (name === "__debug__") this.syntaxError("cannot assign to __debug__", p);
  }

  private asPattern(p: A.MatchAs, allowIrrefutable: boolean): CompiledPattern {
    const name = p.name;
    if (p.pattern === null) {
      if (!allowIrrefutable) {
        if (name === null) this.syntaxError("wildcard makes remaining patterns unreachable", p);
        this.syntaxError(`name capture '${name}' makes remaining patterns unreachable`, p);
      }
      if (name === null) return { match: () => true, names: [], irrefutable: true };
      this.checkName(name, p);
      return {
        match: (_f, s, caps) => {
          incref(s);
          caps.push(s);
          return true;
        },
        names: [name],
        irrefutable: true,
      };
    }
    // `p as name`: the sub-pattern's irrefutability decides.
    const inner = this.pattern(p.pattern, allowIrrefutable);
    if (inner.irrefutable && !allowIrrefutable)
      this.syntaxError(`name capture '${name}' makes remaining patterns unreachable`, p);
    this.checkName(name!, p);
    const m = inner.match;
    return {
      match: (f, s, caps) => {
        if (!m(f, s, caps)) return false;
        incref(s);
        caps.push(s);
        return true;
      },
      names: [...inner.names, name!],
      irrefutable: inner.irrefutable,
    };
  }

  private valuePattern(p: A.MatchValue): CompiledPattern {
    const value = this.host.expr(p.value);
    const pos = posOfPattern(p);
    return {
      match: (f, s) => {
        const v = value(f);
        try {
          return compareBool(s, v, "==");
        } catch (e) {
          throw noteUnwind(e, f, pos);
        } finally {
          decref(v);
        }
      },
      names: [],
      irrefutable: false,
    };
  }

  private orPattern(p: A.MatchOr, allowIrrefutable: boolean): CompiledPattern {
    const alts: CompiledPattern[] = [];
    for (let i = 0; i < p.patterns.length; i++) {
      const q = p.patterns[i]!;
      // Only the last alternative may be irrefutable (when the or-pattern may).
      const alt = this.sub(q, p, i === p.patterns.length - 1 && allowIrrefutable);
      if (alt.irrefutable && i < p.patterns.length - 1) {
        if (isWildcard(q)) this.syntaxError("wildcard makes remaining patterns unreachable", q);
        const name = alt.names[alt.names.length - 1];
        this.syntaxError(`name capture '${name}' makes remaining patterns unreachable`, q);
      }
      alts.push(alt);
    }
    const control = alts[0]!.names;
    const orders: (number[] | null)[] = alts.map((alt) => {
      const same =
        alt.names.length === control.length && alt.names.every((n) => control.includes(n));
      if (!same) this.syntaxError("alternative patterns bind different names", p);
      if (alt.names.every((n, i) => n === control[i])) return null;
      return control.map((n) => alt.names.indexOf(n));
    });
    const fns = alts.map((a) => a.match);
    return {
      match: (f, s, caps) => {
        const mark = caps.length;
        for (let i = 0; i < fns.length; i++) {
          if (fns[i]!(f, s, caps)) {
            const order = orders[i]!;
            if (order !== null) {
              const got = caps.slice(mark);
              for (let j = 0; j < order.length; j++) caps[mark + j] = got[order[j]!]!;
            }
            return true;
          }
          releaseFrom(caps, mark);
        }
        return false;
      },
      names: control,
      irrefutable: alts.some((a) => a.irrefutable),
    };
  }

  private sequencePattern(p: A.MatchSequence): CompiledPattern {
    const pats = p.patterns;
    const size = pats.length;
    let star = -1;
    let starWildcard = false;
    let onlyWildcards = true;
    for (let i = 0; i < size; i++) {
      const q = pats[i]!;
      if (q._type === "MatchStar") {
        if (star >= 0) this.syntaxError("multiple starred names in sequence pattern", q);
        star = i;
        starWildcard = q.name === null;
        continue;
      }
      if (!isWildcard(q)) onlyWildcards = false;
    }
    const subs: (CompiledPattern | null)[] = pats.map((q) =>
      q._type === "MatchStar" ? null : isWildcard(q) ? null : this.sub(q, p),
    );
    const names: string[] = [];
    for (let i = 0; i < size; i++) {
      const q = pats[i]!;
      if (q._type === "MatchStar") {
        if (q.name !== null) {
          this.checkName(q.name, q);
          names.push(q.name);
        }
      } else if (subs[i] !== null) names.push(...subs[i]!.names);
    }
    const pos = posOfPattern(p);
    const lengthOk = (f: Frame, s: HeapObject): boolean => {
      let n: number;
      try {
        n = len(s);
      } catch (e) {
        throw noteUnwind(e, f, pos);
      }
      return star < 0 ? n === size : n >= size - 1;
    };
    const isSeq = isSequence;
    if (onlyWildcards && (star < 0 || starWildcard)) {
      return { match: (f, s) => isSeq(s) && lengthOk(f, s), names, irrefutable: false };
    }
    if (starWildcard) {
      // Items are fetched by index: i before the star, len(subject) - (size - i) after it.
      return {
        match: (f, s, caps) => {
          if (!isSeq(s) || !lengthOk(f, s)) return false;
          for (let i = 0; i < size; i++) {
            const sub = subs[i];
            if (sub == null) continue;
            let item: HeapObject;
            try {
              const index = newInt(i < star ? i : len(s) - (size - i));
              try {
                item = getItem(s, index);
              } finally {
                decref(index);
              }
            } catch (e) {
              throw noteUnwind(e, f, pos);
            }
            try {
              if (!sub.match(f, item, caps)) return false;
            } finally {
              decref(item);
            }
          }
          return true;
        },
        names,
        irrefutable: false,
      };
    }
    // UNPACK_SEQUENCE / UNPACK_EX: the subject is iterated.
    return {
      match: (f, s, caps) => {
        if (!isSeq(s) || !lengthOk(f, s)) return false;
        let items: HeapObject[];
        try {
          items = unpack(s, size, star);
        } catch (e) {
          throw noteUnwind(e, f, pos);
        }
        let i = 0;
        try {
          for (; i < size; i++) {
            const item = items[i]!;
            const sub = subs[i];
            if (i === star) {
              if ((pats[i] as A.MatchStar).name !== null) {
                incref(item);
                caps.push(item);
              }
            } else if (sub != null && !sub.match(f, item, caps)) return false;
          }
          return true;
        } finally {
          for (const x of items) decref(x);
        }
      },
      names,
      irrefutable: false,
    };
  }

  private mappingPattern(p: A.MatchMapping): CompiledPattern {
    const nkeys = p.keys.length;
    const seenKeys: HeapObject[] = [];
    const keys: Ev[] = p.keys.map((k) => {
      if (k._type === "Constant" || k._type === "UnaryOp" || k._type === "BinOp") {
        // Literal keys: duplicates are a SyntaxError (value patterns are checked at run time).
        const v = this.literalKey(k);
        if (v !== null) {
          for (const o of seenKeys)
            if (compareBool(o, v, "==")) {
              this.syntaxError(`mapping pattern checks duplicate key (${repr(v)})`, p);
            }
          seenKeys.push(v);
        }
      } else if (k._type !== "Attribute") {
        this.syntaxError("mapping pattern keys may only match literals and attribute lookups", p);
      }
      return this.host.expr(k);
    });
    const subs = p.patterns.map((q) => (isWildcard(q) ? null : this.sub(q, p)));
    const names: string[] = [];
    for (const sub of subs) if (sub !== null) names.push(...sub.names);
    const rest = p.rest;
    if (rest !== null) {
      this.checkName(rest, p);
      names.push(rest);
    }
    const pos = posOfPattern(p);
    const isMap = isMapping;
    if (nkeys === 0 && rest === null)
      return { match: (_f, s) => isMap(s), names, irrefutable: false };
    return {
      match: (f, s, caps) => {
        if (!isMap(s)) return false;
        if (nkeys > 0) {
          let n: number;
          try {
            n = len(s);
          } catch (e) {
            throw noteUnwind(e, f, pos);
          }
          if (n < nkeys) return false;
        }
        const keyObjs: HeapObject[] = [];
        let values: HeapObject[] | null = null;
        try {
          for (const k of keys) keyObjs.push(k(f));
          try {
            values = matchKeys(s, keyObjs);
          } catch (e) {
            throw noteUnwind(e, f, pos);
          }
          if (values === null) return false;
          for (let i = 0; i < nkeys; i++) {
            const sub = subs[i];
            if (sub != null && !sub.match(f, values[i]!, caps)) return false;
          }
          if (rest !== null) {
            const d = newDict();
            try {
              dictUpdate(d, s);
              for (const k of keyObjs) delItem(d, k);
            } catch (e) {
              decref(d);
              throw noteUnwind(e, f, pos);
            }
            caps.push(d);
          }
          return true;
        } finally {
          if (values !== null) for (const v of values) decref(v);
          for (const k of keyObjs) decref(k);
        }
      },
      names,
      irrefutable: false,
    };
  }

  /** The value of a literal mapping key (a constant, a negative number, a complex sum). */
  private literalKey(k: A.expr): HeapObject | null {
    if (k._type === "Constant") return this.host.constant(k.value);
    if (k._type === "UnaryOp" && k.op._type === "USub" && k.operand._type === "Constant") {
      const v = k.operand.value;
      if (typeof v === "bigint" || typeof v === "number") return this.host.constant(-v);
    }
    return null;
  }

  private classPattern(p: A.MatchClass): CompiledPattern {
    const cls = this.host.expr(p.cls);
    const nargs = p.patterns.length;
    const kwnames = p.kwd_attrs;
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i]!;
      if (kwnames.indexOf(k) !== i)
        this.syntaxError(`attribute name repeated in class pattern: ${k}`, p.kwd_patterns[i]!);
    }
    const all = [...p.patterns, ...p.kwd_patterns];
    const subs = all.map((q) => (isWildcard(q) ? null : this.sub(q, p)));
    const names: string[] = [];
    for (const sub of subs) if (sub !== null) names.push(...sub.names);
    const pos = posOfPattern(p);
    return {
      match: (f, s, caps) => {
        const c = cls(f);
        let attrs: HeapObject[] | null;
        try {
          attrs = matchClass(s, c, nargs, kwnames);
        } catch (e) {
          throw noteUnwind(e, f, pos);
        } finally {
          decref(c);
        }
        if (attrs === null) return false;
        try {
          for (let i = 0; i < attrs.length; i++) {
            const sub = subs[i];
            if (sub != null && !sub.match(f, attrs[i]!, caps)) return false;
          }
          return true;
        } finally {
          for (const a of attrs) decref(a);
        }
      },
      names,
      irrefutable: false,
    };
  }
}

/** UNPACK_SEQUENCE (star < 0) or UNPACK_EX: `size` new references (the star a new list). */
function unpack(s: HeapObject, size: number, star: number): HeapObject[] {
  const items = toArray(s);
  if (star < 0) {
    if (items.length !== size) {
      for (const x of items) decref(x);
      if (items.length > size) raise(T.ValueError, `too many values to unpack (expected ${size})`);
      raise(T.ValueError, `not enough values to unpack (expected ${size}, got ${items.length})`);
    }
    return items;
  }
  if (items.length < size - 1) {
    for (const x of items) decref(x);
    raise(
      T.ValueError,
      `not enough values to unpack (expected at least ${size - 1}, got ${items.length})`,
    );
  }
  const after = size - star - 1;
  const starred = newList(items.slice(star, items.length - after));
  return [...items.slice(0, star), starred, ...items.slice(items.length - after)];
}

/**
 * MATCH_KEYS: the values of `keys` in mapping `s` (new references), or null when one is
 * missing. Keys are looked up with `s.get(key, sentinel)`; a key seen twice is a ValueError.
 */
function matchKeys(s: HeapObject, keys: HeapObject[]): HeapObject[] | null {
  if (keys.length === 0) return [];
  const get = getAttr(s, "get");
  const seen = newSet([]);
  const dummy = call(T.object, []);
  const values: HeapObject[] = [];
  try {
    for (const k of keys) {
      if (contains(seen, k))
        raise(T.ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
      setAdd(seen, k);
      const v = callBorrowed(get, [k, dummy]);
      if (v === dummy) {
        decref(v);
        for (const x of values) decref(x);
        return null;
      }
      values.push(v);
    }
    return values;
  } catch (e) {
    for (const x of values) decref(x);
    throw e;
  } finally {
    decref(dummy);
    decref(seen);
    decref(get);
  }
}

/**
 * MATCH_CLASS: isinstance(s, cls) and the attributes named by `cls.__match_args__` (the
 * first `nargs`) and by `kwnames`, as new references; null when `s` is not an instance
 * or lacks one of the attributes.
 */
function matchClass(
  s: HeapObject,
  cls: HeapObject,
  nargs: number,
  kwnames: string[],
): HeapObject[] | null {
  if (!isSubtype(typeOf(cls), T.type)) raise(T.TypeError, "called match pattern must be a type");
  if (!isInstanceOf(s, cls)) return null;
  const seen = new Set<string>();
  const attrs: HeapObject[] = [];
  const clsName = typeInfo(cls).name;
  const attr = (name: string): boolean => {
    if (seen.has(name))
      raise(T.TypeError, `${clsName}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOrNull(s, name);
    if (v === null) return false;
    attrs.push(v);
    return true;
  };
  try {
    if (nargs > 0) {
      let matchArgs = getAttrOrNull(cls, "__match_args__");
      let matchSelf = false;
      if (matchArgs === null) {
        matchSelf = hasBuiltinBase(cls, matchSelfTypes);
        matchArgs = S.emptyTuple;
        incref(matchArgs);
      }
      try {
        if (matchArgs.type !== C.tuple && !isSubtype(typeOf(matchArgs), T.tuple))
          raise(
            T.TypeError,
            `${clsName}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`,
          );
        const margs = matchArgs.p0 as HeapObject[];
        const allowed = matchSelf ? 1 : margs.length;
        if (allowed < nargs) {
          const plural = allowed === 1 ? "" : "s";
          raise(
            T.TypeError,
            `${clsName}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`,
          );
        }
        if (matchSelf) {
          incref(s);
          attrs.push(s);
        } else {
          for (let i = 0; i < nargs; i++) {
            const n = margs[i]!;
            if (n.type !== C.str && !isSubtype(typeOf(n), T.str))
              raise(T.TypeError, `__match_args__ elements must be strings (got ${typeName(n)})`);
            if (!attr(n.p0 as string)) return release(attrs);
          }
        }
      } finally {
        decref(matchArgs);
      }
    }
    for (const k of kwnames) if (!attr(k)) return release(attrs);
    return attrs;
  } catch (e) {
    for (const a of attrs) decref(a);
    throw e;
  }
}

function release(items: HeapObject[]): null {
  for (const x of items) decref(x);
  items.length = 0;
  return null;
}
