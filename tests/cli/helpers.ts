/**
 * Driving the built `pygc` (bin/pygc.js) and `python3` as subprocesses, for the CLI tests.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

export const bin = join(import.meta.dirname, "..", "..", "..", "bin", "pygc.js");

export interface Result {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8" };
  delete e.PYTHONUNBUFFERED;
  return e;
}

export function pygc(args: string[], options: { input?: string; cwd?: string } = {}): Result {
  return runSync(process.execPath, [bin, ...args], options);
}

export function python3(args: string[], options: { input?: string; cwd?: string } = {}): Result {
  return runSync("python3", args, options);
}

function runSync(cmd: string, args: string[], options: { input?: string; cwd?: string }): Result {
  const r = spawnSync(cmd, args, {
    input: options.input ?? "",
    cwd: options.cwd,
    env: env(),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

/** A fresh directory with the given files. */
export function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pygc-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Start `cmd`, wait for `ready` on stdout, send SIGINT, collect the outcome. */
export function interruptAfter(cmd: string, args: string[], ready: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: env() });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const timer = setTimeout(() => {
      p.kill("SIGKILL");
      reject(new Error(`no '${ready}' from ${cmd}: ${stdout} ${stderr}`));
    }, 30_000);
    p.stdout.on("data", (d) => {
      stdout += d.toString();
      if (!sent && stdout.includes(ready)) {
        sent = true;
        // Let the program get into its loop before interrupting it.
        setTimeout(() => p.kill("SIGINT"), 300);
      }
    });
    p.stderr.on("data", (d) => {
      stderr += d.toString();
    });
    p.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, status, signal });
    });
  });
}

/** Remove terminal control sequences from pseudo-terminal output. */
export function stripAnsi(s: string): string {
  return stripVTControlCharacters(s);
}

/**
 * Run `command` in a pseudo-terminal (`script`), typing each step's keys once the output
 * (control sequences removed) matches the step's expectation. Resolves to the whole output.
 */
export function inTerminal(
  command: string,
  steps: [keys: string, expect: RegExp][],
  env: NodeJS.ProcessEnv = {},
): Promise<{ output: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const p = spawn("script", ["-qfec", command, "/dev/null"], {
      env: { ...process.env, TERM: "xterm", ...env },
    });
    let out = "";
    let step = -1;
    const timer = setTimeout(() => {
      p.kill("SIGKILL");
      reject(new Error(`step ${step} timed out; output so far: ${JSON.stringify(out)}`));
    }, 30_000);
    const advance = () => {
      while (step < steps.length) {
        if (step >= 0 && !steps[step]![1].test(stripAnsi(out))) return;
        step++;
        if (step < steps.length) p.stdin.write(steps[step]![0]);
      }
    };
    p.stdout.on("data", (d) => {
      out += d.toString();
      advance();
    });
    p.on("close", (status) => {
      clearTimeout(timer);
      resolve({ output: stripAnsi(out), status });
    });
    advance();
  });
}
