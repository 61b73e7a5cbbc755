/**
 * `kiez merge PART... --out DIR`: join the parts of a sharded sweep into one tidy CSV and one
 * manifest, byte for byte what the unsharded sweep writes. Parts of different sweeps (another
 * definition, base scenario or kiez version), unfinished parts, runs that disagree and missing runs
 * are refused before anything is written.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CommandSpec, helpFlag, helpText, parseCommand, usageLine } from '../flags.ts';
import { MANIFEST_FORMAT, type SweepManifest } from '../batch/manifest.ts';
import { MANIFEST_FILE, RESULTS_FILE, type RunEntry, writeResults } from '../batch/results.ts';
import { takeLock } from '../batch/lock.ts';
import { expectations } from '../batch/plan.ts';
import { prepareOutDir, readRun, runFile, type StoredRun, writeRun } from '../batch/store.ts';
import { UsageError } from '../errors.ts';

export const mergeSpec = {
  name: 'merge',
  operands: 'PART_DIR...',
  summary: 'join the parts of a sharded sweep: the same bytes as one unsharded sweep',
  flags: [
    {
      name: 'out',
      required: true,
      short: 'o',
      kind: 'string',
      value: 'DIR',
      meaning: 'the folder of the merged sweep (required)',
    },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const mergeUsage = usageLine(mergeSpec);

/** Most run files named when a merge is refused. */
const MAX_FAULT_LINES = 10;

function readManifest(dir: string): SweepManifest {
  let m: SweepManifest;
  try {
    m = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new UsageError(
      `${dir}: no readable ${MANIFEST_FILE}: not a finished sweep part (rerun its npx kiez sweep command to finish it)`,
    );
  }
  if (
    m?.format !== MANIFEST_FORMAT ||
    !Array.isArray(m.runs) ||
    typeof m.fingerprint !== 'string' ||
    !Number.isSafeInteger(m.totalRuns) ||
    typeof m.sweep !== 'object' ||
    !Array.isArray(m.sweep?.vary) ||
    typeof m.base !== 'object'
  ) {
    throw new UsageError(`${dir}: ${MANIFEST_FILE} is not a kiez sweep manifest (${MANIFEST_FORMAT})`);
  }
  return m;
}

export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(mergeSpec, args);
  if (values.help) {
    process.stdout.write(helpText(mergeSpec));
    return 0;
  }
  if (positionals.length === 0 || !values.out) {
    throw new UsageError(`expected one or more part folders and --out DIR\nusage: ${mergeUsage}`);
  }
  const out = values.out;
  const parts = positionals.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const first = parts[0]!;
  const problems: string[] = [];
  for (const p of parts.slice(1)) {
    if (p.manifest.fingerprint !== first.manifest.fingerprint) {
      problems.push(
        `${p.dir}: a different sweep than ${first.dir} (definition, base scenario or kiez version differ: ${p.manifest.fingerprint} vs ${first.manifest.fingerprint})`,
      );
    }
  }
  if (problems.length > 0) throw new UsageError(problems);

  const owner = new Map<number, { dir: string; entry: RunEntry }>();
  for (const p of parts) {
    for (const entry of p.manifest.runs) {
      const held = owner.get(entry.run);
      if (held && held.entry.seriesDigest !== entry.seriesDigest) {
        problems.push(
          `run ${entry.run}: ${held.dir} and ${p.dir} disagree (digest ${held.entry.seriesDigest} vs ${entry.seriesDigest})`,
        );
      }
      if (!held) owner.set(entry.run, { dir: p.dir, entry });
    }
  }
  const total = first.manifest.totalRuns;
  const missing: number[] = [];
  for (let r = 0; r < total; r++) if (!owner.has(r)) missing.push(r);
  if (missing.length > 0) {
    const shards = [...new Set(parts.map((p) => p.manifest.shard?.count ?? 1))];
    const have = parts.map((p) =>
      p.manifest.shard ? `${p.manifest.shard.index}/${p.manifest.shard.count}` : 'all',
    );
    problems.push(
      `${missing.length} of ${total} runs missing (first: ${missing.slice(0, 5).join(', ')}); parts given: ${have.join(', ')}` +
        (shards.length === 1 ? ` of ${shards[0]}` : ''),
    );
  }
  if (problems.length > 0) throw new UsageError(problems);

  // Every run file is checked before anything is written: its digest recomputed from its rows, its
  // rows against the plan, and against the manifest that lists it.
  const expect = expectations({
    sweep: first.manifest.sweep,
    baseDoc: first.manifest.base,
    ...(first.manifest.bases ? { baseDocs: first.manifest.bases } : {}),
  });
  const faults: string[] = [];
  for (let r = 0; r < total; r++) {
    const { dir, entry } = owner.get(r)!;
    let read: ReturnType<typeof readRun>;
    try {
      read = readRun(dir, expect(r));
    } catch {
      throw new UsageError(
        `${dir}: ${MANIFEST_FILE}: its sweep or base does not resolve; not a manifest kiez wrote`,
      );
    }
    const fault = !read.ok
      ? read.fault
      : read.run.seriesDigest !== entry.seriesDigest ||
          (entry.contentSha256 !== undefined && read.run.contentSha256 !== entry.contentSha256)
        ? `does not match ${MANIFEST_FILE} of ${dir}`
        : undefined;
    if (fault) faults.push(`${runFile(dir, r)}: ${fault}`);
  }
  if (faults.length > 0) {
    const shown = faults.slice(0, MAX_FAULT_LINES);
    if (faults.length > shown.length)
      shown.push(`${faults.length - shown.length} more run files with faults`);
    shown.push(
      `nothing written; rerun the sweep of each part named (npx kiez sweep ... --out PART) to redo these runs`,
    );
    throw new UsageError(shown);
  }
  const read = (run: number): StoredRun => {
    const { dir } = owner.get(run)!;
    const got = readRun(dir, expect(run));
    if (!got.ok) throw new UsageError(`${runFile(dir, run)}: ${got.fault} (changed during the merge)`);
    return got.run;
  };
  let sha256 = '';
  let rows = 0;
  const existed = existsSync(out);
  try {
    writeMerged();
  } catch (e) {
    // A merge that fails part way leaves no half-made folder behind.
    if (!existed) rmSync(out, { recursive: true, force: true });
    throw e;
  }
  process.stderr.write(
    `kiez merge: ${parts.length} parts, ${total} runs, ${rows} rows -> ${out}/${RESULTS_FILE} (sha256 ${sha256.slice(0, 16)})\n`,
  );
  return 0;

  function writeMerged(): void {
    prepareOutDir(out, first.manifest.fingerprint, first.manifest.sweepFile);
    const release = takeLock(out, 'kiez merge');
    try {
      writeAll();
    } finally {
      release();
    }
  }

  function writeAll(): void {
    const runs = Array.from({ length: total }, (_, r) => r);
    // The merged folder holds every run, so it is a complete sweep folder of its own.
    for (const r of runs) if (resolve(owner.get(r)!.dir) !== resolve(out)) writeRun(out, read(r));
    const {
      runs: _runs,
      results: _results,
      shard: _shard,
      wallMs: _wall,
      jobs: _jobs,
      ...header
    } = first.manifest as SweepManifest & Record<string, unknown>;
    ({ sha256, rows } = writeResults({
      dir: out,
      sweep: first.manifest.sweep,
      columns: first.manifest.columns ?? [],
      select: first.manifest.sweep.record.columns ?? '*',
      long: false,
      runs,
      read,
      manifest: {
        ...header,
        node: process.version,
        shard: null,
        parts: parts.map((p) => ({ dir: p.dir, shard: p.manifest.shard, wallMs: p.manifest.wallMs })),
        wallMs: parts.reduce((s, p) => s + (p.manifest.wallMs ?? 0), 0),
      },
    }));
  }
}
