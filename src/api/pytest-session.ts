/**
 * `pygc test`: a test session as pytest 9 runs one (`_pytest/main.py`, `python.py`,
 * `fixtures.py`, `runner.py`, `terminal.py`, reduced). Collection follows pytest's
 * defaults (`test_*.py` / `*_test.py` files, `test*` functions, `Test*` classes without
 * `__init__`, their `test*` methods), test modules are compiled with assertion rewriting
 * (src/interp/assert-rewrite.ts), each test runs setup / call / teardown with its
 * fixtures and captured output, and the terminal report is pytest's: header, progress
 * letters with percentages (or one line per test with -v), FAILURES with long/short
 * traceback entries, the short summary and the final counts line.
 * NOT-CPYTHON (pytest): no plugins, ini options, --tb styles, -v full diffs, warnings
 * summary, fixture `request` object beyond `param`, or string conditions in skipif/xfail.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { HeapObject } from "../engine/index.js";
import { assertOptions, saferepr } from "../interp/assert-rewrite.js";
import type { Code } from "../interp/code.js";
import { builtinsHook, frameStack } from "../interp/code.js";
import { compileModule } from "../interp/compile.js";
import { Frame, type TbPosition } from "../interp/frame.js";
import { importModule, importState, moduleTable, runModuleCode } from "../interp/imports.js";
import { formatExceptionOnly } from "../interp/traceback.js";
import { stderr, stdout } from "../modules/io.js";
import { captureHook } from "../modules/pytest.js";
import type * as A from "../parser/ast.js";
import { formatSyntaxError, PySyntaxError, parse } from "../parser/index.js";
import {
  call,
  callable,
  callBorrowed,
  type FunctionData,
  getAttr,
  getAttrOrNull,
  isInstanceOf,
  str,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { newDict, newStr } from "../runtime/objects.js";
import { typeInfo, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { startInterpreter } from "./run.js";

export interface TestOptions {
  paths: string[];
  verbosity: number;
  keyword: string | null;
  exitFirst: boolean;
  columns: number;
}

type Outcome = "passed" | "failed" | "skipped" | "xfailed" | "xpassed" | "error";

interface Item {
  nodeid: string;
  /** Path as the terminal shows it: relative to the invocation directory. */
  shownPath: string;
  name: string;
  headline: string;
  module: HeapObject;
  cls: HeapObject | null;
  func: HeapObject;
  params: Map<string, HeapObject>;
  marks: HeapObject[];
  keywords: string[];
}

interface Report {
  item: Item;
  when: "setup" | "call" | "teardown";
  outcome: Outcome;
  longrepr: string;
  crash: string;
  reason: string;
  sections: [string, string][];
}

// ---------------------------------------------------------------- terminal output

const realWrite = stdout.write.bind(stdout);
let width = 80;

function out(text: string): void {
  realWrite(text);
}

function line(text = ""): void {
  out(`${text}\n`);
}

/** TerminalWriter.sep */
function sepLine(ch: string, title = ""): string {
  let s: string;
  if (title !== "") {
    const n = Math.max(Math.floor((width - title.length - 2) / (2 * ch.length)), 1);
    const fill = ch.repeat(n);
    s = `${fill} ${title} ${fill}`;
  } else s = ch.repeat(Math.floor(width / ch.length));
  if (s.length + ch.trimEnd().length <= width) s += ch.trimEnd();
  return s;
}

// ---------------------------------------------------------------- python helpers

let pytest: HeapObject;

function pyAttr(name: string): HeapObject {
  return getAttr(pytest, name);
}

function strOf(o: HeapObject): string {
  return o.type === C.str ? (o.p0 as string) : str(o);
}

function attrStr(o: HeapObject, name: string): string | null {
  const v = getAttrOrNull(o, name);
  if (v === null) return null;
  try {
    return v === S.None ? null : strOf(v);
  } finally {
    decref(v);
  }
}

function dictGet(d: HeapObject, key: HeapObject): HeapObject | null {
  const store = d.p0 as DictStore;
  return store.get(key) ?? null;
}

function isInstanceOfPy(o: HeapObject, clsName: string): boolean {
  const cls = pyAttr(clsName);
  try {
    return isInstanceOf(o, cls);
  } finally {
    decref(cls);
  }
}

function funcCode(func: HeapObject): Code | null {
  if (func.type !== C.function) return null;
  return (func.p0 as FunctionData).code as unknown as Code;
}

/** The function's named parameters (pytest's getfuncargnames: no defaults, no `self`). */
function argNames(func: HeapObject, isMethod: boolean): string[] {
  const code = funcCode(func);
  if (code === null) return [];
  const fd = func.p0 as FunctionData;
  const ndefaults = fd.defaults === null ? 0 : (fd.defaults.p0 as HeapObject[]).length;
  let names = code.varnames.slice(0, code.argcount - ndefaults);
  if (isMethod) names = names.slice(1);
  const kwdefaults = fd.kwdefaults;
  for (const n of code.varnames.slice(code.argcount, code.argcount + code.kwonlyargcount)) {
    if (kwdefaults !== null && (kwdefaults.p0 as DictStore).getStr(n) !== undefined) continue;
    names.push(n);
  }
  return names;
}

function marksOf(obj: HeapObject): HeapObject[] {
  const table = pyAttr("_marks");
  try {
    const list = obj.type === C.function ? dictGet(table, obj) : null;
    const own = list === null ? [] : [...(list.p0 as HeapObject[])];
    return own;
  } finally {
    decref(table);
  }
}

/** `pytestmark` of a module or class: a MarkDecorator, a Mark or a list of them. */
function pytestmarkOf(obj: HeapObject, fromStore: DictStore | null): HeapObject[] {
  const v =
    fromStore !== null
      ? (fromStore.getStr("pytestmark") ?? null)
      : getAttrOrNull(obj, "pytestmark");
  if (v === null) return [];
  if (fromStore !== null) incref(v);
  try {
    const items = v.type === C.list || v.type === C.tuple ? [...(v.p0 as HeapObject[])] : [v];
    return items.map((m) => {
      const inner = getAttrOrNull(m, "mark");
      if (inner === null) return m;
      decref(inner);
      return inner;
    });
  } finally {
    decref(v);
  }
}

function markName(m: HeapObject): string {
  return attrStr(m, "name") ?? "";
}

function markArgs(m: HeapObject): HeapObject[] {
  const a = getAttr(m, "args");
  try {
    return [...(a.p0 as HeapObject[])];
  } finally {
    decref(a);
  }
}

function markKw(m: HeapObject, name: string): HeapObject | null {
  const kw = getAttr(m, "kwargs");
  try {
    return (kw.p0 as DictStore).getStr(name) ?? null;
  } finally {
    decref(kw);
  }
}

// ---------------------------------------------------------------- rootdir, collection

function commonAncestor(paths: string[]): string {
  let common = paths[0]!.split(sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

const INI_FILES: [string, RegExp | null][] = [
  ["pytest.ini", null],
  [".pytest.ini", null],
  ["pyproject.toml", /^\[tool\.pytest(\.ini_options)?\]/m],
  ["tox.ini", /^\[pytest\]/m],
  ["setup.cfg", /^\[tool:pytest\]/m],
];

function locateConfig(dir: string): [string, string] | null {
  for (let d = dir; ; d = dirname(d)) {
    for (const [name, section] of INI_FILES) {
      const p = join(d, name);
      if (!existsSync(p)) continue;
      if (section === null || section.test(readFileSync(p, "utf8"))) return [d, p];
    }
    if (dirname(d) === d) return null;
  }
}

/** determine_setup: the ini file's folder, else a setup.py's, else the common ancestor. */
function determineRootdir(
  cwd: string,
  args: string[],
): { rootdir: string; inifile: string | null } {
  const dirs = args.map((a) => {
    const p = resolve(cwd, a);
    return existsSync(p) && statSync(p).isDirectory() ? p : dirname(p);
  });
  const ancestor = commonAncestor(dirs.length === 0 ? [cwd] : dirs);
  const found = locateConfig(ancestor);
  if (found !== null) return { rootdir: found[0], inifile: found[1] };
  for (let d = ancestor; ; d = dirname(d)) {
    if (existsSync(join(d, "setup.py"))) return { rootdir: d, inifile: null };
    if (dirname(d) === d) break;
  }
  let rootdir = commonAncestor([cwd, ancestor]);
  if (rootdir === sep) rootdir = ancestor;
  return { rootdir, inifile: null };
}

const NORECURSE = new Set([
  "_darcs",
  "build",
  "CVS",
  "dist",
  "node_modules",
  "venv",
  "{arch}",
  "__pycache__",
]);

function isTestFile(name: string): boolean {
  return /^test_.*\.py$/.test(name) || /^.+_test\.py$/.test(name);
}

function collectFiles(path: string, out: string[]): void {
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (name.startsWith(".") || NORECURSE.has(name) || name.endsWith(".egg")) continue;
      collectFiles(p, out);
    } else if (isTestFile(name)) out.push(p);
  }
}

/** rootdir/conftest.py files above a test file, outermost first (prepend import mode). */
function basedirOf(file: string): { dir: string; modname: string } {
  let dir = dirname(file);
  const parts = [basename(file, ".py")];
  while (existsSync(join(dir, "__init__.py"))) {
    parts.unshift(basename(dir));
    dir = dirname(dir);
  }
  return { dir, modname: parts.join(".") };
}

/** Import a test module (or conftest) with assertion rewriting; a new reference. */
function importTestModule(file: string): HeapObject {
  const { dir, modname } = basedirOf(file);
  if (!importState.path.includes(dir)) importState.path.unshift(dir);
  const modules = moduleTable.modules();
  const cached = modules.getStr(modname);
  if (cached !== undefined) {
    incref(cached);
    return cached;
  }
  if (modname.includes(".")) {
    decref(importModule(modname.slice(0, modname.lastIndexOf(".")), frameStack.current!));
  }
  const source = readFileSync(file);
  const text = source.toString("utf8");
  const tree = parse(source, file, "exec", { fileInput: true }) as A.Module;
  const code = compileModule(tree, file, text, { rewriteAsserts: true });
  const mod = runModuleCode(modname, file, code);
  incref(mod);
  return mod;
}

// ---------------------------------------------------------------- parametrize

function asciiEscaped(s: string): string {
  let r = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") r += "\\\\";
    else if (ch === "\n") r += "\\n";
    else if (ch === "\t") r += "\\t";
    else if (ch === "\r") r += "\\r";
    else if (c < 0x20 || (c >= 0x7f && c < 0x100)) r += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c >= 0x100 && c < 0x10000) r += `\\u${c.toString(16).padStart(4, "0")}`;
    else if (c >= 0x10000) r += `\\U${c.toString(16).padStart(8, "0")}`;
    else r += ch;
  }
  return r;
}

/** _idval */
function idFor(v: HeapObject, argname: string, idx: number): string {
  if (v.type === C.str) return asciiEscaped(v.p0 as string);
  if (v === S.None || v.type === C.int || v.type === C.float || v.type === C.bool) return str(v);
  if (isInstanceOf(v, T.type) || v.type === C.function) {
    const n = attrStr(v, "__name__");
    if (n !== null) return n;
  }
  return `${argname}${idx}`;
}

interface CallSpec {
  params: Map<string, HeapObject>;
  ids: string[];
  marks: HeapObject[];
}

function splitArgnames(v: HeapObject): string[] {
  if (v.type === C.str)
    return (v.p0 as string)
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  return (toArray(v) as HeapObject[]).map((x) => {
    const s = strOf(x);
    decref(x);
    return s;
  });
}

/** Metafunc.parametrize for each parametrize mark, outermost decorator first. */
function expandParametrize(marks: HeapObject[], held: HeapObject[]): CallSpec[] {
  let specs: CallSpec[] = [{ params: new Map(), ids: [], marks: [] }];
  for (const m of marks) {
    if (markName(m) !== "parametrize") continue;
    const args = markArgs(m);
    const names = splitArgnames(args[0]!);
    const valuesObj = args[1] ?? markKw(m, "argvalues")!;
    const values = toArray(valuesObj);
    held.push(...values);
    const idsObj = markKw(m, "ids");
    const explicit = idsObj === null || idsObj === S.None ? null : idsObj;
    const sets = values.map((v, idx) => {
      let vals: HeapObject[];
      let id: string | null = null;
      let setMarks: HeapObject[] = [];
      if (isInstanceOfPy(v, "ParameterSet")) {
        const t = getAttr(v, "values");
        held.push(t);
        vals = [...(t.p0 as HeapObject[])];
        id = attrStr(v, "id");
        const ms = getAttr(v, "marks");
        held.push(ms);
        setMarks = (ms.p0 as HeapObject[]).map((d) => {
          const inner = getAttr(d, "mark");
          held.push(inner);
          return inner;
        });
      } else if (names.length === 1) vals = [v];
      else {
        vals = toArray(v);
        held.push(...vals);
      }
      if (id === null && explicit !== null) {
        if (callableObj(explicit)) {
          const ids = vals.map((x, i) => {
            const r = callBorrowed(explicit, [x]);
            try {
              return r === S.None ? idFor(x, names[i]!, idx) : strOf(r);
            } finally {
              decref(r);
            }
          });
          id = ids.join("-");
        } else {
          const list = explicit.p0 as HeapObject[];
          const e = list[idx];
          if (e !== undefined && e !== S.None) id = strOf(e);
        }
      }
      if (id === null) id = vals.map((x, i) => idFor(x, names[i]!, idx)).join("-");
      return { vals, id, marks: setMarks };
    });
    // Duplicate ids get an index suffix ("1_0", "a0").
    const counts = new Map<string, number>();
    for (const s of sets) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const s of sets) {
      if (counts.get(s.id)! > 1) {
        const n = seen.get(s.id) ?? 0;
        seen.set(s.id, n + 1);
        s.id = `${s.id}${/\d$/.test(s.id) ? "_" : ""}${n}`;
      }
    }
    const next: CallSpec[] = [];
    for (const spec of specs) {
      for (const s of sets) {
        const params = new Map(spec.params);
        for (let i = 0; i < names.length; i++) params.set(names[i]!, s.vals[i]!);
        next.push({ params, ids: [...spec.ids, s.id], marks: [...spec.marks, ...s.marks] });
      }
    }
    specs = next;
  }
  return specs;
}

function callableObj(o: HeapObject): boolean {
  return callable(o);
}

// ---------------------------------------------------------------- fixtures

interface FixtureDef {
  name: string;
  func: HeapObject;
  scope: string;
  autouse: boolean;
  /** A method fixture of a test class: called bound to the instance. */
  isMethod: boolean;
}

interface ActiveFixture {
  value: HeapObject;
  teardown: (() => void) | null;
}

function fixtureDefsIn(store: DictStore, isClass: boolean): FixtureDef[] {
  const table = pyAttr("_fixtures");
  const out: FixtureDef[] = [];
  try {
    for (const e of store.live()) {
      if (e.value.type !== C.function) continue;
      const def = dictGet(table, e.value);
      if (def === null) continue;
      out.push({
        name: attrStr(def, "name")!,
        func: e.value,
        scope: attrStr(def, "scope") ?? "function",
        autouse: truthy(getAttrBorrowedBool(def, "autouse")),
        isMethod: isClass,
      });
    }
  } finally {
    decref(table);
  }
  return out;
}

function getAttrBorrowedBool(o: HeapObject, name: string): HeapObject {
  const v = getAttr(o, name);
  decref(v);
  return v;
}

// ---------------------------------------------------------------- capture

let capOut = "";
let capErr = "";

function startCapture(): void {
  stdout.flush();
  stderr.flush();
  capOut = "";
  capErr = "";
  stdout.write = (t: string) => {
    capOut += t;
  };
  stderr.write = (t: string) => {
    capErr += t;
  };
  stdout.flush = () => {};
  stderr.flush = () => {};
}

function stopCapture(): [string, string] {
  delete (stdout as { write?: unknown }).write;
  delete (stderr as { write?: unknown }).write;
  delete (stdout as { flush?: unknown }).flush;
  delete (stderr as { flush?: unknown }).flush;
  const r: [string, string] = [capOut, capErr];
  capOut = "";
  capErr = "";
  return r;
}

captureHook.read = () => {
  const r: [string, string] = [capOut, capErr];
  capOut = "";
  capErr = "";
  return r;
};

// ---------------------------------------------------------------- failure representation

function relPath(file: string): string {
  return file.startsWith("<") ? file : relative(process.cwd(), file) || basename(file);
}

function isHidden(frame: Frame): boolean {
  return frame.code.filename.startsWith("<frozen pytest>");
}

interface Entry {
  frame: Frame;
  pos: TbPosition;
}

function tracebackEntries(exc: HeapObject): Entry[] {
  const entries: Entry[] = [];
  for (let t = excState(exc)?.traceback ?? null; t !== null; t = t.p0 as HeapObject | null) {
    const frame = (t.p1 as HeapObject).p0 as Frame;
    if (!isHidden(frame)) entries.push({ frame, pos: t.p2 as TbPosition });
  }
  return entries;
}

/** exconly(tryshort=True): "AssertionError: " is dropped when the repr says so. */
function exconly(exc: HeapObject): string {
  let text = formatExceptionOnly(exc).replace(/\n$/, "");
  if (isInstanceOf(exc, T.AssertionError)) {
    let r = "";
    try {
      r = saferepr(exc);
    } catch {}
    if (r.startsWith("AssertionError('assert ") && text.startsWith("AssertionError: "))
      text = text.slice("AssertionError: ".length);
  }
  return text;
}

function frameArgs(frame: Frame): string[] {
  const code = frame.code;
  const n =
    code.argcount + code.kwonlyargcount + (code.hasVarargs ? 1 : 0) + (code.hasVarkw ? 1 : 0);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = code.varnames[i]!;
    let v = frame.locals[i] ?? null;
    if (v === null) {
      const ci = code.cellvars.indexOf(name);
      if (ci >= 0) v = (frame.cells[ci]?.p0 as HeapObject | null) ?? null;
    }
    if (v !== null) out.push(`${name} = ${saferepr(v)}`);
  }
  return out;
}

function dedent(lines: string[]): string[] {
  let indent = Infinity;
  for (const l of lines) {
    if (l.trim() === "") continue;
    indent = Math.min(indent, l.length - l.trimStart().length);
  }
  if (indent === Infinity) indent = 0;
  return lines.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
}

function longEntry(e: Entry, excLines: string[] | null, typename: string): string[] {
  const out: string[] = [""];
  const args = frameArgs(e.frame);
  if (args.length > 0) {
    let sofar = "";
    for (const ns of args) {
      if (ns.length + sofar.length + 2 > width) {
        if (sofar !== "") out.push(sofar);
        sofar = ns;
      } else sofar = sofar === "" ? ns : `${sofar}, ${ns}`;
    }
    if (sofar !== "") out.push(sofar);
    out.push("");
  }
  const code = e.frame.code;
  const lines = code.lines;
  let start = code.name === "<module>" ? e.pos.lineno : code.firstlineno;
  while (start > 1 && (lines[start - 2] ?? "").trimStart().startsWith("@")) start--;
  const block = dedent(lines.slice(start - 1, e.pos.lineno));
  for (let i = 0; i < block.length; i++) {
    out.push(i === block.length - 1 ? `>   ${block[i]}` : `    ${block[i]}`);
  }
  out.push(...arrows(lines[e.pos.lineno - 1] ?? "", block[block.length - 1] ?? "", e.pos));
  if (excLines !== null) {
    const last = block[block.length - 1] ?? "";
    const indent = 4 + last.length - last.trimStart().length;
    for (const l of excLines) out.push(`E${" ".repeat(indent - 1)}${l}`);
  }
  out.push("");
  out.push(`${relPath(code.filename)}:${e.pos.lineno}: ${excLines === null ? "" : typename}`);
  return out;
}

function shortEntry(e: Entry): string[] {
  const code = e.frame.code;
  const src = (code.lines[e.pos.lineno - 1] ?? "").trim();
  return [
    `${relPath(code.filename)}:${e.pos.lineno}: in ${code.name}`,
    `    ${src}`,
    ...arrows(code.lines[e.pos.lineno - 1] ?? "", src, e.pos),
  ];
}

function charOffset(line: string, byteOffset: number): number {
  return Buffer.from(line, "utf8").subarray(0, byteOffset).toString("utf8").length;
}

/** get_highlight_arrows_for_line: `^^^` under the failing expression, unless it is all. */
function arrows(raw: string, shown: string, pos: TbPosition): string[] {
  if (pos.endLineno !== pos.lineno || pos.col < 0) return [];
  const stripped = raw.length - shown.length;
  const start = charOffset(raw, pos.col);
  const carets = charOffset(raw, pos.endCol) - start;
  if (carets >= shown.trim().length) return [];
  return [`${" ".repeat(4 + start - stripped)}${"^".repeat(carets)}`];
}

function typeNameOfExc(exc: HeapObject): string {
  return typeInfo(typeOf(exc)).name;
}

function reprTraceback(exc: HeapObject): string[] {
  const entries = tracebackEntries(exc);
  const excLines = exconly(exc).split("\n");
  const out: string[] = [];
  const styles = entries.map((_, i) => (i === 0 || i === entries.length - 1 ? "long" : "short"));
  entries.forEach((e, i) => {
    const last = i === entries.length - 1;
    if (styles[i] === "long") out.push(...longEntry(e, last ? excLines : null, typeNameOfExc(exc)));
    else out.push(...shortEntry(e));
    if (!last && (styles[i] === "long" || styles[i + 1] === "long")) out.push(sepLine("_ "));
  });
  if (entries.length === 0) out.push(...excLines.map((l) => `E   ${l}`));
  return out;
}

/** ExceptionChainRepr: causes and contexts first, as Python prints them. */
function reprChain(exc: HeapObject, seen = new Set<HeapObject>()): string[] {
  seen.add(exc);
  const st = excState(exc);
  const out: string[] = [];
  if (st !== null) {
    if (st.cause !== null && !seen.has(st.cause)) {
      out.push(
        ...reprChain(st.cause, seen),
        "",
        "The above exception was the direct cause of the following exception:",
      );
    } else if (st.context !== null && !st.suppressContext && !seen.has(st.context)) {
      out.push(
        ...reprChain(st.context, seen),
        "",
        "During handling of the above exception, another exception occurred:",
      );
    }
  }
  out.push(...reprTraceback(exc));
  return out;
}

// ---------------------------------------------------------------- running one test

class Session {
  reports: Report[] = [];
  stop = false;
  /** Fixture values cached beyond one test: key → value, with teardowns per scope. */
  cache = new Map<string, ActiveFixture>();
  scopeTeardowns = new Map<string, (() => void)[]>();

  constructor(
    readonly opts: TestOptions,
    readonly conftestFixtures: Map<string, FixtureDef[]>,
  ) {}

  private basetemp: string | null = null;
  private tmpNames = new Map<string, number>();

  /** tmp_path: <tmp>/pytest-of-<user>/pytest-<N>/<test name, 30 chars><K>, as pytest. */
  tmpPathFor(item: Item): string {
    if (this.basetemp === null) {
      const user = (() => {
        try {
          return userInfo().username;
        } catch {
          return "unknown";
        }
      })();
      const root = join(tmpdir(), `pytest-of-${user}`);
      mkdirSync(root, { recursive: true, mode: 0o700 });
      const numbers = readdirSync(root)
        .map((n) => /^pytest-(\d+)$/.exec(n))
        .filter((m) => m !== null)
        .map((m) => Number(m![1]));
      const n = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
      this.basetemp = join(root, `pytest-${n}`);
      mkdirSync(this.basetemp);
      // make_numbered_dir_with_cleanup keeps the 3 most recent.
      for (const k of numbers)
        if (k <= n - 3) rmSync(join(root, `pytest-${k}`), { recursive: true, force: true });
    }
    const base = item.name.replace(/\W/g, "_").slice(0, 30);
    const k = this.tmpNames.get(base) ?? 0;
    this.tmpNames.set(base, k + 1);
    const dir = join(this.basetemp, `${base}${k}`);
    mkdirSync(dir);
    return dir;
  }

  finishScope(scope: string): void {
    const fns = this.scopeTeardowns.get(scope);
    if (fns === undefined) return;
    this.scopeTeardowns.delete(scope);
    for (const k of [...this.cache.keys()]) if (k.startsWith(`${scope}|`)) this.cache.delete(k);
    for (const fn of fns.reverse()) fn();
  }

  fixturesFor(item: Item): Map<string, FixtureDef> {
    const defs = new Map<string, FixtureDef>();
    const add = (list: FixtureDef[]) => {
      for (const d of list) defs.set(d.name, d);
    };
    const file = (((item.module.p0 as HeapObject).p0 as DictStore).getStr("__file__")?.p0 ??
      "") as string;
    for (const [dir, list] of this.conftestFixtures) if (file.startsWith(dir + sep)) add(list);
    add(fixtureDefsIn((item.module.p0 as HeapObject).p0 as DictStore, false));
    if (item.cls !== null) {
      const mro = getAttr(item.cls, "__mro__");
      try {
        for (const k of [...(mro.p0 as HeapObject[])].reverse()) {
          const d = getAttrOrNull(k, "__dict__");
          if (d === null) continue;
          try {
            const keys = call(getAttr(d, "items"), []);
            const pairs = toArray(keys);
            decref(keys);
            const tmp = newDict();
            for (const p of pairs) {
              const [key, val] = p.p0 as HeapObject[];
              (tmp.p0 as DictStore).set(key!, val!);
              decref(p);
            }
            add(fixtureDefsIn(tmp.p0 as DictStore, true));
            decref(tmp);
          } finally {
            decref(d);
          }
        }
      } finally {
        decref(mro);
      }
    }
    return defs;
  }

  /** Set up the fixtures `names` (and theirs); values into `values`, teardowns onto `fin`. */
  setupFixtures(
    item: Item,
    instance: HeapObject | null,
    names: string[],
    values: Map<string, HeapObject>,
    fin: (() => void)[],
    defs: Map<string, FixtureDef>,
  ): void {
    const resolving = new Set<string>();
    const get = (name: string): HeapObject => {
      const have = values.get(name);
      if (have !== undefined) return have;
      if (item.params.has(name)) return item.params.get(name)!;
      const def = defs.get(name);
      if (def === undefined) {
        const maker = BUILTIN_FIXTURES[name];
        if (maker === undefined) {
          const available = [...new Set([...defs.keys(), ...Object.keys(BUILTIN_FIXTURES)])].sort();
          throw new FixtureLookupError(name, available);
        }
        const fn = pyAttr(maker);
        const args = name === "tmp_path" ? [newStr(this.tmpPathFor(item))] : [];
        let gen: HeapObject;
        try {
          gen = call(fn, args);
        } finally {
          decref(fn);
        }
        const { value, teardown } = enterGenerator(gen, name);
        values.set(name, value);
        fin.push(teardown);
        return value;
      }
      if (resolving.has(name)) throw new FixtureLookupError(name, []);
      resolving.add(name);
      const scopeKey =
        def.scope === "session"
          ? "session"
          : def.scope === "module" || def.scope === "package"
            ? `module:${item.shownPath}`
            : def.scope === "class"
              ? `class:${item.shownPath}::${item.cls === null ? "" : typeInfo(item.cls).name}`
              : null;
      const cacheKey = scopeKey === null ? null : `${scopeKey}|${name}`;
      if (cacheKey !== null) {
        const c = this.cache.get(cacheKey);
        if (c !== undefined) {
          values.set(name, c.value);
          return c.value;
        }
      }
      const deps = argNames(def.func, def.isMethod).map(get);
      const depNames = argNames(def.func, def.isMethod);
      let fn = def.func;
      let bound = false;
      if (def.isMethod && instance !== null) {
        fn = getAttr(instance, typeInfoName(def.func));
        bound = true;
      }
      let result: HeapObject;
      try {
        result = depNames.length === 0 ? callBorrowed(fn, []) : callBorrowed(fn, deps, depNames);
      } finally {
        if (bound) decref(fn);
      }
      let value = result;
      let teardown = () => decref(value);
      if (funcCode(def.func)?.isGenerator) ({ value, teardown } = enterGenerator(result, name));
      values.set(name, value);
      resolving.delete(name);
      if (cacheKey !== null && scopeKey !== null) {
        this.cache.set(cacheKey, { value, teardown });
        const list = this.scopeTeardowns.get(scopeKey) ?? [];
        list.push(teardown);
        this.scopeTeardowns.set(scopeKey, list);
      } else fin.push(teardown);
      return value;
    };
    const autouse = [...defs.values()].filter((d) => d.autouse).map((d) => d.name);
    for (const n of [...autouse, ...names]) get(n);
  }

  /** The reports of one test: setup or call, and a teardown error if any. */
  runItem(item: Item): Report[] {
    const report: Report = {
      item,
      when: "setup",
      outcome: "passed",
      longrepr: "",
      crash: "",
      reason: "",
      sections: [],
    };
    // Marks: skip / skipif / xfail.
    let xfail: { reason: string; strict: boolean; raises: HeapObject | null; run: boolean } | null =
      null;
    for (const m of item.marks) {
      const name = markName(m);
      if (name === "skip") {
        const r = markKw(m, "reason") ?? markArgs(m)[0] ?? null;
        report.outcome = "skipped";
        report.reason = r === null ? "unconditional skip" : strOf(r);
        return [report];
      }
      if (name === "skipif") {
        const conds = markArgs(m);
        const cond = markKw(m, "condition");
        const all = cond === null ? conds : [cond, ...conds];
        const hit = all.length === 0 || all.some((c) => truthy(c));
        if (hit) {
          const r = markKw(m, "reason");
          report.outcome = "skipped";
          report.reason = r === null ? "condition: True" : strOf(r);
          return [report];
        }
      }
      if (name === "xfail" && xfail === null) {
        const conds = markArgs(m);
        const condKw = markKw(m, "condition");
        const all = condKw === null ? conds : [condKw, ...conds];
        if (all.length === 0 || all.some((c) => truthy(c))) {
          const r = markKw(m, "reason");
          const strict = markKw(m, "strict");
          const run = markKw(m, "run");
          xfail = {
            reason: r === null ? "" : strOf(r),
            strict: strict !== null && truthy(strict),
            raises: markKw(m, "raises"),
            run: run === null || truthy(run),
          };
        }
      }
    }
    if (xfail !== null && !xfail.run) {
      report.outcome = "xfailed";
      report.reason = `[NOTRUN] ${xfail.reason}`;
      return [report];
    }
    const values = new Map<string, HeapObject>();
    const fin: (() => void)[] = [];
    let instance: HeapObject | null = null;
    const defs = this.fixturesFor(item);
    const names = argNames(item.func, item.cls !== null);
    let phase: "setup" | "call" | "teardown" = "setup";
    const sections: [string, string][] = report.sections;
    const capture = (name: string) => {
      const [o, e] = stopCapture();
      if (o !== "") sections.push([`Captured stdout ${name}`, o]);
      if (e !== "") sections.push([`Captured stderr ${name}`, e]);
    };
    startCapture();
    try {
      if (item.cls !== null) instance = call(item.cls, []);
      this.setupFixtures(item, instance, names, values, fin, defs);
      capture("setup");
      phase = "call";
      report.when = "call";
      startCapture();
      let fn = item.func;
      if (instance !== null) fn = getAttr(instance, typeInfoName(item.func));
      else incref(fn);
      try {
        const args = names.map((n) => values.get(n) ?? item.params.get(n)!);
        decref(callBorrowed(fn, args, names.length === 0 ? null : names));
      } finally {
        decref(fn);
      }
      capture("call");
      if (xfail !== null) {
        if (xfail.strict) record(report, "failed", null, `[XPASS(strict)] ${xfail.reason}`);
        else {
          report.outcome = "xpassed";
          report.reason = xfail.reason;
        }
      }
    } catch (e) {
      capture(phase);
      this.handleError(e, report, phase, xfail);
    }
    const callSections = [...sections];
    startCapture();
    try {
      for (const fn of fin.reverse()) fn();
      if (instance !== null) decref(instance);
      capture("teardown");
    } catch (e) {
      capture("teardown");
      const down: Report = { ...report, when: "teardown", outcome: "passed", sections };
      this.handleError(e, down, "teardown", null);
      report.sections = callSections;
      return [report, down];
    }
    report.sections = callSections;
    return [report];
  }

  handleError(
    e: unknown,
    report: Report,
    phase: string,
    xfail: { reason: string; raises: HeapObject | null } | null,
  ): void {
    if (e instanceof FixtureLookupError) {
      record(report, "error", null, e.describe(report.item));
      report.crash = "";
      return;
    }
    if (e instanceof FixtureError) {
      record(report, "error", null, e.message);
      return;
    }
    if (!(e instanceof PyRaise)) throw e;
    const exc = e.exc;
    try {
      if (isInstanceOfPy(exc, "Skipped")) {
        report.outcome = "skipped";
        report.reason = attrStr(exc, "msg") ?? "";
        return;
      }
      if (isInstanceOfPy(exc, "XFailed")) {
        report.outcome = "xfailed";
        report.reason = attrStr(exc, "msg") ?? "";
        return;
      }
      if (phase !== "call") {
        record(report, "error", exc, null);
        return;
      }
      if (xfail !== null && !isInstanceOfPy(exc, "Failed")) {
        const ok = xfail.raises === null || isInstanceOf(exc, xfail.raises);
        if (ok) {
          report.outcome = "xfailed";
          report.reason = xfail.reason;
          return;
        }
      }
      record(report, "failed", exc, null);
    } finally {
      decref(exc);
    }
  }
}

function record(report: Report, outcome: Outcome, exc: HeapObject | null, text: string | null) {
  report.outcome = outcome;
  if (exc !== null) {
    report.longrepr = reprChain(exc).join("\n");
    report.crash = exconly(exc);
  } else if (text !== null) {
    report.longrepr = text;
    report.crash = text;
  }
}

function typeInfoName(func: HeapObject): string {
  return ((func.p0 as FunctionData).name.p0 as string) ?? "";
}

/** The pytest module's generator functions behind the builtin fixtures. */
const BUILTIN_FIXTURES: Record<string, string> = {
  capsys: "_make_capsys",
  monkeypatch: "_make_monkeypatch",
  tmp_path: "_make_tmp_path",
};

/** A yield fixture: its value is the first yield; teardown resumes it to the end. */
function enterGenerator(gen: HeapObject, name: string): ActiveFixture & { teardown: () => void } {
  let first: HeapObject | null;
  try {
    first = callNext(gen);
  } catch (e) {
    decref(gen);
    throw e;
  }
  if (first === null) {
    decref(gen);
    throw new FixtureError(`fixture function ${name} did not yield a value`);
  }
  const value = first;
  const teardown = () => {
    try {
      const more = callNext(gen);
      if (more !== null) {
        decref(more);
        throw new FixtureError(`fixture function ${name} has more than one 'yield'`);
      }
    } finally {
      decref(value);
      decref(gen);
    }
  };
  return { value, teardown };
}

function callNext(gen: HeapObject): HeapObject | null {
  const next = getAttr(gen, "__next__");
  try {
    return call(next, []);
  } catch (e) {
    if (e instanceof PyRaise && isInstanceOf(e.exc, T.StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    decref(next);
  }
}

class FixtureError extends Error {}

class FixtureLookupError extends Error {
  constructor(
    readonly fixture: string,
    readonly available: string[],
  ) {
    super(fixture);
  }

  describe(item: Item): string {
    const code = funcCode(item.func)!;
    let start = code.firstlineno;
    const lines = code.lines;
    while (start > 1 && (lines[start - 2] ?? "").trimStart().startsWith("@")) start--;
    const out: string[] = [
      `file ${item.module === null ? "" : moduleFile(item.module)}, line ${start}`,
    ];
    for (let i = start - 1; i < lines.length; i++) {
      out.push(`  ${lines[i]!.trim() === "" ? "" : lines[i]!.replace(/^\s{0,4}/, (m) => m)}`);
      if (lines[i]!.trimStart().startsWith("def ")) break;
    }
    out.push(`E       fixture '${this.fixture}' not found`);
    out.push(`>       available fixtures: ${this.available.join(", ")}`);
    out.push(">       use 'pytest --fixtures [testpath]' for help on them.");
    out.push("");
    out.push(`${moduleFile(item.module)}:${start}`);
    return out.join("\n");
  }
}

function moduleFile(mod: HeapObject): string {
  const f = ((mod.p0 as HeapObject).p0 as DictStore).getStr("__file__");
  return f === undefined ? "" : (f.p0 as string);
}

// ---------------------------------------------------------------- -k expressions

function keywordMatcher(expr: string): (names: string[]) => boolean {
  const tokens = expr.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  type M = (names: string[]) => boolean;
  const parseOr = (): M => {
    let left = parseAnd();
    while (tokens[i] === "or") {
      i++;
      const l = left;
      const r = parseAnd();
      left = (n) => l(n) || r(n);
    }
    return left;
  };
  const parseAnd = (): M => {
    let left = parseNot();
    while (tokens[i] === "and") {
      i++;
      const l = left;
      const r = parseNot();
      left = (n) => l(n) && r(n);
    }
    return left;
  };
  const parseNot = (): M => {
    const t = tokens[i++];
    if (t === "not") {
      const inner = parseNot();
      return (n) => !inner(n);
    }
    if (t === "(") {
      const inner = parseOr();
      if (tokens[i++] !== ")") throw new UsageError(`Wrong expression passed to '-k': ${expr}`);
      return inner;
    }
    if (t === undefined || t === ")" || t === "and" || t === "or")
      throw new UsageError(`Wrong expression passed to '-k': ${expr}`);
    const needle = t.toLowerCase();
    return (n) => n.some((name) => name.toLowerCase().includes(needle));
  };
  if (tokens.length === 0) return () => true;
  const m = parseOr();
  if (i < tokens.length) throw new UsageError(`Wrong expression passed to '-k': ${expr}`);
  return m;
}

export class UsageError extends Error {}

// ---------------------------------------------------------------- the session

interface CollectError {
  shownPath: string;
  nodeid: string;
  longrepr: string;
  crash: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(2)}s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return `${seconds.toFixed(2)}s (${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")})`;
}

/** Run a test session; returns pytest's exit status. */
export function runTests(opts: TestOptions): number {
  const started = performance.now();
  width = opts.columns;
  assertOptions.verbose = opts.verbosity;
  fullSummary =
    opts.verbosity >= 2 || process.env.CI !== undefined || process.env.BUILD_NUMBER !== undefined;
  const cwd = process.cwd();
  const args = opts.paths.length === 0 ? ["."] : opts.paths;
  startInterpreter(["pytest", ...args]);
  for (const a of args) {
    if (!existsSync(resolve(cwd, a.split("::")[0]!))) {
      stderr.write(`ERROR: file or directory not found: ${a}\n\n`);
      stderr.flush();
      return 4;
    }
  }
  const { rootdir, inifile } = determineRootdir(
    cwd,
    args.map((a) => a.split("::")[0]!),
  );
  const verbose = opts.verbosity > 0;
  const quiet = opts.verbosity < 0;
  if (!quiet) {
    line(sepLine("=", "test session starts"));
    const exe = verbose ? ` -- ${process.execPath}` : "";
    line(`platform ${process.platform} -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0${exe}`);
    line(`rootdir: ${rootdir}`);
    if (inifile !== null) line(`configfile: ${relative(rootdir, inifile)}`);
  }
  // The interpreter's main frame, so that imports and calls have a caller.
  const mainGlobals = newDict();
  const mainFrame = new Frame(
    compileModule(parse("", "<pytest>", "exec") as A.Module, "<pytest>", ""),
    mainGlobals,
    mainGlobals.p0 as DictStore,
    builtinsHook.store,
    null,
  );
  frameStack.current = mainFrame;
  pytest = importModule("pytest", mainFrame);

  // Collection.
  const files: { file: string; only: string[] | null }[] = [];
  for (const a of args) {
    const [p, ...rest] = a.split("::");
    const abs = resolve(cwd, p!);
    if (statSync(abs).isDirectory()) {
      const found: string[] = [];
      collectFiles(abs, found);
      for (const f of found) files.push({ file: f, only: null });
    } else files.push({ file: abs, only: rest.length > 0 ? rest : null });
  }
  if (verbose) out("collecting ... ");
  const items: Item[] = [];
  const errors: CollectError[] = [];
  const warnings: string[] = [];
  let collectSkipped = 0;
  const conftests = new Map<string, FixtureDef[]>();
  const held: HeapObject[] = [];
  const loadConftests = (file: string) => {
    const dirs: string[] = [];
    for (let d = dirname(file); ; d = dirname(d)) {
      dirs.unshift(d);
      if (d === rootdir || dirname(d) === d) break;
    }
    for (const d of dirs) {
      const c = join(d, "conftest.py");
      if (conftests.has(d) || !existsSync(c)) continue;
      const mod = importTestModule(c);
      held.push(mod);
      conftests.set(d, fixtureDefsIn((mod.p0 as HeapObject).p0 as DictStore, false));
    }
  };
  for (const { file, only } of files) {
    const shownPath = relPath(file);
    const nodePath = relative(rootdir, file).split(sep).join("/");
    let mod: HeapObject;
    try {
      loadConftests(file);
      mod = importTestModule(file);
    } catch (e) {
      if (e instanceof PyRaise && isInstanceOfPy(e.exc, "Skipped")) {
        // pytest.skip(..., allow_module_level=True): the module is one skip.
        collectSkipped++;
        decref(e.exc);
        continue;
      }
      errors.push(collectError(e, file, shownPath, nodePath));
      continue;
    }
    held.push(mod);
    const store = (mod.p0 as HeapObject).p0 as DictStore;
    const moduleMarks = pytestmarkOf(mod, store);
    const seen = new Set<HeapObject>();
    for (const e of [...store.live()]) {
      const name = e.key.p0 as string;
      const obj = e.value;
      if (seen.has(obj)) continue;
      if (obj.type === C.function && name.startsWith("test")) {
        seen.add(obj);
        if (only !== null && only[0] !== name) continue;
        items.push(...makeItems(obj, null, name, mod, shownPath, nodePath, moduleMarks, [], held));
      } else if (isInstanceOf(obj, T.type) && name.startsWith("Test")) {
        seen.add(obj);
        if (only !== null && only[0] !== name) continue;
        const init = getAttrOrNull(obj, "__init__");
        const objectInit = getAttrOrNull(T.object, "__init__");
        const hasInit = init !== null && init !== objectInit;
        if (init !== null) decref(init);
        if (objectInit !== null) decref(objectInit);
        if (hasInit) {
          // PytestCollectionWarning, at the class's first line.
          const where = classLine(file, name);
          warnings.push(
            `${shownPath}:${where.line}\n  ${file}:${where.line}: PytestCollectionWarning: cannot collect test class '${name}' because it has a __init__ constructor (from: ${nodePath})\n    ${where.text}\n`,
          );
          continue;
        }
        const classMarks = pytestmarkOf(obj, null);
        const names = dirNames(obj);
        for (const m of names) {
          if (!m.startsWith("test")) continue;
          if (only !== null && only.length > 1 && only[1] !== m) continue;
          const fn = getAttrOrNull(obj, m);
          if (fn === null) continue;
          held.push(fn);
          if (fn.type !== C.function) continue;
          items.push(
            ...makeItems(fn, obj, m, mod, shownPath, nodePath, moduleMarks, classMarks, held),
          );
        }
      }
    }
    if (only !== null) {
      const wanted = only.join("::");
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i]!;
        if (it.shownPath !== shownPath) continue;
        const id = it.nodeid.slice(nodePath.length + 2);
        if (id !== wanted && !id.startsWith(`${wanted}[`) && !id.startsWith(`${wanted}::`))
          items.splice(i, 1);
      }
    }
  }
  let selected = items;
  let deselected = 0;
  if (opts.keyword !== null && opts.keyword !== "") {
    const match = keywordMatcher(opts.keyword);
    selected = items.filter((it) => match(it.keywords));
    deselected = items.length - selected.length;
  }
  if (!quiet) {
    let msg = `collected ${plural(items.length, "item")}`;
    if (errors.length > 0) msg += ` / ${plural(errors.length, "error")}`;
    if (collectSkipped > 0) msg += ` / ${collectSkipped} skipped`;
    if (deselected > 0) msg += ` / ${deselected} deselected / ${selected.length} selected`;
    line(msg);
    line();
  }
  const session = new Session(opts, conftests);
  let exit = 0;
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  if (errors.length > 0) {
    if (quiet) line();
    line(sepLine("=", "ERRORS"));
    for (const e of errors) {
      line(sepLine("_", `ERROR collecting ${e.nodeid}`));
      line(e.longrepr);
    }
    line(sepLine("=", "short test summary info"));
    for (const e of errors) {
      const head = `ERROR ${e.shownPath}`;
      line(e.crash === "" ? head : head + trimmed(` - ${e.crash}`, head.length));
    }
    line(sepLine("!", `Interrupted: ${plural(errors.length, "error")} during collection`));
    const parts = [`${plural(errors.length, "error")}`];
    if (warnings.length > 0) parts.unshift(plural(warnings.length, "warning"));
    if (deselected > 0) parts.unshift(`${deselected} deselected`);
    if (collectSkipped > 0) parts.unshift(`${collectSkipped} skipped`);
    finish(quiet, parts, started);
    return 2;
  }

  // Running.
  let currentFile: string | null = null;
  let lineWidth = 0;
  const total = selected.length;
  let done = 0;
  const progress = () => ` [${String(Math.floor((done * 100) / total)).padStart(3)}%]`;
  for (let i = 0; i < selected.length && !session.stop; i++) {
    const item = selected[i]!;
    if (!verbose && !quiet && item.shownPath !== currentFile) {
      if (currentFile !== null) line();
      out(`${item.shownPath} `);
      lineWidth = item.shownPath.length + 1;
    }
    currentFile = item.shownPath;
    if (verbose) {
      out(`${item.shownPath}::${item.nodeid.slice(item.nodeid.indexOf("::") + 2)} `);
      lineWidth = item.shownPath.length + 2 + item.nodeid.length - item.nodeid.indexOf("::") - 1;
    }
    const reports = session.runItem(item);
    session.reports.push(...reports);
    done++;
    for (const r of reports) bump(r.outcome);
    const letters = reports
      .map(
        (r) =>
          ({ passed: ".", failed: "F", skipped: "s", xfailed: "x", xpassed: "X", error: "E" })[
            r.outcome
          ],
      )
      .join("");
    const next = selected[i + 1];
    const stopping =
      opts.exitFirst && reports.some((r) => r.outcome === "failed" || r.outcome === "error");
    if (verbose) {
      reports.forEach((report, k) => {
        const word = {
          passed: "PASSED",
          failed: "FAILED",
          skipped: "SKIPPED",
          xfailed: "XFAIL",
          xpassed: "XPASS",
          error: "ERROR",
        }[report.outcome];
        const reason =
          (report.outcome === "skipped" ||
            report.outcome === "xfailed" ||
            report.outcome === "xpassed") &&
          report.reason !== ""
            ? ` (${report.reason})`
            : "";
        if (k > 0) {
          const head = `${item.shownPath}::${item.nodeid.slice(item.nodeid.indexOf("::") + 2)} `;
          out(head);
          lineWidth = head.length;
        }
        const text = `${word}${reason}`;
        out(text);
        lineWidth += text.length;
        if (!stopping) {
          const msg = progress();
          out(`${msg.padStart(width - lineWidth - 1)}\n`);
        } else line();
      });
    } else {
      out(letters);
      lineWidth += letters.length;
      if (!stopping) {
        if (next === undefined || (!quiet && next.shownPath !== item.shownPath)) {
          const msg = progress();
          out(msg.padStart(width - lineWidth - 1));
        } else if (lineWidth + 7 + 1 >= width) {
          out(`${progress()}\n`);
          lineWidth = 0;
        }
      }
    }
    if (stopping) session.stop = true;
    const nextScope = next === undefined ? null : next.shownPath;
    if (nextScope !== item.shownPath) session.finishScope(`module:${item.shownPath}`);
    const classKey = (it: Item | undefined) =>
      it === undefined || it.cls === null
        ? null
        : `class:${it.shownPath}::${typeInfo(it.cls).name}`;
    const ck = classKey(item);
    if (ck !== null && ck !== classKey(next)) session.finishScope(ck);
  }
  session.finishScope("session");
  if (!verbose && currentFile !== null) {
    if (!quiet || session.stop) line();
  }
  if (!quiet) {
    if (currentFile !== null) line();
  } else if (currentFile === null || !session.stop) line();

  const failed = session.reports.filter((r) => r.outcome === "failed");
  const errored = session.reports.filter((r) => r.outcome === "error");
  if (errored.length > 0) {
    line(sepLine("=", "ERRORS"));
    for (const r of errored) {
      line(sepLine("_", `ERROR at ${r.when} of ${r.item.headline}`));
      line(r.longrepr);
      writeSections(r);
    }
  }
  if (failed.length > 0) {
    line(sepLine("=", "FAILURES"));
    for (const r of failed) {
      line(sepLine("_", r.item.headline));
      line(r.longrepr);
      writeSections(r);
    }
  }
  if (warnings.length > 0) {
    line(sepLine("=", "warnings summary"));
    for (const w of warnings) line(w);
    line("-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html");
  }
  if (failed.length > 0 || errored.length > 0) {
    line(sepLine("=", "short test summary info"));
    for (const r of [...failed, ...errored]) {
      const head = `${r.outcome === "failed" ? "FAILED" : "ERROR"} ${r.item.shownPath}::${r.item.nodeid.slice(r.item.nodeid.indexOf("::") + 2)}`;
      line(r.crash === "" ? head : head + trimmed(` - ${r.crash}`, head.length));
    }
  }
  if (session.stop) {
    const n = failed.length + errored.length;
    line(sepLine("!", `stopping after ${n} failures`));
  }
  const parts: string[] = [];
  const order: [string, string][] = [
    ["failed", "failed"],
    ["passed", "passed"],
    ["skipped", "skipped"],
    ["deselected", "deselected"],
    ["xfailed", "xfailed"],
    ["xpassed", "xpassed"],
    ["warnings", "warning"],
    ["error", "error"],
  ];
  if (deselected > 0) counts.set("deselected", deselected);
  if (warnings.length > 0) counts.set("warnings", warnings.length);
  if (collectSkipped > 0) counts.set("skipped", (counts.get("skipped") ?? 0) + collectSkipped);
  for (const [k, word] of order) {
    const n = counts.get(k) ?? 0;
    if (n === 0) continue;
    parts.push(k === "error" || k === "warnings" ? plural(n, word) : `${n} ${word}`);
  }
  finish(quiet, parts, started);
  for (const h of held.reverse()) decref(h);
  if (failed.length > 0 || errored.length > 0) exit = 1;
  else if (total === 0) exit = 5;
  return exit;
}

function finish(quiet: boolean, parts: string[], started: number): void {
  const seconds = (performance.now() - started) / 1000;
  const body = parts.length === 0 ? "no tests ran" : parts.join(", ");
  const msg = `${body} in ${formatDuration(seconds)}`;
  line(quiet ? msg : sepLine("=", msg));
  stdout.flush();
  stderr.flush();
}

/** _format_trimmed(" - {}", msg, width - len(head)): first line, cut with "...". */
let fullSummary = false;

function trimmed(text: string, headWidth: number): string {
  if (fullSummary) return text;
  let msg = text.slice(3);
  const nl = msg.indexOf("\n");
  if (nl >= 0) msg = msg.slice(0, nl);
  const avail = width - headWidth;
  if (3 + 3 > avail) return "";
  if (3 + msg.length > avail) {
    msg = `${msg.slice(0, avail - 3 - 3)}...`;
  }
  return ` - ${msg}`;
}

function writeSections(r: Report): void {
  for (const [name, content] of r.sections) {
    line(sepLine("-", name));
    line(content.endsWith("\n") ? content.slice(0, -1) : content);
  }
}

/** A test module that cannot be imported: pytest's short traceback, or its ImportError text. */
function collectError(e: unknown, file: string, shownPath: string, nodePath: string): CollectError {
  if (e instanceof PySyntaxError) {
    const text = formatSyntaxError(e).replace(/\n$/, "");
    return {
      shownPath,
      nodeid: nodePath,
      longrepr: text
        .split("\n")
        .map((l) => `E   ${l}`)
        .join("\n"),
      crash: "",
    };
  }
  if (!(e instanceof PyRaise)) throw e;
  const exc = e.exc;
  try {
    const only = exconly(exc).split("\n");
    const lines: string[] = [];
    const isImport = isInstanceOf(exc, T.ImportError);
    if (isImport) {
      lines.push(
        `ImportError while importing test module '${file}'.`,
        "Hint: make sure your test modules/packages have valid Python names.",
        "Traceback:",
      );
    }
    for (const entry of tracebackEntries(exc)) lines.push(...shortEntry(entry));
    lines.push(...only.map((l) => `E   ${l}`));
    return {
      shownPath,
      nodeid: nodePath,
      longrepr: lines.join("\n"),
      crash: isImport ? "" : only[0]!,
    };
  } finally {
    decref(exc);
  }
}

/** The `class NAME` line of a file (for the collection warning). */
function classLine(file: string, name: string): { line: number; text: string } {
  const lines = readFileSync(file, "utf8").split("\n");
  const i = lines.findIndex((l) => new RegExp(`^\\s*class\\s+${name}\\b`).test(l));
  return { line: i + 1, text: (lines[i] ?? "").trim() };
}

function dirNames(cls: HeapObject): string[] {
  // dir() order of a class: pytest walks the class __dict__ of each base (MRO), own first.
  const names: string[] = [];
  const mro = getAttr(cls, "__mro__");
  try {
    for (const k of mro.p0 as HeapObject[]) {
      if (k === T.object) continue;
      const d = getAttrOrNull(k, "__dict__");
      if (d === null) continue;
      try {
        const keys = call(getAttr(d, "keys"), []);
        for (const key of toArray(keys)) {
          const s = strOf(key);
          decref(key);
          if (!names.includes(s)) names.push(s);
        }
        decref(keys);
      } finally {
        decref(d);
      }
    }
  } finally {
    decref(mro);
  }
  return names;
}

function makeItems(
  func: HeapObject,
  cls: HeapObject | null,
  name: string,
  mod: HeapObject,
  shownPath: string,
  nodePath: string,
  moduleMarks: HeapObject[],
  classMarks: HeapObject[],
  held: HeapObject[],
): Item[] {
  // Marks nearest first: the function's (in the order its decorators applied them, as
  // parametrize expands them), then the class's, then the module's.
  const own = marksOf(func);
  const marks = [...own, ...classMarks, ...moduleMarks];
  const clsName = cls === null ? null : typeInfo(cls).name;
  const base = clsName === null ? name : `${clsName}::${name}`;
  const specs = expandParametrize(marks, held);
  return specs.map((spec) => {
    const suffix = spec.ids.length === 0 ? "" : `[${spec.ids.join("-")}]`;
    const itemName = name + suffix;
    return {
      nodeid: `${nodePath}::${base}${suffix}`,
      shownPath,
      name: itemName,
      headline: clsName === null ? itemName : `${clsName}.${itemName}`,
      module: mod,
      cls,
      func,
      params: spec.params,
      marks: [...spec.marks, ...marks],
      keywords: [
        itemName,
        ...(clsName === null ? [] : [clsName]),
        basename(shownPath),
        ...marks.map(markName),
      ],
    };
  });
}
