#!/usr/bin/env node
// Entry point of `npx kiez`: in the checkout it loads the TypeScript sources through tsx, so there is
// no build step; the installed package (npm pack) carries the compiled ESM in dist-node/ instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GC_FLAG = '--single-threaded-gc';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGKILL: 9 };

if (['sweep', 'calibrate'].includes(process.argv[2]) && !process.execArgv.includes(GC_FLAG)) {
  // A sweep (and a calibration, which runs on the same workers) puts a worker thread on every core; V8's parallel GC helper threads can then only take
  // time from the other workers (measured: 2 workers gave 1.37x the throughput of 1, and 1.8x with
  // single-threaded GC). V8 flags cannot be set for worker threads alone, so the sweep runs again in
  // a child process with the flag. The child stays in this process group, so a signal to the group
  // (Ctrl-C, a scheduler's SIGTERM then SIGKILL) reaches every process of the sweep. A signal sent
  // to this process alone is relayed over IPC with its count, and the child counts each signal
  // once however it came (cli/batch/stop.ts); if this process is killed, the channel closes and
  // the child stops too, so it never runs on as an orphan.
  const child = spawn(
    process.execPath,
    [GC_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  const counts = {};
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      counts[signal] = (counts[signal] ?? 0) + 1;
      if (child.connected) child.send({ kiezStop: signal, count: counts[signal] }, () => {});
    });
  }
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (SIGNAL_NUMBERS[signal] ?? 1);
  });
} else if (existsSync(new URL('../cli/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { main } = await import('../dist-node/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
