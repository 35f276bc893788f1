// The file list shared by `check:parser` and `bench:parser`: every .py file under
// python3's sysconfig "stdlib" path, site-packages and __pycache__ excluded, sorted.

import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function stdlibFiles(): { root: string; files: string[] } {
  const root = execFileSync(
    "python3",
    ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
    {
      encoding: "utf8",
    },
  ).trim();
  const files: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (name !== "site-packages" && name !== "__pycache__") walk(p);
      } else if (name.endsWith(".py")) files.push(p);
    }
  })(root);
  return { root, files };
}
