import { interrupt, raiseInterrupt } from "../interp/eval.js";
import { newFloat, newInt, none } from "../runtime/objects.js";
import { stdout } from "./io.js";
import { declareModule } from "./registry.js";
import { defineFunction, exactly } from "./support.js";

const origin = process.hrtime.bigint();

declareModule("time", (m) => {
  defineFunction(m, "time", () => newFloat(Date.now() / 1000));
  defineFunction(m, "time_ns", () => newInt(BigInt(Date.now()) * 1_000_000n));
  defineFunction(m, "perf_counter", () => newFloat(Number(process.hrtime.bigint() - origin) / 1e9));
  defineFunction(m, "perf_counter_ns", () => newInt(process.hrtime.bigint() - origin));
  defineFunction(m, "monotonic", () => newFloat(Number(process.hrtime.bigint() - origin) / 1e9));
  defineFunction(m, "monotonic_ns", () => newInt(process.hrtime.bigint() - origin));
  defineFunction(m, "process_time", () => {
    const u = process.cpuUsage();
    return newFloat((u.user + u.system) / 1e6);
  });
  defineFunction(m, "sleep", (args, kw) => {
    exactly("sleep", args, 1, kw);
    // NOT-CPYTHON: what was printed shows before the pause (the text only: CPython's
    // stream keeps its pending writes, see textpending.ts).
    stdout.drain();
    const secs = Number(args[0]!.p0);
    const end = Date.now() + secs * 1000;
    // Ctrl-C wakes the sleep (the CLI notifies the interrupt flag), as EINTR does.
    Atomics.wait(interrupt.flag, 0, 0, Math.max(0, end - Date.now()));
    if (interrupt.flag[0] !== 0) raiseInterrupt();
    return none();
  });
});
