#!/usr/bin/env node
// Entry point of `npx kiez`: loads the TypeScript sources through tsx, so there is no build step.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GC_FLAG = '--single-threaded-gc';

if (process.argv[2] === 'sweep' && !process.execArgv.includes(GC_FLAG)) {
  // A sweep puts a worker thread on every core; V8's parallel GC helper threads can then only take
  // time from the other workers (measured: 2 workers gave 1.37x the throughput of 1, and 1.8x with
  // single-threaded GC). V8 flags cannot be set for worker threads alone, so the sweep runs again in
  // a child process with the flag. The child has its own process group and gets each signal once,
  // forwarded from here: Ctrl-C stops it cleanly (a second Ctrl-C stops it at once).
  const child = spawn(
    process.execPath,
    [GC_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', detached: true },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 1);
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
