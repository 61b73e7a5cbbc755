/** File input and output for the CLI: scenario loading with `extends`, atomic writes. */
import {
  constants as fsConstants,
  existsSync,
  fstatSync,
  fsyncSync,
  readSync,
  renameSync,
  writeFileSync,
  rmSync,
  mkdirSync,
  openSync,
  closeSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../sim/params/spec.ts';
import {
  type DocumentLoader,
  MAX_DOCUMENT_BYTES,
  parseDocument,
  resolveScenario,
} from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { UsageError } from './errors.ts';

/** The scenarios shipped with kiez, reachable by bare name (`"extends": "baseline"`). */
export const PRESET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');

/**
 * Read a JSON document; problems name the file. The size is checked on the open file before a byte
 * is read, and only regular files are read: a 10 GB file, a FIFO or /dev/zero is refused, not loaded.
 */
export function readDocument(path: string): { value: unknown } | { problem: Problem } {
  const unreadable = (why: string) => ({
    problem: { path: '(file)', value: path, allowed: `a readable JSON file (${why})` },
  });
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return unreadable(code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable'));
  }
  let buf: Buffer;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return unreadable('a folder, not a file');
    if (!stat.isFile()) return unreadable('not a regular file');
    if (stat.size > MAX_DOCUMENT_BYTES) {
      return {
        problem: {
          path: '(file)',
          value: `${stat.size} bytes`,
          allowed: `at most ${MAX_DOCUMENT_BYTES} bytes`,
        },
      };
    }
    // One byte more than allowed, in case the file grew since fstat.
    buf = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buf.length; length += n) {
      n = readSync(fd, buf, length, buf.length - length, null);
    }
    if (length > MAX_DOCUMENT_BYTES) {
      return {
        problem: { path: '(file)', value: 'a growing file', allowed: `at most ${MAX_DOCUMENT_BYTES} bytes` },
      };
    }
    buf = buf.subarray(0, length);
  } catch (e) {
    return unreadable((e as NodeJS.ErrnoException).code ?? 'unreadable');
  } finally {
    closeSync(fd);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { problem: { path: '(file)', value: 'invalid UTF-8', allowed: 'a UTF-8 encoded JSON text' } };
  }
  const parsed = parseDocument(text);
  return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
}

/** Find a scenario named in `extends`: a path relative to the naming file, or a preset name. */
export function findScenarioFile(ref: string, from: string): string | undefined {
  const candidates = [
    resolve(dirname(from || '.'), ref),
    join(PRESET_DIR, ref),
    join(PRESET_DIR, `${ref}.json`),
  ];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

export const fileLoader: DocumentLoader = (ref, from) => {
  const path = findScenarioFile(ref, from);
  if (!path)
    return {
      problem: { path: 'extends', value: ref, allowed: 'a scenario file next to this one, or a preset name' },
    };
  const doc = readDocument(path);
  if ('problem' in doc) return { problem: { ...doc.problem, path: `extends (${basename(path)})` } };
  return { value: doc.value, name: path };
};

/** Load and resolve a scenario file, with command-line overrides merged on top; throws UsageError. */
export function loadScenarioFile(path: string, overrides: Record<string, unknown> = {}): Scenario {
  // Relative to a name inside the working folder: dirname of `${cwd}/` would be the parent folder.
  const file = findScenarioFile(path, join(process.cwd(), 'command-line')) ?? path;
  const doc = readDocument(file);
  if ('problem' in doc) throw UsageError.fromProblems([doc.problem], path);
  const value =
    doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value)
      ? { ...(doc.value as object), ...overrides }
      : doc.value;
  const r = resolveScenario(value, { source: resolve(file), load: fileLoader });
  if (!r.ok) throw UsageError.fromProblems(r.problems, path);
  return r.scenario;
}

/** Make sure a file can be written there before any work starts. */
export function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.kiez-probe-${process.pid}`);
    closeSync(openSync(probe, 'w'));
    rmSync(probe);
  } catch {
    throw new UsageError(`${path}: cannot write there (folder ${dir} is not writable)`);
  }
}

/**
 * Write a file atomically: to a temporary file beside it, then rename. An interrupted run never
 * leaves a half-written file under the final name.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    // Flushed to disk before the rename, so that not even a power cut leaves a short file under `path`.
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Streamed atomic writer for large outputs (state tables): chunks to a temp file, rename on close. */
export class AtomicWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(readonly path: string) {
    this.tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  write(s: string): void {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {}
    rmSync(this.tmp, { force: true });
  }
}
