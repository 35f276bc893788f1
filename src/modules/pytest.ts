/**
 * The `pytest` module as tests use it (pytest 9's public API, reduced): `raises`, `approx`,
 * `mark` (parametrize, skip, skipif, xfail and any custom name), `param`, `fixture`,
 * `fail`, `skip`, `xfail`, and the builtin fixtures `capsys`, `monkeypatch` (attributes
 * and items) and `tmp_path` (a PosixPath with the methods tests use). Written in Python source compiled at import (library.ts), so
 * the objects are ordinary Python objects; the runner (src/api/pytest-session.ts) reads the
 * marks and fixture definitions back through `_marks` / `_fixtures`, which map a function
 * to what its decorators recorded.
 * NOT-CPYTHON (pytest): functions carry no attribute dict here, so marks and fixture
 * definitions live in those side tables instead of on the function; a fixture function
 * stays callable; `re` is a native `_re_search` on JavaScript regular expressions.
 */

import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import type { HeapObject } from "../engine/index.js";
import { isStr } from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { newBool, newList, newStr, newTuple, none } from "../runtime/objects.js";
import { S, T } from "../runtime/types.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineFunction, exactly } from "./support.js";

/** The runner's capture buffers (capsys): set by the session while a test runs. */
export const captureHook = {
  read: (): [string, string] => ["", ""],
};

const LIBRARY = (): string =>
  `
_abs = abs
_marks = {}
_fixtures = {}


class OutcomeException(BaseException):
    __module__ = "builtins"

    def __init__(self, msg=None, pytrace=True):
        BaseException.__init__(self, msg)
        self.msg = msg
        self.pytrace = pytrace

    def __repr__(self):
        if self.msg is not None:
            return self.msg
        return "<" + type(self).__name__ + " instance>"

    __str__ = __repr__


class Skipped(OutcomeException):
    __module__ = "builtins"

    def __init__(self, msg=None, pytrace=True, allow_module_level=False):
        OutcomeException.__init__(self, msg, pytrace)
        self.allow_module_level = allow_module_level


class Failed(OutcomeException):
    __module__ = "builtins"


class XFailed(Failed):
    __module__ = "builtins"


def fail(reason="", pytrace=True):
    __tracebackhide__ = True
    raise Failed(reason, pytrace)


def skip(reason="", allow_module_level=False):
    __tracebackhide__ = True
    raise Skipped(reason, True, allow_module_level)


def xfail(reason=""):
    __tracebackhide__ = True
    raise XFailed(reason)


class Mark:
    def __init__(self, name, args, kwargs):
        self.name = name
        self.args = args
        self.kwargs = kwargs

    def __repr__(self):
        return "Mark(name=" + repr(self.name) + ", args=" + repr(self.args) + ", kwargs=" + repr(self.kwargs) + ")"


def _store_mark(obj, mark):
    if isinstance(obj, type):
        marks = list(getattr(obj, "pytestmark", []))
        marks.append(mark)
        obj.pytestmark = marks
    else:
        _marks.setdefault(obj, []).append(mark)


class MarkDecorator:
    def __init__(self, mark):
        self.mark = mark

    @property
    def name(self):
        return self.mark.name

    @property
    def args(self):
        return self.mark.args

    @property
    def kwargs(self):
        return self.mark.kwargs

    def with_args(self, *args, **kwargs):
        merged = dict(self.mark.kwargs)
        merged.update(kwargs)
        return MarkDecorator(Mark(self.mark.name, self.mark.args + args, merged))

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            func = args[0]
            if isinstance(func, type) or (callable(func) and getattr(func, "__name__", "<lambda>") != "<lambda>"):
                _store_mark(func, self.mark)
                return func
        return self.with_args(*args, **kwargs)

    def __repr__(self):
        return "<MarkDecorator " + repr(self.mark) + ">"


class MarkGenerator:
    def __getattr__(self, name):
        if name[0] == "_":
            raise AttributeError("Marker name must NOT start with underscore")
        return MarkDecorator(Mark(name, (), {}))


mark = MarkGenerator()


class ParameterSet:
    def __init__(self, values, marks, id):
        self.values = values
        self.marks = marks
        self.id = id


def param(*values, marks=(), id=None):
    if isinstance(marks, MarkDecorator):
        marks = (marks,)
    return ParameterSet(values, tuple(marks), id)


class FixtureDef:
    def __init__(self, func, scope, params, autouse, ids, name):
        self.func = func
        self.scope = scope
        self.params = params
        self.autouse = autouse
        self.ids = ids
        self.name = name if name is not None else func.__name__


def fixture(fixture_function=None, *, scope="function", params=None, autouse=False, ids=None, name=None):
    def decorate(func):
        _fixtures[func] = FixtureDef(func, scope, None if params is None else list(params), autouse, ids, name)
        return func
    if fixture_function is not None:
        return decorate(fixture_function)
    return decorate


yield_fixture = fixture


class ExceptionInfo:
    def __init__(self):
        self._type = None
        self._value = None
        self._tb = None

    def _fill(self, tp, value, tb):
        self._type = tp
        self._value = value
        self._tb = tb

    @property
    def type(self):
        return self._type

    @property
    def value(self):
        return self._value

    @property
    def tb(self):
        return self._tb

    @property
    def typename(self):
        return self._type.__name__

    def errisinstance(self, exc):
        return isinstance(self._value, exc)

    def match(self, regexp):
        __tracebackhide__ = True
        _check_match(regexp, str(self._value))
        return True

    def __repr__(self):
        if self._type is None:
            return "<ExceptionInfo for raises contextmanager>"
        n = 0
        tb = self._tb
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return "<ExceptionInfo " + repr(self._value) + " tblen=" + str(n) + ">"


def _check_match(regexp, value):
    __tracebackhide__ = True
    if not _re_search(regexp, value):
        raise AssertionError("Regex pattern did not match.\\n  Expected regex: " + repr(regexp) + "\\n  Actual message: " + repr(value))


class RaisesContext:
    def __init__(self, expected, match):
        self.expected = expected
        self.match_expr = match
        self.excinfo = None

    def __enter__(self):
        self.excinfo = ExceptionInfo()
        return self.excinfo

    def __exit__(self, tp, value, tb):
        __tracebackhide__ = True
        if tp is None:
            if isinstance(self.expected, tuple):
                fail("DID NOT RAISE any of " + repr(self.expected))
            fail("DID NOT RAISE " + repr(self.expected))
        if not issubclass(tp, self.expected):
            return False
        self.excinfo._fill(tp, value, tb)
        if self.match_expr is not None:
            _check_match(self.match_expr, str(value))
        return True


def raises(expected_exception, *args, match=None, **kwargs):
    __tracebackhide__ = True
    if not args:
        return RaisesContext(expected_exception, match)
    func = args[0]
    context = RaisesContext(expected_exception, match)
    with context as excinfo:
        func(*args[1:], **kwargs)
    return excinfo


def _fmt_tol(x):
    return "{:.1e}".format(x)


class ApproxBase:
    def __init__(self, expected, rel=None, abs=None, nan_ok=False):
        self.expected = expected
        self.rel = rel
        self.abs = abs
        self.nan_ok = nan_ok

    def __ne__(self, actual):
        return not (self == actual)


class ApproxScalar(ApproxBase):
    def tolerance(self):
        absolute = 1e-12 if self.abs is None else self.abs
        relative = 1e-6 if self.rel is None else self.rel
        if self.rel is None and self.abs is not None:
            return absolute
        return max(relative * _abs(self.expected), absolute)

    def __repr__(self):
        if isinstance(self.expected, bool) or not isinstance(self.expected, (int, float)):
            return str(self.expected)
        return str(self.expected) + " \\u00b1 " + _fmt_tol(self.tolerance())

    def __eq__(self, actual):
        if isinstance(self.expected, bool) or not isinstance(self.expected, (int, float)):
            return actual == self.expected
        if not isinstance(actual, (int, float)):
            return False
        if actual == self.expected:
            return True
        return _abs(self.expected - actual) <= self.tolerance()

    __hash__ = None


class ApproxSequence(ApproxBase):
    def _items(self):
        return [ApproxScalar(x, self.rel, self.abs, self.nan_ok) for x in self.expected]

    def __repr__(self):
        inner = ", ".join([repr(x) for x in self._items()])
        if isinstance(self.expected, tuple):
            return "approx((" + inner + "))"
        return "approx([" + inner + "])"

    def __eq__(self, actual):
        if not isinstance(actual, (list, tuple)) or len(actual) != len(self.expected):
            return False
        for a, e in zip(actual, self._items()):
            if not (e == a):
                return False
        return True

    __hash__ = None


class ApproxMapping(ApproxBase):
    def __repr__(self):
        return "approx({" + ", ".join([repr(k) + ": " + repr(ApproxScalar(v, self.rel, self.abs)) for k, v in self.expected.items()]) + "})"

    def __eq__(self, actual):
        if not isinstance(actual, dict) or set(actual.keys()) != set(self.expected.keys()):
            return False
        for k, v in self.expected.items():
            if not (ApproxScalar(v, self.rel, self.abs) == actual[k]):
                return False
        return True

    __hash__ = None


def approx(expected, rel=None, abs=None, nan_ok=False):
    if isinstance(expected, dict):
        return ApproxMapping(expected, rel, abs, nan_ok)
    if isinstance(expected, (list, tuple)):
        return ApproxSequence(expected, rel, abs, nan_ok)
    return ApproxScalar(expected, rel, abs, nan_ok)


class CaptureResult:
    def __init__(self, out, err):
        self.out = out
        self.err = err

    def __iter__(self):
        return iter((self.out, self.err))

    def __getitem__(self, i):
        return (self.out, self.err)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CaptureResult(out=" + repr(self.out) + ", err=" + repr(self.err) + ")"


class CaptureFixture:
    def readouterr(self):
        out, err = _readouterr()
        return CaptureResult(out, err)


def _make_capsys():
    yield CaptureFixture()


_notset = object()


class MonkeyPatch:
    def __init__(self):
        self._setattr = []
        self._setitem = []

    def setattr(self, target, name, value=_notset, raising=True):
        __tracebackhide__ = True
        if value is _notset:
            raise TypeError("use setattr(target, name, value)")
        oldval = getattr(target, name, _notset)
        if raising and oldval is _notset:
            raise AttributeError(repr(target) + " has no attribute " + repr(name))
        if isinstance(target, type):
            oldval = target.__dict__.get(name, _notset)
        self._setattr.append((target, name, oldval))
        setattr(target, name, value)

    def delattr(self, target, name, raising=True):
        __tracebackhide__ = True
        if not hasattr(target, name):
            if raising:
                raise AttributeError(name)
            return
        oldval = getattr(target, name, _notset)
        if isinstance(target, type):
            oldval = target.__dict__.get(name, _notset)
        self._setattr.append((target, name, oldval))
        delattr(target, name)

    def setitem(self, dic, name, value):
        self._setitem.append((dic, name, dic.get(name, _notset)))
        dic[name] = value

    def delitem(self, dic, name, raising=True):
        __tracebackhide__ = True
        if name not in dic:
            if raising:
                raise KeyError(name)
            return
        self._setitem.append((dic, name, dic.get(name, _notset)))
        del dic[name]

    def undo(self):
        for obj, name, value in reversed(self._setattr):
            if value is not _notset:
                setattr(obj, name, value)
            else:
                delattr(obj, name)
        self._setattr = []
        for dic, name, value in reversed(self._setitem):
            if value is _notset:
                dic.pop(name, None)
            else:
                dic[name] = value
        self._setitem = []


def _make_monkeypatch():
    mp = MonkeyPatch()
    yield mp
    mp.undo()


class PosixPath:
    def __init__(self, *parts):
        path = ""
        for p in parts:
            p = str(p)
            if p.startswith("/") or path == "":
                path = p
            else:
                path = path.rstrip("/") + "/" + p
        self._path = path if path else "."

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return "PosixPath(" + repr(self._path) + ")"

    def __truediv__(self, other):
        return PosixPath(self._path, other)

    def __rtruediv__(self, other):
        return PosixPath(other, self._path)

    def __eq__(self, other):
        return isinstance(other, PosixPath) and self._path == other._path

    def __hash__(self):
        return hash(self._path)

    def __lt__(self, other):
        return self._path < other._path

    def joinpath(self, *others):
        return PosixPath(self._path, *others)

    @property
    def name(self):
        return self._path.rstrip("/").split("/")[-1]

    @property
    def suffix(self):
        name = self.name
        if "." not in name[1:]:
            return ""
        last = name.split(".")[-1]
        return "." + last if last else ""

    @property
    def stem(self):
        suffix = self.suffix
        return self.name[: len(self.name) - len(suffix)] if suffix else self.name

    @property
    def parent(self):
        head = self._path.rstrip("/")
        if "/" not in head:
            return PosixPath(".")
        return PosixPath("/".join(head.split("/")[:-1]) or "/")

    @property
    def parts(self):
        if self._path.startswith("/"):
            return tuple(["/"] + [p for p in self._path.split("/") if p])
        return tuple([p for p in self._path.split("/") if p])

    def with_suffix(self, suffix):
        return self.parent / (self.stem + suffix)

    def with_name(self, name):
        return self.parent / name

    def exists(self):
        return _fs("exists", self._path, None)

    def is_file(self):
        return _fs("is_file", self._path, None)

    def is_dir(self):
        return _fs("is_dir", self._path, None)

    def mkdir(self, mode=511, parents=False, exist_ok=False):
        _fs("mkdir", self._path, (parents, exist_ok))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        _fs("write", self._path, data)
        return len(data)

    def read_text(self, encoding=None, errors=None):
        return _fs("read", self._path, None)

    def touch(self, mode=438, exist_ok=True):
        if not self.exists():
            _fs("write", self._path, "")

    def unlink(self, missing_ok=False):
        if missing_ok and not self.exists():
            return
        _fs("unlink", self._path, None)

    def rmdir(self):
        _fs("rmdir", self._path, None)

    def iterdir(self):
        for name in _fs("listdir", self._path, None):
            yield self / name

    def glob(self, pattern):
        for name in _fs("glob", self._path, pattern):
            yield self / name

    def resolve(self):
        return self

    def absolute(self):
        return self


Path = PosixPath


def _make_tmp_path(path):
    yield PosixPath(path)
`;

/** Python's `re` syntax that JavaScript spells differently (enough for `match=`). */
function toJsRegex(pattern: string): RegExp {
  const src = pattern
    .replace(/\(\?P<(\w+)>/g, "(?<$1>")
    .replace(/\(\?P=(\w+)\)/g, "\\k<$1>")
    .replace(/\\A/g, "^")
    .replace(/\\Z/g, "$");
  return new RegExp(src, "u");
}

declareModule("pytest", (m, module) => {
  defineFunction(m, "_re_search", (args) => {
    exactly("_re_search", args, 2);
    const [p, s] = args as [never, never];
    if (!isStr(p) || !isStr(s)) raise(T.TypeError, "expected str");
    let re: RegExp;
    try {
      re = toJsRegex((p as { p0: string }).p0);
    } catch (e) {
      raise(T.ValueError, `bad regular expression: ${(e as Error).message}`);
    }
    return newBool(re.test((s as { p0: string }).p0));
  });
  defineFunction(m, "_readouterr", (args) => {
    exactly("_readouterr", args, 0);
    const [out, err] = captureHook.read();
    return tupleOfStrs(out, err);
  });
  defineFunction(m, "_fs", (args) => {
    exactly("_fs", args, 3);
    return fsOp(strArg(args[0]!), strArg(args[1]!), args[2]!);
  });
  runLibrarySource(module, m, LIBRARY(), "<frozen pytest>");
});

function strArg(o: HeapObject): string {
  if (!isStr(o)) raise(T.TypeError, "expected str");
  return o.p0 as string;
}

/** The file-system operations PosixPath needs; OSErrors as CPython words them. */
function fsOp(op: string, path: string, arg: HeapObject): HeapObject {
  try {
    switch (op) {
      case "exists":
        return newBool(existsSync(path));
      case "is_file":
        return newBool(existsSync(path) && statSync(path).isFile());
      case "is_dir":
        return newBool(existsSync(path) && statSync(path).isDirectory());
      case "mkdir": {
        const [parents, existOk] = (arg.p0 as HeapObject[]).map((x) => x === S.True);
        if (existsSync(path) && existOk) return none();
        mkdirSync(path, { recursive: parents });
        return none();
      }
      case "write":
        writeFileSync(path, arg.p0 as string);
        return none();
      case "read":
        return newStr(readFileSync(path, "utf8"));
      case "unlink":
        unlinkSync(path);
        return none();
      case "rmdir":
        rmdirSync(path);
        return none();
      case "listdir":
        return newList(readdirSync(path).map((n) => newStr(n)));
      case "glob": {
        const re = new RegExp(
          `^${(arg.p0 as string)
            .replace(/[.+^${}()|\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/\?/g, ".")}$`,
        );
        return newList(
          readdirSync(path)
            .filter((n) => re.test(n))
            .sort()
            .map((n) => newStr(n)),
        );
      }
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const errnos: Record<string, [number, string, string]> = {
      ENOENT: [2, "No such file or directory", "FileNotFoundError"],
      EEXIST: [17, "File exists", "FileExistsError"],
      ENOTDIR: [20, "Not a directory", "NotADirectoryError"],
      EISDIR: [21, "Is a directory", "IsADirectoryError"],
      ENOTEMPTY: [39, "Directory not empty", "OSError"],
    };
    const known = err.code === undefined ? undefined : errnos[err.code];
    if (known === undefined) raise(T.OSError, err.message);
    raise(T[known[2]] ?? T.OSError, `[Errno ${known[0]}] ${known[1]}: '${path}'`);
  }
  raise(T.ValueError, `unknown file operation ${op}`);
}

function tupleOfStrs(a: string, b: string) {
  return newTuple([newStr(a), newStr(b)]);
}
