#!/usr/bin/env node
// CommonJS (bin/package.json): the worker thread that runs Python starts first
// (prestart.cts), before ES modules' loader is set up, so that its start-up overlaps the
// loading of the command line's own modules.
require("../dist/src/cli/prestart.cjs").prestart();
import("../dist/src/cli/main.js");
