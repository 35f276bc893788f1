/**
 * The `linecache` module (CPython Lib/linecache.py): a file's lines, read once and kept,
 * as traceback and warnings show them.
 * NOT-CPYTHON: module source run at import (frames show as `<frozen linecache>`); no
 * module loaders (lazycache answers False), and checkcache compares sizes only.
 */
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";

const LIBRARY = (): string =>
  `
__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        try:
            with open(fullname, "rb") as fp:
                current = len(fp.read())
        except OSError:
            cache.pop(filename, None)
            continue
        if size != current:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, "rb") as fp:
            data = fp.read()
    except (OSError, ValueError):
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\\n"):
        lines[-1] += "\\n"
    cache[filename] = len(data), None, lines, filename
    return lines


def lazycache(filename, module_globals):
    return False
`;

declareModule("linecache", (m, module) => {
  runLibrarySource(module, m, LIBRARY(), "<frozen linecache>");
});
