/**
 * The str methods beyond the basics in builtins.ts: searching with start/end, the
 * right-hand variants, partitions, prefixes, case operations and predicates (from
 * runtime/unicodetype.ts), tabs and translation.
 * Indexes count code points, as Python's do (a JS string's astral characters are two
 * UTF-16 units: bootstrap's strFind and its kin convert).
 */
import type { HeapObject } from "../engine/index.js";
import { asIndex, isStr } from "../runtime/abstract.js";
import {
  codePoints,
  defineMethod,
  listBuiltByAppends,
  splitPrealloc,
  strAffix,
  strCount,
  strFind,
  strSlice,
} from "../runtime/bootstrap.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { staticmethodContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import {
  newBool,
  newBuiltin,
  newDict,
  newInt,
  newIntFromSsize,
  newList,
  newStr,
  newStrFresh,
  newTuple,
  strOrSelf,
} from "../runtime/objects.js";
import { typeInfo, typeName } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import {
  ALPHA_MASK,
  allHave,
  DECIMAL_MASK,
  DIGIT_MASK,
  isAscii,
  LOWER_MASK,
  NUMERIC_MASK,
  PRINTABLE_MASK,
  strCapitalize,
  strCasefold,
  strIsCase,
  strIsIdentifier,
  strIsTitle,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
  UPPER_MASK,
} from "../runtime/unicodetype.js";
import { argTypeName, clinic, exactly, range_, splitKw, tupleArgs } from "./support.js";

function text(self: HeapObject | null): string {
  return self!.p0 as string;
}

/**
 * Python's whitespace (Py_UNICODE_ISSPACE: bidirectional types WS, B and S, and category
 * Zs), which is JS's \s with U+001C..U+001F and U+0085 and without U+FEFF.
 */
const WS = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
export const PY_SPACE = new RegExp(`[${WS}]`);
export const PY_SPACES_ONLY = new RegExp(`^[${WS}]+$`);
/** A run of non-whitespace (global: for exec loops). */
export const PY_WORD = new RegExp(`[^${WS}]+`, "g");
const TRAILING_SPACE = new RegExp(`[${WS}]+$`);
const LAST_WORD = new RegExp(`[^${WS}]+$`);

function strArg(method: string, o: HeapObject, n = 1): string {
  if (!isStr(o)) raise(T.TypeError, `${method}() argument ${n} must be str, not ${argTypeName(o)}`);
  return o.p0 as string;
}

/**
 * Slice bounds start/end as str.find takes them (None = open), adjusted as
 * ADJUST_INDICES does: negative ones count from the end, and end stops at n; a start past
 * n stays there (then nothing is found, not even '').
 */
function bounds(args: HeapObject[], from: number, n: number): [number, number] {
  const get = (o: HeapObject | undefined, dflt: number) => {
    if (o === undefined || o === S.None) return dflt;
    const v = asIndex(o);
    return v < 0 ? Math.max(0, v + n) : v;
  };
  return [get(args[from], 0), Math.min(get(args[from + 1], n), n)];
}

/** The length of a str in code points. */
function cpLen(x: string): number {
  return (codePoints(x) ?? x).length;
}

export function installStrExtras(): void {
  const S_ = T.str;
  const search = (name: string, right: boolean, raises: boolean) =>
    defineMethod(S_, name, (args, kw, self) => {
      tupleArgs(`str.${name}`, args, 1, 3, kw);
      const x = text(self);
      const sub = strArg(name, args[0]!);
      const [start, end] = bounds(args, 1, cpLen(x));
      const i = strFind(x, sub, start, end, right);
      if (i < 0 && raises) raise(T.ValueError, "substring not found");
      return newIntFromSsize(i);
    });
  search("find", false, false);
  search("rfind", true, false);
  search("index", false, true);
  search("rindex", true, true);
  defineMethod(S_, "count", (args, kw, self) => {
    tupleArgs("str.count", args, 1, 3, kw);
    const sub = strArg("count", args[0]!);
    const x = text(self);
    const [start, end] = bounds(args, 1, cpLen(x));
    return newIntFromSsize(strCount(x, sub, start, end));
  });
  const affix = (name: string, test: (x: string | null, p: string) => boolean) =>
    defineMethod(S_, name, (args, kw, self) => {
      tupleArgs(`str.${name}`, args, 1, 3, kw);
      const p = args[0]!;
      const whole = text(self);
      const [start, end] = bounds(args, 1, cpLen(whole));
      // (empty bounds match nothing, not even '', but each prefix is still type-checked)
      const x = start > end ? null : strSlice(whole, start, end);
      if (p.type.layout === C.tuple)
        return newBool(
          (p.p0 as HeapObject[]).some((q) => {
            if (!isStr(q))
              raise(T.TypeError, `tuple for ${name} must only contain str, not ${typeName(q)}`);
            return test(x, q.p0 as string);
          }),
        );
      if (!isStr(p))
        raise(T.TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
      return newBool(test(x, p.p0 as string));
    });
  affix("startswith", (x, p) => x !== null && strAffix(x, p, false));
  affix("endswith", (x, p) => x !== null && strAffix(x, p, true));
  defineMethod(S_, "rsplit", (args, kwnames, self) => {
    const [sepArg, maxArg] = clinic("rsplit", ["sep", "maxsplit"], 0, args, kwnames);
    const sep = sepArg ?? S.None;
    const max = maxArg === undefined ? -1 : asIndex(maxArg);
    let x = text(self);
    const parts: string[] = [];
    if (sep === S.None) {
      // (the rest, once maxsplit is reached, keeps its leading whitespace)
      x = x.replace(TRAILING_SPACE, "");
      while (x.length > 0) {
        if (max >= 0 && parts.length === max) {
          parts.push(x);
          break;
        }
        const m = LAST_WORD.exec(x)!;
        parts.push(m[0]);
        x = x.slice(0, m.index).replace(TRAILING_SPACE, "");
      }
    } else {
      const sp = strArg("rsplit", sep);
      if (sp === "") raise(T.ValueError, "empty separator");
      const all = x.split(sp);
      while (all.length > 1 && (max < 0 || parts.length < max)) parts.push(all.pop()!);
      parts.push(all.join(sp));
    }
    return listBuiltByAppends(
      parts.reverse().map((t) => strOrSelf(self!, t)),
      splitPrealloc(max),
    );
  });
  defineMethod(S_, "splitlines", (args, kwnames, self) => {
    const [keep] = clinic("splitlines", ["keepends"], 0, args, kwnames);
    const keepends = keep !== undefined && keep !== S.False && keep.p0 !== 0;
    const x = text(self);
    const out: string[] = [];
    const breaks = [10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029];
    let last = 0;
    for (let i = 0; i < x.length; i++) {
      if (!breaks.includes(x.charCodeAt(i))) continue;
      const crlf = x[i] === "\r" && x[i + 1] === "\n";
      const after = i + (crlf ? 2 : 1);
      out.push(x.slice(last, keepends ? after : i));
      last = after;
      i = after - 1;
    }
    // (a str that is one line is the line itself, as split_lines appends str_obj)
    if (last === 0 && x.length > 0 && self!.type === C.str) {
      self!.refcnt++;
      return listBuiltByAppends([self!], 0);
    }
    if (last < x.length) out.push(x.slice(last));
    return listBuiltByAppends(out.map(newStr), 0);
  });
  const part = (name: string, right: boolean) =>
    defineMethod(S_, name, (args, kw, self) => {
      exactly(`str.${name}`, args, 1, kw);
      const x = text(self);
      const sep = strArg(name, args[0]!);
      if (sep === "") raise(T.ValueError, "empty separator");
      const i = right ? x.lastIndexOf(sep) : x.indexOf(sep);
      const pieces =
        i < 0 ? (right ? ["", "", x] : [x, "", ""]) : [x.slice(0, i), sep, x.slice(i + sep.length)];
      return newTuple(pieces.map((t) => strOrSelf(self!, t)));
    });
  part("partition", false);
  part("rpartition", true);
  defineMethod(S_, "removeprefix", (args, kw, self) => {
    exactly("str.removeprefix", args, 1, kw);
    const x = text(self);
    const p = strArg("removeprefix", args[0]!);
    return strOrSelf(self!, p !== "" && x.startsWith(p) ? x.slice(p.length) : x);
  });
  defineMethod(S_, "removesuffix", (args, kw, self) => {
    exactly("str.removesuffix", args, 1, kw);
    const x = text(self);
    const p = strArg("removesuffix", args[0]!);
    return strOrSelf(self!, p !== "" && x.endsWith(p) ? x.slice(0, -p.length) : x);
  });
  // The case operations and predicates follow CPython's Unicode 14.0 tables
  // (runtime/unicodetype.ts), not JavaScript's newer Unicode.
  const transform: [string, (x: string) => string][] = [
    ["upper", strUpper],
    ["lower", strLower],
    ["title", strTitle],
    ["capitalize", strCapitalize],
    ["swapcase", strSwapcase],
    ["casefold", strCasefold],
  ];
  for (const [name, fn] of transform) {
    defineMethod(S_, name, (args, kw, self) => {
      exactly(`str.${name}`, args, 0, kw);
      return newStrFresh(fn(text(self)));
    });
  }
  const pred = (name: string, test: (x: string) => boolean, emptyOk = false) =>
    defineMethod(S_, name, (args, kw, self) => {
      exactly(`str.${name}`, args, 0, kw);
      const x = text(self);
      return newBool((emptyOk || x.length > 0) && test(x));
    });
  pred("isdigit", (x) => allHave(x, DIGIT_MASK));
  pred("isdecimal", (x) => allHave(x, DECIMAL_MASK));
  pred("isnumeric", (x) => allHave(x, NUMERIC_MASK));
  pred("isalpha", (x) => allHave(x, ALPHA_MASK));
  pred("isalnum", (x) => allHave(x, ALPHA_MASK | DECIMAL_MASK | DIGIT_MASK | NUMERIC_MASK));
  pred("isspace", (x) => PY_SPACES_ONLY.test(x));
  pred("isupper", (x) => strIsCase(x, UPPER_MASK));
  pred("islower", (x) => strIsCase(x, LOWER_MASK));
  pred("istitle", strIsTitle);
  pred("isascii", isAscii, true);
  pred("isprintable", (x) => x.length === 0 || allHave(x, PRINTABLE_MASK), true);
  pred("isidentifier", strIsIdentifier);
  defineMethod(S_, "expandtabs", (args, kwnames, self) => {
    const [pos, kw] = splitKw(args, kwnames);
    const t = pos[0] ?? kw.get("tabsize");
    const size = t === undefined ? 8 : asIndex(t);
    let out = "";
    let col = 0;
    for (const ch of text(self)) {
      if (ch === "\t") {
        if (size > 0) {
          const n = size - (col % size);
          out += " ".repeat(n);
          col += n;
        }
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    // (no tab: the str itself, unicode_result_unchanged)
    return strOrSelf(self!, out);
  });
  // str.maketrans is a staticmethod: called on the class or an instance, no self.
  const maketrans = newBuiltin(
    "maketrans",
    (args, kw) => {
      range_("maketrans", args, 1, 3, kw);
      const d = newDict();
      const store = d.p0 as DictStore;
      const put = (k: HeapObject, v: HeapObject) => {
        store.set(k, v);
        decref(k);
      };
      if (args.length === 1) {
        const src = args[0]!;
        if (src.type !== C.dict)
          raise(T.TypeError, "if you give only one argument to maketrans it must be a dict");
        for (const e of (src.p0 as DictStore).live()) {
          const k = e.key;
          if (isStr(k)) {
            if ((k.p0 as string).length !== 1)
              raise(T.ValueError, "string keys in translate table must be of length 1");
            put(newInt((k.p0 as string).codePointAt(0)!), e.value);
          } else {
            k.refcnt++;
            put(k, e.value);
          }
        }
        return d;
      }
      const a = [...strArg("maketrans", args[0]!)];
      const b = [...strArg("maketrans", args[1]!, 2)];
      if (a.length !== b.length)
        raise(T.ValueError, "the first two maketrans arguments must have equal length");
      a.forEach((ch, i) => {
        const v = newInt(b[i]!.codePointAt(0)!);
        put(newInt(ch.codePointAt(0)!), v);
        decref(v);
      });
      if (args.length === 3) {
        for (const ch of strArg("maketrans", args[2]!, 3)) put(newInt(ch.codePointAt(0)!), S.None);
      }
      return d;
    },
    null,
  );
  typeInfo(S_).dict.set("maketrans", heap.alloc(staticmethodContract, maketrans, null, null));
  defineMethod(S_, "translate", (args, kw, self) => {
    exactly("str.translate", args, 1, kw);
    const table = args[0]!;
    let out = "";
    for (const ch of text(self)) {
      const k = newInt(ch.codePointAt(0)!);
      let v: HeapObject | undefined;
      try {
        v = table.type === C.dict ? (table.p0 as DictStore).get(k) : undefined;
      } finally {
        decref(k);
      }
      if (v === undefined) out += ch;
      else if (v === S.None) continue;
      else if (isStr(v)) out += v.p0 as string;
      else if (v.type === C.int) out += String.fromCodePoint(Number(v.p0));
      else raise(T.TypeError, "character mapping must return integer, None or str");
    }
    return newStr(out);
  });
}
