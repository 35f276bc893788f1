#!/usr/bin/env python3
"""Capture real pytest's output for the `pygc test` goldens (tests/pytest/).

For each case of tests/pytest/cases.json, runs `python3 -m pytest ARGS` in
tests/pytest/cases with plugins off and an 80-column terminal, masks what varies from
run to run (timings, the rootdir, the interpreter path, addresses) and writes
tests/pytest/cases/NAME.out: the exit status on the first line, then stdout.
tests/pytest.test.ts runs `pygc test ARGS` and compares after the same masking.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "tests", "pytest")
CASES = os.path.join(ROOT, "cases")


def mask(text):
    # Absolute paths (warnings name the file) depend on where the clone lives.
    text = text.replace(os.path.realpath(CASES) + "/", "<CASES>/")
    text = re.sub(r" in \d+\.\d\ds", " in N.NNs", text)
    text = re.sub(r"^rootdir: .*$", "rootdir: <ROOT>", text, flags=re.M)
    text = re.sub(r"^(platform .*?) -- (/\S+)$", r"\1 -- <PYTHON>", text, flags=re.M)
    text = re.sub(r"0x[0-9a-f]+", "0x<ADDR>", text)
    # The final line's "=" padding depends on the timing's width.
    return re.sub(r"^=+ (.* in N\.NNs) =+$", r"== \1 ==", text, flags=re.M)


def main():
    only = set(sys.argv[1:])
    env = dict(os.environ, COLUMNS="80", PYTHONDONTWRITEBYTECODE="1")
    env.pop("CI", None)
    env.pop("BUILD_NUMBER", None)
    for case in json.load(open(os.path.join(ROOT, "cases.json"))):
        if only and case["name"] not in only:
            continue
        cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:benchmark",
               "-p", "no:hypothesispytest", *case["args"]]
        r = subprocess.run(cmd, cwd=CASES, env=env, capture_output=True, text=True, timeout=120)
        with open(os.path.join(CASES, case["name"] + ".out"), "w") as f:
            f.write(f"exit {r.returncode}\n{mask(r.stdout)}")
        print(f"{case['name']}: exit {r.returncode}")


if __name__ == "__main__":
    main()
