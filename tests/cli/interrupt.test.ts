/**
 * Ctrl-C: SIGINT raises KeyboardInterrupt in the running program (in a loop, a call, a
 * comprehension, time.sleep); uncaught, its traceback is printed and the process dies by
 * SIGINT as python3's does (a shell reports status 130); caught, the program goes on.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { bin, interruptAfter, scratch } from "./helpers.js";

const PROGRAMS: Record<string, string> = {
  "while_loop.py":
    "def spin():\n    n = 0\n    while True:\n        n += 1\nprint('ready', flush=True)\nspin()\n",
  "sleep.py": "import time\nprint('ready', flush=True)\ntime.sleep(30)\n",
  "caught.py":
    "try:\n    print('ready', flush=True)\n    while True:\n        x = 1\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after')\n",
  "finally.py":
    "class A:\n    def __del__(self):\n        print('del at exit')\na = A()\ntry:\n    print('ready', flush=True)\n    for i in range(10**12):\n        pass\nfinally:\n    print('finally')\n",
};

for (const [name, code] of Object.entries(PROGRAMS)) {
  test(`SIGINT: ${name} ends as in python3`, async () => {
    const dir = scratch({ [name]: code });
    const file = join(dir, name);
    const want = await interruptAfter("python3", [file], "ready");
    const got = await interruptAfter(process.execPath, [bin, file], "ready");
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.signal, want.signal);
    assert.equal(got.status, want.status);
  });
}
