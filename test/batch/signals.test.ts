/**
 * Issue 19, fault 2: signals as cluster schedulers send them end every process of a sweep. The
 * sweep is started in a process group of its own (as a scheduler's job step is); SIGTERM or
 * SIGKILL to the group must leave no process of it running, a kill -9 of the launcher alone must
 * stop the child too, and a lock refuses a second sweep into the folder while one runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, processAlive } from '../../cli/batch/lock.ts';
import { kiez, tempDir } from '../cli/kiez.ts';
import { csv, sweepFile } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../../bin/kiez.mjs');
const LONG = {
  base: 'classic-schelling',
  seed: 19,
  replicates: 24,
  ticks: 80,
  record: { every: 20 },
  vary: { 'classic.size': [80], 'classic.threshold': [0.8] },
};
const dir = tempDir();
const file = sweepFile(dir, LONG);
const reference = join(dir, 'reference');

interface Started {
  readonly child: ChildProcess;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** `kiez sweep` in a new process group (pgid = the launcher's pid), as a scheduler starts a job. */
function startSweep(out: string): Started {
  const child = spawn(process.execPath, [BIN, 'sweep', file, '--out', out, '--jobs', '1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal })),
  );
  return { child, exit, stderr: () => stderr };
}

const finished = (out: string) =>
  existsSync(join(out, 'runs'))
    ? readdirSync(join(out, 'runs')).filter((f) => /^\d+\.json$/.test(f)).length
    : 0;

async function until(condition: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** True while any process of group `pgid` remains. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  const r = kiez(['sweep', file, '--out', reference, '--jobs', '1']);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

describe('signals to a sweep', () => {
  it('SIGTERM to the process group stops every process cleanly (exit 143), and the rerun resumes to the same bytes', async () => {
    const out = join(dir, 'term');
    const s = startSweep(out);
    await until(() => finished(out) >= 2);
    process.kill(-s.child.pid!, 'SIGTERM');
    const { code } = await s.exit;
    expect(code, s.stderr()).toBe(143);
    expect(s.stderr()).toMatch(/interrupted \(SIGTERM\); \d+ of 24 runs finished and kept/);
    await until(() => !groupAlive(s.child.pid!), 10_000);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    const kept = finished(out);
    expect(kept).toBeLessThan(24);
    const r = kiez(['sweep', file, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${24 - kept} to run, ${kept} already done`);
    expect(csv(out)).toBe(csv(reference));
  });

  it('SIGKILL to the process group leaves no process running, and the next sweep takes over the stale lock', async () => {
    const out = join(dir, 'kill');
    const s = startSweep(out);
    await until(() => finished(out) >= 2);
    const lock = JSON.parse(readFileSync(join(out, LOCK_FILE), 'utf8'));
    expect(lock.pid).not.toBe(s.child.pid);
    process.kill(-s.child.pid!, 'SIGKILL');
    await s.exit;
    await until(() => !groupAlive(s.child.pid!), 10_000);
    const after = finished(out);
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(finished(out)).toBe(after);
    const r = kiez(['sweep', file, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`took over the lock of ended process ${lock.pid}`);
    expect(csv(out)).toBe(csv(reference));
  });

  it('kill -9 of the launcher alone stops the sweep child as well', async () => {
    const out = join(dir, 'launcher');
    const s = startSweep(out);
    await until(() => finished(out) >= 1);
    const worker = JSON.parse(readFileSync(join(out, LOCK_FILE), 'utf8')).pid as number;
    expect(processAlive(worker)).toBe(true);
    process.kill(s.child.pid!, 'SIGKILL');
    await s.exit;
    await until(() => !processAlive(worker), 20_000);
    const after = finished(out);
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(finished(out)).toBe(after);
    expect(after).toBeLessThan(24);
  });

  it('a second sweep into a folder where one runs is refused, naming the running process', async () => {
    const out = join(dir, 'busy');
    const s = startSweep(out);
    await until(() => finished(out) >= 1);
    const lock = JSON.parse(readFileSync(join(out, LOCK_FILE), 'utf8'));
    const r = kiez(['sweep', file, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `another kiez sweep (process ${lock.pid}, since ${lock.started}) is writing there`,
    );
    process.kill(-s.child.pid!, 'SIGTERM');
    expect((await s.exit).code).toBe(143);
  });
});
