/**
 * The `os` module and `os.path` (CPython Modules/posixmodule.c + Lib/os.py +
 * Lib/posixpath.py), reduced to the common calls.
 *
 * Technique: the system calls (getcwd, listdir, stat, mkdir, remove, rename, …) are
 * native over synchronous node:fs and raise the OSError subclass CPython raises, with
 * errno and filename; `listdir` reads the directory in the order the system gives it
 * (as CPython does; node's readdir would sort). The rest — `os.path`'s string functions,
 * `makedirs`, `walk`, the `environ` mapping — is Python source run into the modules.
 * `os.path` is the `posixpath` module, registered in sys.modules as 'os.path' when `os`
 * is imported, so `import os.path` and `from os import path` find it.
 * NOT-CPYTHON: `environ` is not a MutableMapping subclass (the mapping methods are
 * written out); `stat_result` is a plain class (indexable, not a structseq); no bytes
 * paths; no `lseek` (Node has none); `times()` reports no children's CPU time; functions
 * not listed here are missing.
 */

import {
  accessSync,
  chmodSync,
  closeSync,
  type Dir,
  fstatSync,
  lstatSync,
  mkdirSync,
  opendirSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { cpus, uptime } from "node:os";
import type { HeapObject } from "../engine/index.js";
import { isStr, truthy } from "../runtime/abstract.js";
import { bufferProviders, newBytes } from "../runtime/bytes.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import {
  newBool,
  newDict,
  newFloat,
  newInt,
  newList,
  newStr,
  newTuple,
  none,
} from "../runtime/objects.js";
import { makeStructSeqType, newStructSeq } from "../runtime/structseq.js";
import { typeName } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";
import { errnoMessage, osError } from "./fileio.js";
import { isatty } from "./io.js";
import { runLibrarySource } from "./library.js";
import { toInt } from "./math.js";
import { declareModule, loadBuiltinModule, sysModules } from "./registry.js";
import { defineFunction, defineValue, exactly, nodeCrypto } from "./support.js";

/** A path argument: str (os.PathLike objects are turned into str by the Python half). */
function pathArg(fn: string, o: HeapObject | undefined, name = "path"): string {
  if (o === undefined) raise(T.TypeError, `${fn}() missing required argument '${name}' (pos 1)`);
  if (!isStr(o)) {
    raise(T.TypeError, `${fn}: ${name} should be string, bytes or os.PathLike, not ${typeName(o)}`);
  }
  return o.p0 as string;
}

/** Run a system call; a failure becomes CPython's OSError subclass naming `files`. */
function sys<R>(files: HeapObject[], body: () => R): R {
  try {
    return body();
  } catch (e) {
    throw osError(e, files[0] ?? null, files[1] ?? null);
  }
}

/** A file descriptor argument (an int, or an object with __index__). */
function fdArg(o: HeapObject): number {
  return Number(toInt(o));
}

let timesResult: HeapObject | null = null;

/** posix.times_result, os.times()'s struct sequence. */
function timesResultType(): HeapObject {
  timesResult ??= makeStructSeqType({
    module: "posix",
    name: "times_result",
    doc: "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
    fields: ["user", "system", "children_user", "children_system", "elapsed"],
  });
  return timesResult;
}

function statTuple(st: Stats): HeapObject {
  const secs = (ms: number) => newFloat(ms / 1000);
  return newTuple([
    newInt(st.mode),
    newInt(st.ino),
    newInt(st.dev),
    newInt(st.nlink),
    newInt(st.uid),
    newInt(st.gid),
    newInt(st.size),
    secs(st.atimeMs),
    secs(st.mtimeMs),
    secs(st.ctimeMs),
  ]);
}

const POSIXPATH = (): string =>
  `
import os as _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _check_join_args(funcname, *args):
    for s in args:
        if not isinstance(s, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None


def isabs(s):
    s = _os.fspath(s)
    return s.startswith('/')


def join(a, *p):
    a = _os.fspath(a)
    path = a
    try:
        for b in p:
            b = _os.fspath(b)
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
    except (TypeError, AttributeError):
        _check_join_args('join', a, *p)
        raise
    return path


def split(p):
    p = _os.fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _os.fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # a leading run of dots belongs to the name, not to an extension
        i = slash + 1
        while i < dot:
            if p[i] != '.':
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    p = _os.fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _os.fspath(path)
    if not path:
        return '.'
    slashes = 0
    if path.startswith('/'):
        slashes = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not slashes and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/' * slashes + '/'.join(parts)
    return path or '.'


def abspath(path):
    path = _os.fspath(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _os.fspath(filename)
    return _realpath(abspath(filename), strict)


def expanduser(path):
    path = _os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    path = _os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and path[j] == '{':
            k = path.find('}', j)
            if k < 0:
                out.append(path[i:])
                break
            name = path[j + 1:k]
            end = k + 1
        else:
            k = j
            while k < n and (path[k].isalnum() or path[k] == '_'):
                k += 1
            name = path[j:k]
            end = k
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _os.fspath(path)
    start = curdir if start is None else _os.fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = _os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000


def isdir(s):
    try:
        st = _os.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def islink(path):
    try:
        st = _os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
`;

const OS = (): string =>
  `
import posixpath as path

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
EX_OK = 0
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = O_NDELAY = 2048
O_DSYNC = 4096
O_ASYNC = 8192
O_DIRECT = 16384
O_LARGEFILE = 0
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_NOATIME = 262144
O_CLOEXEC = 524288
O_SYNC = O_RSYNC = O_FSYNC = 1052672
O_PATH = 2097152
O_TMPFILE = 4259840
error = OSError


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8') if isinstance(filename, bytes) else filename


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _open(_path_arg(path, 'open'), flags, mode)


def fstat(fd):
    return stat_result(_fstat(fd))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _access(_path_arg(path, 'access'), mode)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(type(path).__name__, type(result).__name__))


class PathLike:
    __module__ = 'os'

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


class stat_result:
    __module__ = 'os'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        self._values = tuple(values)
        for name, value in zip(self._fields, values):
            setattr(self, name, value)

    def __getitem__(self, i):
        v = self._values[i]
        # the tuple part holds whole seconds, as CPython's does
        if isinstance(i, int) and (i % 10) >= 7:
            return int(v)
        return v

    def __len__(self):
        return 10

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%d' % (f, v) for f, v in zip(self._fields, self._values)) + ')'


def _path_arg(p, func):
    if isinstance(p, str):
        return p
    if hasattr(type(p), '__fspath__'):
        return fspath(p)
    if func == 'listdir':
        raise TypeError("listdir: path should be string, bytes, os.PathLike, integer "
                        "or None, not %s" % type(p).__name__)
    raise TypeError("%s: path should be string, bytes or os.PathLike, not %s"
                    % (func, type(p).__name__))


def stat(path, *, follow_symlinks=True):
    return stat_result(_stat(_path_arg(path, 'stat'), follow_symlinks))


def lstat(path):
    return stat_result(_stat(_path_arg(path, 'lstat'), False))


def listdir(path='.'):
    return _listdir(_path_arg(path, 'listdir'))


def mkdir(path, mode=0o777):
    _mkdir(_path_arg(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path):
    _remove(_path_arg(path, 'remove'))


def unlink(path):
    _remove(_path_arg(path, 'unlink'))


def rmdir(path):
    _rmdir(_path_arg(path, 'rmdir'))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _rename(_path_arg(src, 'rename'), _path_arg(dst, 'rename'))


replace = rename


def chdir(path):
    _chdir(_path_arg(path, 'chdir'))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ:
    __module__ = 'os'

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._data.items())


environ = _Environ(_environ_data())
del _environ_data


def getenv(key, default=None):
    return environ.get(key, default)
`;

function realpathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // a missing tail stays as it is (non-strict realpath): resolve the longest prefix
    const i = path.lastIndexOf("/");
    if (i <= 0) return path;
    const head = realpathOf(path.slice(0, i));
    return `${head === "/" ? "" : head}/${path.slice(i + 1)}`;
  }
}

function defineNatives(m: DictStore): void {
  defineFunction(m, "getcwd", () => newStr(process.cwd()));
  defineFunction(m, "getpid", () => newInt(process.pid));
  defineFunction(m, "getppid", () => newInt(process.ppid));
  defineFunction(m, "cpu_count", () => newInt(cpus().length));
  defineFunction(m, "urandom", (args) => {
    const n = Number(toInt(args[0]!));
    if (n < 0) raise(T.ValueError, "negative argument not allowed");
    return newBytes(new Uint8Array(nodeCrypto().randomBytes(n)));
  });
  defineFunction(m, "_stat", (args) => {
    const p = args[0]!;
    const path = pathArg("stat", p);
    const follow = args[1] === undefined || truthy(args[1]);
    const st = sys([p], () => (follow ? statSync(path) : lstatSync(path)));
    return statTuple(st);
  });
  defineFunction(m, "_listdir", (args) => {
    const p = args[0]!;
    const path = pathArg("listdir", p);
    const names = sys([p], () => {
      const dir: Dir = opendirSync(path);
      const out: string[] = [];
      try {
        for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e.name);
      } finally {
        dir.closeSync();
      }
      return out;
    });
    return newList(names.map(newStr));
  });
  defineFunction(m, "_mkdir", (args) => {
    const p = args[0]!;
    const path = pathArg("mkdir", p);
    const mode = args[1] === undefined ? 0o777 : Number(toInt(args[1]));
    sys([p], () => mkdirSync(path, { mode }));
    return none();
  });
  defineFunction(m, "_remove", (args) => {
    const p = args[0]!;
    const path = pathArg("remove", p);
    sys([p], () => {
      // unlink(2) on a directory is EISDIR on Linux, as CPython reports it
      if (lstatSync(path).isDirectory()) {
        const e = new Error("EISDIR") as NodeJS.ErrnoException;
        e.code = "EISDIR";
        throw e;
      }
      unlinkSync(path);
    });
    return none();
  });
  defineFunction(m, "_rmdir", (args) => {
    const p = args[0]!;
    const path = pathArg("rmdir", p);
    sys([p], () => rmdirSync(path));
    return none();
  });
  defineFunction(m, "_rename", (args) => {
    const [a, b] = [args[0]!, args[1]!];
    const from = pathArg("rename", a);
    const to = pathArg("rename", b);
    sys([a, b], () => renameSync(from, to));
    return none();
  });
  defineFunction(m, "_chdir", (args) => {
    const p = args[0]!;
    const path = pathArg("chdir", p);
    sys([p], () => process.chdir(path));
    return none();
  });
  defineFunction(m, "chmod", (args) => {
    const p = args[0]!;
    const path = pathArg("chmod", p);
    const mode = Number(toInt(args[1]!));
    sys([p], () => chmodSync(path, mode));
    return none();
  });
  defineFunction(m, "_open", (args) => {
    const p = args[0]!;
    const path = pathArg("open", p);
    const flags = Number(toInt(args[1]!));
    const mode = Number(toInt(args[2]!));
    return newInt(sys([p], () => openSync(path, flags, mode)));
  });
  defineFunction(m, "close", (args) => {
    exactly("close", args, 1, null);
    const fd = fdArg(args[0]!);
    sys([], () => closeSync(fd));
    return none();
  });
  defineFunction(m, "read", (args) => {
    exactly("read", args, 2, null);
    const fd = fdArg(args[0]!);
    const n = Number(toInt(args[1]!));
    // (a negative length reaches read(2)'s checks: EINVAL)
    const buf = Buffer.alloc(Math.max(n, 0));
    if (n < 0) {
      throw osError(Object.assign(new Error("EINVAL"), { code: "EINVAL" }), null);
    }
    const got = sys([], () => readSync(fd, buf, 0, n, null));
    return newBytes(new Uint8Array(buf.subarray(0, got)));
  });
  defineFunction(m, "write", (args) => {
    exactly("write", args, 2, null);
    const fd = fdArg(args[0]!);
    const data = bufferProviders.data(args[1]!, true);
    if (data === null) {
      raise(T.TypeError, `a bytes-like object is required, not '${typeName(args[1]!)}'`);
    }
    return newInt(sys([], () => writeSync(fd, data)));
  });
  defineFunction(m, "isatty", (args) => {
    exactly("isatty", args, 1, null);
    return newBool(isatty(fdArg(args[0]!)));
  });
  defineFunction(m, "_fstat", (args) => {
    const fd = fdArg(args[0]!);
    return statTuple(sys([], () => fstatSync(fd)));
  });
  defineFunction(m, "_access", (args) => {
    const path = pathArg("access", args[0]!);
    const mode = Number(toInt(args[1]!));
    try {
      accessSync(path, mode);
      return newBool(true);
    } catch {
      return newBool(false);
    }
  });
  defineFunction(m, "strerror", (args) => {
    exactly("strerror", args, 1, null);
    const code = Number(toInt(args[0]!));
    return newStr(errnoMessage(code) ?? `Unknown error ${code}`);
  });
  defineFunction(m, "getuid", (args) => {
    exactly("getuid", args, 0, null);
    return newInt(process.getuid?.() ?? 0);
  });
  defineFunction(m, "times", (args) => {
    exactly("times", args, 0, null);
    // (getrusage-style seconds: this process's CPU time; children's are not measured)
    const used = process.cpuUsage();
    return newStructSeq(timesResultType(), [
      newFloat(used.user / 1e6),
      newFloat(used.system / 1e6),
      newFloat(0),
      newFloat(0),
      newFloat(Math.round(uptime() * 100) / 100),
    ]);
  });
  defineFunction(m, "readlink", (args) => {
    const p = args[0]!;
    const path = pathArg("readlink", p);
    return newStr(sys([p], () => readlinkSync(path)));
  });
  defineFunction(m, "putenv", (args) => {
    process.env[pathArg("putenv", args[0], "name")] = pathArg("putenv", args[1], "value");
    return none();
  });
  defineFunction(m, "unsetenv", (args) => {
    delete process.env[pathArg("unsetenv", args[0], "name")];
    return none();
  });
  defineFunction(m, "_environ_data", () => {
    const d = newDictFrom(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return d;
  });
}

function newDictFrom(entries: [string, string][]): HeapObject {
  const d = newDict();
  const store = d.p0 as DictStore;
  for (const [k, v] of entries) {
    const key = newStr(k);
    const value = newStr(v);
    store.set(key, value);
    decref(key);
    decref(value);
  }
  return d;
}

declareModule("posixpath", (m, module) => {
  defineFunction(m, "_realpath", (args) => newStr(realpathOf(args[0]!.p0 as string)));
  runLibrarySource(module, m, POSIXPATH(), "<frozen posixpath>");
});

declareModule("os", (m, module) => {
  defineNatives(m);
  runLibrarySource(module, m, OS(), "<frozen os>");
  // sys.modules['os.path'] is posixpath, as CPython's os module sets it
  const posixpath = loadBuiltinModule("posixpath")!;
  const modules = sysModules.dict.p0 as DictStore;
  const key = newStr("os.path");
  modules.set(key, posixpath);
  decref(key);
  defineValue(m, "path", posixpath);
});
