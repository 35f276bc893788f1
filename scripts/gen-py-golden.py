#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/py/**/*.py with CPython (the oracle).

Each program runs in a fresh `python3 -X utf8 NAME.py` with its folder as the working
directory, stdout and stderr merged into one pipe (so stdout is block-buffered and stderr
line-buffered, as for any program whose output is redirected). The golden file
NAME.expected holds that output, then a last line `# exit N`. Addresses (0x…) are masked
to 0xADDR and the program's absolute folder (tracebacks show absolute paths) to <DIR>,
here and in the test that compares. Run from the repository root:

    python3 scripts/gen-py-golden.py          # all programs
    python3 scripts/gen-py-golden.py FILE...  # some

Files whose name starts with "_" are helper modules imported by the programs.
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "py"


def mask(text: str, folder: pathlib.Path) -> str:
    text = text.replace(f"{folder}/", "<DIR>/")
    return re.sub(r"0x[0-9a-f]+", "0xADDR", text)


def run(path: pathlib.Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", path.name],
        cwd=path.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"},
    )
    return mask(proc.stdout.decode("utf-8"), path.parent) + f"# exit {proc.returncode}\n"


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"golden files come from CPython 3.11, not {sys.version.split()[0]}")
    # Files starting with "_" are modules the programs import, not programs.
    paths = [pathlib.Path(p).resolve() for p in sys.argv[1:]] or sorted(
        p for p in ROOT.rglob("*.py") if not p.name.startswith("_")
    )
    for path in paths:
        path.with_suffix(".expected").write_text(run(path), encoding="utf-8")
        print(f"wrote {path.with_suffix('.expected').relative_to(ROOT.parent.parent)}")


if __name__ == "__main__":
    main()
