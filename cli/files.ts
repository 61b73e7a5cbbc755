/** File input and output for the CLI: scenario loading with `extends`, atomic writes. */
import {
  constants as fsConstants,
  realpathSync,
  statSync,
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
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../sim/params/spec.ts';
import {
  type DocumentLoader,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  parseDocument,
  type Resolved,
  resolveScenario,
} from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { withCityFile } from './city-file.ts';
import { UsageError } from './errors.ts';
import { laterProblems } from './later-problems.ts';

/**
 * The scenarios shipped with kiez, reachable by bare name (`"extends": "baseline"`): beside `cli/`
 * in the checkout; the installed package carries a copy beside its compiled `dist-node/cli/`.
 */
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

/** A preset's bare name (`baseline`, `baseline.json`): no folder, no `..`. */
const PRESET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(\.json)?$/;

/** The preset file of a bare name, when there is one. */
export function presetFile(ref: string): string | undefined {
  if (!PRESET_NAME.test(ref)) return undefined;
  const path = join(PRESET_DIR, ref.endsWith('.json') ? ref : `${ref}.json`);
  return isFile(path) ? path : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** True when `path` lies inside folder `root` or one of its subfolders (by name, no file is touched). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/** Where `extends` (and a sweep's `base`) may reach besides presets: folders the user allows by flag. */
export interface ExtendsOptions {
  /** `--allow-extends DIR`: folders whose scenarios any scenario may extend, and which messages may quote. */
  readonly allow?: readonly string[];
}

const REACH =
  'a preset name, or a relative path to a scenario inside the folder of the file that extends (other folders only with --allow-extends DIR)';

/**
 * The file an `extends` names, confined: a relative path that stays inside the folder of the naming
 * file (links followed, and the target must stay inside too), a file inside a folder the user
 * allows, or a preset. A path outside is refused before the file system is asked, and a missing,
 * unreadable or linked-out file gets one message, so a scenario cannot probe for files.
 */
export function locateExtends(
  ref: string,
  from: string,
  options: ExtendsOptions = {},
): { path: string; quote: boolean } | { problem: Problem } {
  const folder = dirname(resolve(from || 'command-line'));
  const allowed = (options.allow ?? []).map((d) => resolve(d));
  const lexical = resolve(folder, ref);
  const roots = [folder, ...allowed];
  if (roots.some((r) => isInside(lexical, r))) {
    const real = realOrUndefined(lexical);
    const realRoots = roots.map((r) => realOrUndefined(r) ?? r);
    if (real && isFile(real) && realRoots.some((r) => isInside(real, r))) {
      // The user's own folder may hold other people's files (a course's submissions): only what the
      // user allowed by name, and the presets, are quoted in messages.
      const quote = allowed.some((r) => isInside(real, realOrUndefined(r) ?? r));
      return { path: real, quote };
    }
    const preset = presetFile(ref);
    if (preset) return { path: preset, quote: true };
    return {
      problem: {
        path: 'extends',
        value: ref,
        allowed: `${REACH}; this one is missing, unreadable or a link out of the folder`,
      },
    };
  }
  const preset = presetFile(ref);
  if (preset) return { path: preset, quote: true };
  return { problem: { path: 'extends', value: ref, allowed: REACH } };
}

/**
 * What is said about an extended file that cannot be used: whether it is missing or unreadable is
 * one message; of a file it cannot read as a scenario, only the kind of fault, never the reader's
 * detail (a JSON error quotes the text where it stopped), and for a file it must not quote, not
 * even that.
 */
function extendsFault(ref: string, p: Problem, quote: boolean): Problem {
  if (p.allowed.startsWith('a readable JSON file')) {
    return {
      path: 'extends',
      value: ref,
      allowed: `${REACH}; this one is missing, unreadable or a link out of the folder`,
    };
  }
  if (!quote) {
    return {
      path: 'extends',
      value: ref,
      allowed: `a scenario: UTF-8 JSON text of at most ${MAX_DOCUMENT_BYTES} bytes and ${MAX_DOCUMENT_DEPTH} levels; this one is not`,
    };
  }
  return {
    path: `extends (${ref}) ${p.path}`,
    value: p.value,
    allowed: p.allowed.startsWith('JSON text') ? 'JSON text' : p.allowed,
  };
}

/** The `extends` loader of the command line, confined as `locateExtends` says. */
export function fileLoaderFor(options: ExtendsOptions = {}): DocumentLoader {
  return (ref, from) => {
    const found = locateExtends(ref, from, options);
    if ('problem' in found) return found;
    const doc = readDocument(found.path);
    if ('problem' in doc) return { problem: extendsFault(ref, doc.problem, found.quote) };
    return { value: doc.value, name: found.path, quote: found.quote };
  };
}

/** The loader with no folder allowed besides the extending file's own. */
export const fileLoader: DocumentLoader = fileLoaderFor();

/** Find the scenario a command line names: a path from the working folder, or a preset name. */
export function findScenarioFile(path: string): string {
  return isFile(resolve(path)) ? path : (presetFile(path) ?? path);
}

/** Read and resolve a scenario file (or a preset's bare name), overrides merged on top, `extends` followed. */
export function resolveScenarioFile(
  path: string,
  overrides: Record<string, unknown> = {},
  options: ExtendsOptions = {},
): Resolved {
  const file = findScenarioFile(path);
  const doc = readDocument(file);
  if ('problem' in doc) return { ok: false, problems: [doc.problem] };
  const value =
    doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value)
      ? { ...(doc.value as object), ...overrides }
      : doc.value;
  const how = { source: resolve(file), load: fileLoaderFor(options) };
  const r = resolveScenario(value, how);
  return r.ok ? r : { ok: false, problems: [...r.problems, ...laterProblems(value, r.problems, how)] };
}

/** Load and resolve a scenario file, with command-line overrides merged on top; throws UsageError. */
export function loadScenarioFile(
  path: string,
  overrides: Record<string, unknown> = {},
  options: ExtendsOptions = {},
): Scenario {
  const r = resolveScenarioFile(path, overrides, options);
  if (!r.ok) throw UsageError.fromProblems(r.problems, path);
  return withCityFile(r.scenario, findScenarioFile(path));
}

/**
 * Create a folder and its missing parents, one level at a time. Node's recursive mkdir never returns
 * on procfs (`--out /proc/x`: creating fails with ENOENT, the parent exists, and it tries again
 * forever); here each missing level is created once and any failure is an error.
 */
export function makeDirs(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(at);
    } catch {}
    if (stat) {
      if (!stat.isDirectory()) throw new Error(`${at} is not a folder`);
      break;
    }
    const parent = dirname(at);
    if (parent === at) throw new Error(`${at} does not exist`);
    missing.push(at);
    at = parent;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}

/** Create and remove a file in `dir`, to learn before any work that writing there works. */
export function probeWritable(dir: string): void {
  const probe = join(dir, `.kiez-probe-${process.pid}`);
  closeSync(openSync(probe, 'w'));
  rmSync(probe);
}

/** Make sure a file can be written there before any work starts. */
export function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  try {
    makeDirs(dir);
    probeWritable(dir);
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
