/** File input and output for the CLI: scenario loading with `extends`, atomic writes. */
import {
  existsSync,
  readFileSync,
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

/** Read a JSON document; problems name the file. */
export function readDocument(path: string): { value: unknown } | { problem: Problem } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a folder, not a file'
          : (code ?? 'unreadable');
    return { problem: { path: '(file)', value: path, allowed: `a readable JSON file (${why})` } };
  }
  if (buf.length > MAX_DOCUMENT_BYTES) {
    return {
      problem: {
        path: '(file)',
        value: `${buf.length} bytes`,
        allowed: `at most ${MAX_DOCUMENT_BYTES} bytes`,
      },
    };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
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
  const file = findScenarioFile(path, `${process.cwd()}/`) ?? path;
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
    writeFileSync(tmp, data);
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
