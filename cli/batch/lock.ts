/**
 * One sweep at a time in an output folder: `.kiez-sweep.lock` names the process that writes there.
 * A second sweep (or a merge) into the folder is refused while that process lives; a lock whose
 * process is gone (killed with SIGKILL, a crashed node) is taken over, so no one has to clean up
 * by hand after a scheduler ended a job.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';

export const LOCK_FILE = '.kiez-sweep.lock';

interface Holder {
  readonly pid?: unknown;
  readonly host?: unknown;
  readonly started?: unknown;
}

/** True when process `pid` of this machine still runs and is a node process (a reused pid is not). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no procfs (macOS): the pid answering is all we can know
  }
}

/**
 * Take the folder's lock for this process, released when the process exits; throws a UsageError
 * naming the holder when another live process has it. `what` names the command in messages.
 */
export function takeLock(dir: string, what: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString(), command: what })}\n`;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      const release = () => {
        try {
          if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
        } catch {}
      };
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError(`--out: ${JSON.stringify(dir)}: a folder kiez can create and write to`);
      }
    }
    let text = '';
    let held: Holder = {};
    try {
      text = readFileSync(path, 'utf8');
      held = JSON.parse(text);
    } catch {}
    const pid = typeof held.pid === 'number' && Number.isInteger(held.pid) ? held.pid : undefined;
    if (text !== '' && held.host !== undefined && held.host !== hostname()) {
      throw new UsageError(
        `--out: ${JSON.stringify(dir)}: locked by kiez on ${String(held.host)} (process ${String(held.pid)}, since ${String(held.started)}); if no sweep runs there any more, remove ${path}`,
      );
    }
    if (pid !== undefined && pid !== process.pid && processAlive(pid)) {
      throw new UsageError(
        `--out: ${JSON.stringify(dir)}: another kiez sweep (process ${pid}, since ${String(held.started)}) is writing there; wait for it to end or stop it (kill ${pid}), or use another folder`,
      );
    }
    // Stale: move it aside, and put it back if what was moved is not what was read (another
    // process took it over in between).
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    let moved = '';
    try {
      moved = readFileSync(aside, 'utf8');
    } catch {}
    if (moved !== text) {
      try {
        linkSync(aside, path);
      } catch {}
    } else if (pid !== undefined) {
      process.stderr.write(`${what}: took over the lock of ended process ${pid} in ${dir}\n`);
    }
    rmSync(aside, { force: true });
  }
  throw new UsageError(
    `--out: ${JSON.stringify(dir)}: its lock ${path} keeps changing; is another sweep starting there?`,
  );
}
