#!/usr/bin/env node
// The worker thread that runs Python starts first (prestart.js), so that its start-up
// overlaps the loading of the command line's own modules.
import "../dist/src/cli/prestart.js";
await import("../dist/src/cli/main.js");
