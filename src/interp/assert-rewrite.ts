/**
 * pytest's assertion rewriting (`_pytest/assertion/rewrite.py` + `util.py`, reduced): in a
 * module compiled with `rewriteAsserts`, `assert TEST[, MSG]` evaluates the top of TEST
 * part by part (names, attributes, calls, comparisons, boolean and arithmetic operators),
 * keeping each intermediate value, and on failure raises AssertionError whose message
 * explains the expression with those values: `assert 4 == 5` / ` +  where 4 = double(2)`.
 * The message uses pytest's mini-language (`\n{` / `\n}` nest a "where" clause, `\n~` and
 * `\n>` continue a line) and is laid out by `formatExplanation`, as pytest does.
 * NOT-CPYTHON (pytest): no `-v` full diffs of containers, no `--assert=plain`.
 */

import type { HeapObject } from "../engine/index.js";
import type * as A from "../parser/ast.js";
import {
  binaryOp,
  type CmpOp,
  call,
  callable,
  compareBool,
  contains,
  getAttr,
  getAttrOrNull,
  isInstanceOf,
  isStr,
  pyEq,
  repr,
  richCompare,
  toArray,
  truthy,
  unaryOp,
} from "../runtime/abstract.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { newBool, newStr } from "../runtime/objects.js";
import { typeOf } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";
import { NORMAL, type Stmt } from "./code.js";
import { opNames } from "./compile.js";
import { ndiff } from "./difflib.js";
import { noteUnwind } from "./eval.js";
import type { Frame, TbPosition } from "./frame.js";
import { CMP_OPS } from "./unparse.js";

/** What the rewriter needs of the compiler: an ordinary expression's closure. */
export interface ExprCompiler {
  expr(e: A.expr): (f: Frame) => HeapObject;
}

interface Part {
  value: HeapObject;
  expl: () => string;
}

/** Values kept alive until the assertion is done (released in `rewriteAssert`). */
type Held = HeapObject[];
type Node = (f: Frame, held: Held) => Part;

/** pytest's saferepr: repr cut to `maxsize` characters around an ellipsis. */
export function saferepr(obj: HeapObject, maxsize: number | null = 240): string {
  let s: string;
  try {
    s = repr(obj);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    const name = (() => {
      try {
        return repr(e.exc);
      } finally {
        decref(e.exc);
      }
    })();
    const t = obj.type.owner as HeapObject;
    s = `<[${name} raised in repr()] ${typeNameOf(t)} object>`;
  }
  if (maxsize !== null && s.length > maxsize) {
    const i = Math.max(0, Math.floor((maxsize - 3) / 2));
    const j = Math.max(0, maxsize - 3 - i);
    s = `${s.slice(0, i)}...${s.slice(s.length - j)}`;
  }
  return s;
}

function typeNameOf(t: HeapObject): string {
  const n = getAttrOrNull(t, "__name__");
  if (n === null) return "?";
  try {
    return isStr(n) ? (n.p0 as string) : "?";
  } finally {
    decref(n);
  }
}

/** _saferepr for explanations: newlines escaped (they are the mini-language's markup). */
function explRepr(obj: HeapObject): string {
  return saferepr(obj).replace(/\n/g, "\\n");
}

function keep(held: Held, v: HeapObject): HeapObject {
  held.push(v);
  return v;
}

function build(c: ExprCompiler, e: A.expr): Node {
  switch (e._type) {
    case "Name": {
      const ev = c.expr(e);
      const name = e.id;
      return (f, held) => {
        const v = keep(held, ev(f));
        return {
          value: v,
          expl: () => (isLocal(f, name) || shouldReprGlobal(v) ? explRepr(v) : name),
        };
      };
    }
    case "Attribute": {
      if (e.ctx._type !== "Load") break;
      const obj = build(c, e.value);
      const attr = e.attr;
      const pos = posOf(e);
      return (f, held) => {
        const o = obj(f, held);
        let got: HeapObject;
        try {
          got = getAttr(o.value, attr);
        } catch (err) {
          throw noteUnwind(err, f, pos);
        }
        const v = keep(held, got);
        return {
          value: v,
          expl: () => {
            const r = explRepr(v);
            return `${r}\n{${r} = ${o.expl()}.${attr}\n}`;
          },
        };
      };
    }
    case "Call":
      return buildCall(c, e);
    case "Compare":
      return buildCompare(c, e);
    case "BoolOp": {
      const values = e.values.map((v) => build(c, v));
      const isOr = e.op._type === "Or";
      return (f, held) => {
        const parts: Part[] = [];
        let last: Part | null = null;
        for (const node of values) {
          last = node(f, held);
          parts.push(last);
          if (truthy(last.value) === isOr) break;
        }
        const joined = () => `(${parts.map((p) => p.expl()).join(isOr ? " or " : " and ")})`;
        return { value: last!.value, expl: joined };
      };
    }
    case "UnaryOp": {
      const operand = build(c, e.operand);
      const op = e.op._type;
      const pattern = op === "Not" ? "not " : op === "Invert" ? "~" : op === "USub" ? "-" : "+";
      return (f, held) => {
        const o = operand(f, held);
        const v =
          op === "Not"
            ? newBool(!truthy(o.value))
            : unaryOp(o.value, op === "Invert" ? "~" : op === "USub" ? "-" : "+");
        keep(held, v);
        return { value: v, expl: () => pattern + o.expl() };
      };
    }
    case "BinOp": {
      const left = build(c, e.left);
      const right = build(c, e.right);
      const sym = opNames[e.op._type];
      return (f, held) => {
        const l = left(f, held);
        const r = right(f, held);
        const v = keep(held, binaryOp(l.value, r.value, sym));
        return { value: v, expl: () => `(${l.expl()} ${sym} ${r.expl()})` };
      };
    }
    default:
      break;
  }
  const ev = c.expr(e);
  return (f, held) => {
    const v = keep(held, ev(f));
    return { value: v, expl: () => explRepr(v) };
  };
}

function isLocal(f: Frame, name: string): boolean {
  return f.code.name !== "<module>" && f.code.varnames.includes(name);
}

/** _should_repr_global_name: callables and named objects (modules) show their name. */
function shouldReprGlobal(v: HeapObject): boolean {
  if (callable(v)) return false;
  const n = getAttrOrNull(v, "__name__");
  if (n === null) return true;
  decref(n);
  return false;
}

/** Where an error in a part is reported: the part's span, as the compiler reports it. */
function posOf(e: A.expr): TbPosition {
  return {
    lineno: e.lineno,
    col: e.col_offset,
    endLineno: e.end_lineno,
    endCol: e.end_col_offset,
    anchor: null,
  };
}

function buildCall(c: ExprCompiler, e: A.Call): Node {
  const pos = posOf(e);
  const func = build(c, e.func);
  const args = e.args.map((a) => ({
    star: a._type === "Starred",
    node: build(c, a._type === "Starred" ? a.value : a),
  }));
  const kws = e.keywords.map((k) => ({ arg: k.arg, node: build(c, k.value) }));
  return (f, held) => {
    const fn = func(f, held);
    const argParts = args.map((a) => ({ star: a.star, part: a.node(f, held) }));
    const kwParts = kws.map((k) => ({ arg: k.arg, part: k.node(f, held) }));
    const argv: HeapObject[] = [];
    const kwnames: string[] = [];
    try {
      for (const a of argParts) {
        if (!a.star) {
          incref(a.part.value);
          argv.push(a.part.value);
        } else {
          argv.push(...toArray(a.part.value));
        }
      }
      const named: HeapObject[] = [];
      for (const k of kwParts) {
        if (k.arg !== null) {
          incref(k.part.value);
          named.push(k.part.value);
          kwnames.push(k.arg);
        } else {
          for (const [key, val] of dictEntries(k.part.value)) {
            incref(val);
            named.push(val);
            kwnames.push(key.p0 as string);
          }
        }
      }
      argv.push(...named);
    } catch (err) {
      for (const a of argv) decref(a);
      throw err;
    }
    let result: HeapObject;
    try {
      result = call(fn.value, argv, kwnames.length === 0 ? null : kwnames);
    } catch (err) {
      throw noteUnwind(err, f, pos);
    }
    const v = keep(held, result);
    return {
      value: v,
      expl: () => {
        const parts = [
          ...argParts.map((a) => (a.star ? "*" : "") + a.part.expl()),
          ...kwParts.map((k) => (k.arg === null ? "**" : `${k.arg}=`) + k.part.expl()),
        ];
        const r = explRepr(v);
        return `${r}\n{${r} = ${fn.expl()}(${parts.join(", ")})\n}`;
      },
    };
  };
}

function buildCompare(c: ExprCompiler, e: A.Compare): Node {
  const wrap = (node: A.expr) => node._type === "Compare" || node._type === "BoolOp";
  const left = build(c, e.left);
  const rights = e.comparators.map((x) => build(c, x));
  const ops = e.ops.map((o) => o._type);
  return (f, held) => {
    let l = left(f, held);
    const leftParen = wrap(e.left);
    let lexpl = () => (leftParen ? `(${l.expl()})` : l.expl());
    let result: HeapObject | null = null;
    let explain = (): string => "";
    for (let i = 0; i < rights.length; i++) {
      const r = rights[i]!(f, held);
      const op = ops[i]!;
      const a = l;
      const le = lexpl;
      const rParen = wrap(e.comparators[i]!);
      const re = () => (rParen ? `(${r.expl()})` : r.expl());
      result = keep(held, compareOne(a.value, r.value, op));
      explain = () => {
        const custom = reprCompare(CMP_OPS[op], a.value, r.value);
        return custom ?? `${le()} ${CMP_OPS[op]} ${re()}`;
      };
      if (!truthy(result)) break;
      l = r;
      lexpl = re;
    }
    return { value: result!, expl: explain };
  };
}

function compareOne(a: HeapObject, b: HeapObject, op: A.cmpop["_type"]): HeapObject {
  switch (op) {
    case "Is":
      return newBool(a === b);
    case "IsNot":
      return newBool(a !== b);
    case "In":
      return newBool(contains(b, a));
    case "NotIn":
      return newBool(!contains(b, a));
    default:
      return richCompare(a, b, CMP_OPS[op] as CmpOp);
  }
}

// ---------------------------------------------------------------- assertrepr_compare

const isText = (o: HeapObject) => isInstanceOf(o, T.str);
const isSeq = (o: HeapObject) => isInstanceOf(o, T.list) || isInstanceOf(o, T.tuple);
const isDict = (o: HeapObject) => isInstanceOf(o, T.dict);
const isSet = (o: HeapObject) => isInstanceOf(o, T.set) || isInstanceOf(o, T.frozenset);

/** The session's -v level (pytest's assertion verbosity). */
export const assertOptions = { verbose: 0 };

/** _pytest.compat.running_on_ci: CI runs get full diffs and no truncation. */
const onCi = () => process.env.CI !== undefined || process.env.BUILD_NUMBER !== undefined;

/** util.assertrepr_compare, as lines joined by `\n~`; null when it has none. */
function reprCompare(op: string, left: HeapObject, right: HeapObject): string | null {
  const verbose = assertOptions.verbose;
  const maxsize = verbose > 1 ? null : Math.floor((80 - 15 - op.length - 2) / 2);
  const summary = `${saferepr(left, maxsize)} ${op} ${saferepr(right, maxsize)}`;
  let explanation: string[] = [];
  if (op === "==") {
    if (isText(left) && isText(right))
      explanation = diffText(left.p0 as string, right.p0 as string);
    else {
      if (isSeq(left) && isSeq(right)) explanation = compareSequences(left, right);
      else if (isSet(left) && isSet(right)) explanation = compareSets(left, right);
      else if (isDict(left) && isDict(right)) explanation = compareDicts(left, right);
      if (isIterable(left) && isIterable(right)) {
        if (verbose <= 0 && !onCi()) explanation.push("Use -v to get more diff");
        else {
          explanation.push("", "Full diff:");
          const lines = ndiff(pformat(right, 0).split("\n"), pformat(left, 0).split("\n"));
          explanation.push(...splitlines(lines.map((l) => l.trimEnd()).join("\n"), false));
        }
      }
    }
  } else if (op === "not in" && isText(left) && isText(right)) {
    // _notin_text: the diff of the text against the text without the term, "+" lines only.
    const term = left.p0 as string;
    const text = right.p0 as string;
    const i = text.indexOf(term);
    const correct = text.slice(0, i) + text.slice(i + term.length);
    explanation = [`${saferepr(left, 42)} is contained here:`];
    for (const l of diffText(text, correct)) {
      if (l.startsWith("Skipping") || l.startsWith("- ")) continue;
      explanation.push(l.startsWith("+ ") ? `  ${l.slice(2)}` : l);
    }
  } else if (op === "!=" && isSet(left) && isSet(right)) explanation = ["Both sets are equal"];
  if (explanation.length === 0) return null;
  if (explanation[0] !== "") explanation.unshift("");
  let lines = [summary, ...explanation];
  if (verbose < 2 && !onCi()) lines = truncate(lines, 8, 640);
  return lines.map((l) => l.replace(/\n/g, "\\n")).join("\n~");
}

/** truncate._truncate_explanation: at most 8 lines / 640 characters, then a note. */
function truncate(input: string[], maxLines: number, maxChars: number): string[] {
  const chars = input.join("").length;
  const tolerableChars = maxChars + 70;
  if (input.length <= maxLines + 2 && chars <= tolerableChars) return input;
  let cut = input.slice(0, maxLines);
  let byChars = true;
  if (cut.join("").length > tolerableChars) {
    let count = 0;
    let k = 0;
    for (; k < cut.length; k++) {
      if (count + cut[k]!.length > maxChars) break;
      count += cut[k]!.length;
    }
    const last = cut[k] ?? "";
    cut = [...cut.slice(0, k), last === "" ? last : last.slice(0, maxChars - count)];
  } else byChars = false;
  if (cut.length === input.length && cut.every((l, i) => l === input[i])) return cut;
  let hidden = input.length - cut.length;
  if (cut[cut.length - 1] !== "") {
    cut[cut.length - 1] += "...";
    if (byChars) hidden++;
  } else cut[cut.length - 1] = "...";
  return [
    ...cut,
    "",
    `...Full output truncated (${hidden} line${hidden === 1 ? "" : "s"} hidden), use '-vv' to show`,
  ];
}

/** pytest's PrettyPrinter (the -v full diff): containers one item per line, sorted sets/dicts. */
function pformat(o: HeapObject, indent: number): string {
  const pad = " ".repeat(indent + 4);
  const close = `\n${" ".repeat(indent)}`;
  const items = (xs: HeapObject[]) => xs.map((x) => `\n${pad}${pformat(x, indent + 4)},`).join("");
  const t = typeOf(o);
  if (t === T.list || t === T.tuple) {
    const xs = o.p0 as HeapObject[];
    const [open, end] = t === T.list ? ["[", "]"] : ["(", ")"];
    return xs.length === 0 ? `${open}${end}` : `${open}${items(xs)}${close}${end}`;
  }
  if (t === T.dict) {
    const entries = sortedBy(dictEntries(o), ([k]) => k);
    if (entries.length === 0) return "{}";
    const body = entries
      .map(([k, v]) => `\n${pad}${saferepr(k, null)}: ${pformat(v, indent + 4)},`)
      .join("");
    return `{${body}${close}}`;
  }
  if (t === T.set || t === T.frozenset) {
    const xs = toArray(o);
    try {
      if (xs.length === 0) return saferepr(o, null);
      const [open, end] = t === T.set ? ["{", "}"] : ["frozenset({", "})"];
      return `${open}${items(sortedBy(xs, (x) => x))}${close}${end}`;
    } finally {
      for (const x of xs) decref(x);
    }
  }
  return saferepr(o, null);
}

/** sorted(key=_safe_key): Python's `<`, or the original order when it does not apply. */
function sortedBy<X>(xs: X[], key: (x: X) => HeapObject): X[] {
  try {
    return [...xs].sort((p, q) =>
      compareBool(key(p), key(q), "<") ? -1 : compareBool(key(q), key(p), "<") ? 1 : 0,
    );
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return xs;
  }
}

function isIterable(o: HeapObject): boolean {
  return isSeq(o) || isSet(o) || isDict(o);
}

function items(o: HeapObject): HeapObject[] {
  return o.p0 as HeapObject[];
}

function compareSequences(left: HeapObject, right: HeapObject): string[] {
  const out: string[] = [];
  const l = items(left);
  const r = items(right);
  for (let i = 0; i < Math.min(l.length, r.length); i++) {
    if (!pyEq(l[i]!, r[i]!)) {
      out.push(`At index ${i} diff: ${repr(l[i]!)} != ${repr(r[i]!)}`);
      break;
    }
  }
  const diff = l.length - r.length;
  if (diff !== 0) {
    const side = diff > 0 ? "Left" : "Right";
    const extra = saferepr(diff > 0 ? l[r.length]! : r[l.length]!);
    const n = Math.abs(diff);
    out.push(
      n === 1
        ? `${side} contains one more item: ${extra}`
        : `${side} contains ${n} more items, first extra item: ${extra}`,
    );
  }
  return out;
}

const setItems = toArray;

function compareSets(left: HeapObject, right: HeapObject): string[] {
  const out: string[] = [];
  const l = setItems(left);
  const r = setItems(right);
  const onlyL = l.filter((x) => !contains(right, x));
  const onlyR = r.filter((x) => !contains(left, x));
  if (onlyL.length > 0) out.push("Extra items in the left set:", ...onlyL.map((x) => saferepr(x)));
  if (onlyR.length > 0) out.push("Extra items in the right set:", ...onlyR.map((x) => saferepr(x)));
  for (const x of [...l, ...r]) decref(x);
  return out;
}

function dictEntries(d: HeapObject): [HeapObject, HeapObject][] {
  const store = d.p0 as { live(): Iterable<{ key: HeapObject; value: HeapObject }> };
  return [...store.live()].map((e) => [e.key, e.value]);
}

function compareDicts(left: HeapObject, right: HeapObject): string[] {
  const out: string[] = [];
  const l = dictEntries(left);
  const r = dictEntries(right);
  const lookupIn = (entries: [HeapObject, HeapObject][], k: HeapObject) =>
    entries.find(([key]) => pyEq(key, k));
  const same: string[] = [];
  const diff: [HeapObject, HeapObject, HeapObject][] = [];
  for (const [k, v] of l) {
    const other = lookupIn(r, k);
    if (other === undefined) continue;
    if (pyEq(v, other[1])) same.push(`${saferepr(k)}: ${saferepr(v)}`);
    else diff.push([k, v, other[1]]);
  }
  if (same.length > 0 && assertOptions.verbose < 2)
    out.push(`Omitting ${same.length} identical items, use -vv to show`);
  else if (same.length > 0) out.push("Common items:", `{${same.join(", ")}}`);
  if (diff.length > 0) {
    out.push("Differing items:");
    for (const [k, a, b] of diff)
      out.push(`{${saferepr(k)}: ${saferepr(a)}} != {${saferepr(k)}: ${saferepr(b)}}`);
  }
  const extra = (
    mine: [HeapObject, HeapObject][],
    theirs: [HeapObject, HeapObject][],
    side: string,
  ) => {
    const only = mine.filter(([k]) => lookupIn(theirs, k) === undefined);
    if (only.length === 0) return;
    out.push(
      `${side} contains ${only.length === 1 ? "1 more item" : `${only.length} more items`}:`,
    );
    out.push(`{${only.map(([k, v]) => `${saferepr(k)}: ${saferepr(v)}`).join(", ")}}`);
  };
  extra(l, r, "Left");
  extra(r, l, "Right");
  return out;
}

// A string, not a literal: biome rejects control characters in regex literals.
// biome-ignore lint/complexity/useRegexLiterals: see above
const LINE_BREAK = new RegExp("(\\r\\n|[\\n\\r\\v\\f\\x1c\\x1d\\x1e\\x85\\u2028\\u2029])");

/** str.splitlines(keepends) */
function splitlines(s: string, keepends: boolean): string[] {
  const parts = s.split(LINE_BREAK);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i]!;
    const end = parts[i + 1];
    if (end === undefined) {
      if (text !== "") out.push(text);
    } else out.push(keepends ? text + end : text);
  }
  return out;
}

const isSpace = (s: string) => s !== "" && /^\s+$/u.test(s);

function strRepr(s: string): string {
  const o = newStr(s);
  try {
    return repr(o);
  } finally {
    decref(o);
  }
}

/** _diff_text without -v: trim long identical ends, then ndiff(expected, actual). */
function diffText(leftText: string, rightText: string): string[] {
  const out: string[] = [];
  let left = Array.from(leftText);
  let right = Array.from(rightText);
  // Python's `for i in range(n): ... break` leaves i at n - 1 when nothing differs.
  let i = 0;
  const n = Math.min(left.length, right.length);
  for (i = 0; i < n; i++) if (left[i] !== right[i]) break;
  if (i === n && n > 0) i = n - 1;
  if (assertOptions.verbose < 1 && i > 42) {
    i -= 10;
    out.push(`Skipping ${i} identical leading characters in diff, use -v to show`);
    left = left.slice(i);
    right = right.slice(i);
  }
  if (assertOptions.verbose < 1 && left.length === right.length) {
    const at = (xs: string[], k: number) => (k === 0 ? xs[0] : xs[xs.length - k]);
    for (i = 0; i < left.length; i++) if (at(left, i) !== at(right, i)) break;
    if (i === left.length && i > 0) i--;
    if (i > 42) {
      i -= 10;
      out.push(`Skipping ${i} identical trailing characters in diff, use -v to show`);
      left = left.slice(0, left.length - i);
      right = right.slice(0, right.length - i);
    }
  }
  let l = left.join("");
  let r = right.join("");
  if (isSpace(l) || isSpace(r)) {
    l = strRepr(l);
    r = strRepr(r);
    out.push("Strings contain only whitespace, escaping them using repr()");
  }
  const lines = ndiff(splitlines(r, true), splitlines(l, true)).map((x) =>
    x.replace(/^\n+|\n+$/g, ""),
  );
  out.push(...splitlines(lines.join("\n"), false));
  return out;
}

// ---------------------------------------------------------------- the statement

/** util.format_explanation: lay out the `{`, `}`, `~`, `>` mini-language. */
export function formatExplanation(explanation: string): string {
  const raw = explanation.split("\n");
  const lines = [raw[0]!];
  for (const v of raw.slice(1)) {
    if (v !== "" && "{}~>".includes(v[0]!)) lines.push(v);
    else lines[lines.length - 1] += `\\n${v}`;
  }
  const result = [lines[0]!];
  const stack = [0];
  const stackcnt = [0];
  for (const line of lines.slice(1)) {
    if (line.startsWith("{")) {
      const s = stackcnt[stackcnt.length - 1]! ? "and   " : "where ";
      stack.push(result.length);
      stackcnt[stackcnt.length - 1]!++;
      stackcnt.push(0);
      result.push(` +${"  ".repeat(stack.length - 1)}${s}${line.slice(1)}`);
    } else if (line.startsWith("}")) {
      stack.pop();
      stackcnt.pop();
      result[stack[stack.length - 1]!] += line.slice(1);
    } else {
      stack[stack.length - 1]!++;
      const indent = line.startsWith("~") ? stack.length : stack.length - 1;
      result.push("  ".repeat(indent) + line.slice(1));
    }
  }
  return result.join("\n");
}

/** _format_assertmsg */
function formatAssertMsg(obj: HeapObject): string {
  if (isText(obj)) return (obj.p0 as string).replace(/\n/g, "\n~");
  return saferepr(obj).replace(/\n/g, "\n~").replace(/\\n/g, "\n~");
}

/** `assert` in a rewritten module. */
export function rewriteAssert(c: ExprCompiler, s: A.Assert): Stmt {
  const test = build(c, s.test);
  const msg = s.msg === null ? null : c.expr(s.msg);
  return (f) => {
    const held: Held = [];
    try {
      const top = test(f, held);
      if (truthy(top.value)) return NORMAL;
      let text: string;
      if (msg === null) text = `assert ${top.expl()}`;
      else {
        const m = msg(f);
        try {
          text = `${formatAssertMsg(m)}\n>assert ${top.expl()}`;
        } finally {
          decref(m);
        }
      }
      const exc = newStr(formatExplanation(text));
      try {
        return raiseWith(exc);
      } finally {
        decref(exc);
      }
    } finally {
      for (let i = held.length - 1; i >= 0; i--) decref(held[i]!);
    }
  };
}

function raiseWith(message: HeapObject): never {
  raise(T.AssertionError, message.p0 as string);
}
