#!/usr/bin/env python3
"""The python3 side of `npm run check:parser` and `npm run bench:parser`.

Reads one command line from stdin: `dump` or `time`, then file paths, one per line, until
EOF. For `dump` it writes one JSON line per file: {"ok": true, "dump": ast.dump(ast.parse(
bytes), include_attributes=True)} or {"ok": false, "err": "<exception class>: <msg>"}.
For `time` it parses every file once (bytes in memory, timing inside python, excluding
process start and file reading) and writes {"seconds": …, "bytes": …, "files": …}."""
import ast
import json
import sys
import time


def main() -> None:
    lines = sys.stdin.read().split("\n")
    cmd, paths = lines[0], [p for p in lines[1:] if p]
    out = sys.stdout
    if cmd == "time":
        blobs = []
        for p in paths:
            with open(p, "rb") as f:
                blobs.append(f.read())
        ok = []
        for b in blobs:
            try:
                ast.parse(b)
                ok.append(b)
            except (SyntaxError, ValueError):
                pass
        t0 = time.perf_counter()
        for b in ok:
            ast.parse(b)
        dt = time.perf_counter() - t0
        out.write(json.dumps({"seconds": dt, "bytes": sum(map(len, ok)), "files": len(ok)}) + "\n")
        return
    sys.setrecursionlimit(100000)
    for p in paths:
        try:
            with open(p, "rb") as f:
                src = f.read()
            tree = ast.parse(src)
            rec = {"ok": True, "dump": ast.dump(tree, include_attributes=True)}
        except Exception as e:  # SyntaxError, ValueError, RecursionError, MemoryError
            rec = {"ok": False, "err": f"{type(e).__name__}: {e}"}
        out.write(json.dumps(rec) + "\n")
        out.flush()


main()
