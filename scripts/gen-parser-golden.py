#!/usr/bin/env python3
"""Regenerate the parser's golden files from python3 (the oracle, CPython 3.11).

* tests/parser/cases/NAME.py      -> NAME.dump: ast.dump(ast.parse(bytes), include_attributes=True)
* tests/parser/snippets.json -> snippets.golden.json: for each {src, mode}, what
  ast.parse(src, mode=mode) gives for the *text* src: ast.dump with attributes, ast.dump
  with annotate_fields=False, or the SyntaxError's fields (text input: character offsets).
* tests/parser/deep.json -> deep.golden.json: for sources head*n + body + tail*n, which
  of "ok", SyntaxError (with message), MemoryError, RecursionError ast.parse gives.
* tests/parser/syntax-errors/NAME.py -> NAME.ast.json: the fields of the SyntaxError that
  ast.parse(bytes) raises; and NAME.txt: what `python3 NAME.py` prints on stderr
  (run in that directory; the absolute path python3 prints is replaced by "NAME.py"). A case whose error is not
  raised by the parser itself (ast.parse accepts it) is rejected: the corpus is about
  parsing.

Run: python3 scripts/gen-parser-golden.py   (then `git diff tests/parser` to review)."""
import ast
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "parser")


def cases() -> None:
    d = os.path.join(ROOT, "cases")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        out = ast.dump(ast.parse(src), include_attributes=True, indent=1)
        with open(os.path.join(d, name[:-3] + ".dump"), "w", encoding="utf-8") as f:
            f.write(out + "\n")


def syntax_errors() -> int:
    d = os.path.join(ROOT, "syntax-errors")
    bad = 0
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        try:
            ast.parse(src)
            print(f"{name}: ast.parse accepts it (not a parser error)", file=sys.stderr)
            bad += 1
            continue
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            pass
        r = subprocess.run([sys.executable, "-I", name], cwd=d, capture_output=True)
        if r.returncode == 0:
            print(f"{name}: runs without error", file=sys.stderr)
            bad += 1
            continue
        # What ast.parse(bytes) raises, field by field (its offsets are in bytes).
        try:
            ast.parse(src)
        except SyntaxError as e:
            fields = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                      "text": e.text, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        except (ValueError, MemoryError, RecursionError) as e:
            fields = {"type": type(e).__name__, "msg": str(e)}
        with open(os.path.join(d, name[:-3] + ".ast.json"), "w", encoding="utf-8") as f:
            json.dump(fields, f, ensure_ascii=False)
            f.write("\n")
        # python3 shows the script's absolute path; keep the golden files machine-independent.
        err = r.stderr.replace(os.path.abspath(os.path.join(d, name)).encode(), name.encode())
        with open(os.path.join(d, name[:-3] + ".txt"), "wb") as f:
            f.write(err)
    return bad


def deep() -> None:
    import json

    with open(os.path.join(ROOT, "deep.json"), encoding="utf-8") as f:
        kinds = json.load(f)
    out = []
    for k in kinds:
        for n in k["sizes"]:
            src = k["head"] * n + k["body"] + k["tail"] * n
            try:
                ast.parse(src)
                result = "ok"
            except SyntaxError as e:
                result = f"SyntaxError: {e.msg}"
            except (MemoryError, RecursionError) as e:
                result = type(e).__name__
            out.append({"name": k["name"], "n": n, "result": result})
    with open(os.path.join(ROOT, "deep.golden.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


def snippets() -> None:
    import json

    with open(os.path.join(ROOT, "snippets.json"), encoding="utf-8") as f:
        items = json.load(f)
    out = []
    for it in items:
        rec = {"src": it["src"], "mode": it["mode"]}
        try:
            tree = ast.parse(it["src"], mode=it["mode"])
            rec["dump"] = ast.dump(tree, include_attributes=True)
            rec["plain"] = ast.dump(tree, annotate_fields=False)
        except SyntaxError as e:
            rec["error"] = {
                "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "text": e.text, "end_lineno": e.end_lineno, "end_offset": e.end_offset,
            }
        except (ValueError, MemoryError, RecursionError) as e:
            rec["error"] = {"type": type(e).__name__, "msg": str(e)}
        out.append(rec)
    with open(os.path.join(ROOT, "snippets.golden.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


cases()
snippets()
deep()
bad = syntax_errors()
# Keep the generated JSON in the project's Biome format.
subprocess.run(["npx", "biome", "format", "--write", os.path.join(ROOT, "snippets.json"),
                os.path.join(ROOT, "snippets.golden.json"), os.path.join(ROOT, "syntax-errors"),
                os.path.join(ROOT, "deep.json"), os.path.join(ROOT, "deep.golden.json")],
               capture_output=True)
sys.exit(1 if bad else 0)
