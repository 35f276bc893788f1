# os.path: the string functions (posixpath), and how `os.path` is imported.
import os
import os.path
import os.path as osp
from os import path

print(os.path is osp is path, path.__name__, os.sep, repr(os.linesep), os.name)
print(os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull, path.sep)
print(os.path.join("a", "b", "c.txt"), os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"))
print(os.path.join("", "x"), os.path.join("a", ""), os.path.join("/"), os.path.join("a", "", "b"))
for p in ["/a/b/c.txt", "c", "/", "a/b/", "//x", "", "/usr/lib/python3.11/os.py", "dir.d/file"]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
for p in ["a/b.tar.gz", ".bashrc", "a.b/c", "x...", "..a", "a/.hidden.txt", "noext"]:
    print(repr(p), os.path.splitext(p))
for p in ["a//b/./c/../d", "", "//a", "///a/..", "../../x", "/..", "./", "a/b/../../..", "/a/./b/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"))
print(os.path.commonprefix(["/abc", "/abd"]), repr(os.path.commonprefix([])), os.path.splitdrive("/x/y"))
print(os.path.abspath("/x/../y/./z"), os.path.abspath("sub") == os.path.join(os.getcwd(), "sub"))
print(os.path.abspath(".") == os.getcwd(), os.path.expanduser("x/~"), os.path.expandvars("no vars"))


class Here:
    def __fspath__(self):
        return "here/file.py"


print(os.fspath(Here()), os.path.basename(Here()), os.path.join(Here(), "x"), os.fspath("s"))
for bad in [lambda: os.path.join("a", 1), lambda: os.path.join(1, "a"), lambda: os.path.basename(None),
            lambda: os.fspath(3), lambda: os.path.relpath("")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
