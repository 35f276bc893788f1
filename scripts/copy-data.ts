// Build step (`npm run build`, after tsc): copy the data files that modules read at run
// time (src/**/*.txt, e.g. src/parser/unicode-names.txt) beside their compiled modules in
// dist/src, where `new URL("./NAME.txt", import.meta.url)` finds them.

import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
for (const file of readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })) {
  if (file.endsWith(".txt")) copyFileSync(join(root, "src", file), join(root, "dist", "src", file));
}
