/**
 * `kiez merge PART... --out DIR`: join the parts of a sharded sweep into one tidy CSV and one
 * manifest, byte for byte what the unsharded sweep writes. Parts of different sweeps (another
 * definition, base scenario or kiez version), unfinished parts, runs that disagree and missing runs
 * are refused before anything is written.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFlags } from '../args.ts';
import { MANIFEST_FORMAT, type SweepManifest } from '../batch/manifest.ts';
import { MANIFEST_FILE, RESULTS_FILE, type RunEntry, writeResults } from '../batch/results.ts';
import { prepareOutDir, readRun, type StoredRun, writeRun } from '../batch/store.ts';
import { UsageError } from '../errors.ts';

export const mergeUsage = 'kiez merge PART_DIR... --out DIR';

function readManifest(dir: string): SweepManifest {
  let m: SweepManifest;
  try {
    m = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new UsageError(
      `${dir}: no readable ${MANIFEST_FILE}: not a finished sweep part (rerun its kiez sweep command to finish it)`,
    );
  }
  if (m?.format !== MANIFEST_FORMAT || !Array.isArray(m.runs) || typeof m.fingerprint !== 'string') {
    throw new UsageError(`${dir}: ${MANIFEST_FILE} is not a kiez sweep manifest (${MANIFEST_FORMAT})`);
  }
  return m;
}

export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    mergeUsage,
  );
  if (values.help) {
    process.stdout.write(`usage: ${mergeUsage}\n`);
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

  const read = (run: number): StoredRun => {
    const { dir, entry } = owner.get(run)!;
    const stored = readRun(dir, run, entry.seed);
    if (!stored || stored.seriesDigest !== entry.seriesDigest) {
      throw new UsageError(`${dir}: run ${run} is missing from runs/ or does not match its manifest`);
    }
    return stored;
  };
  prepareOutDir(out, first.manifest.fingerprint, first.manifest.sweepFile);
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
  const { sha256, rows } = writeResults({
    dir: out,
    axes: first.manifest.sweep.vary,
    runs,
    read,
    manifest: {
      ...header,
      node: process.version,
      shard: null,
      parts: parts.map((p) => ({ dir: p.dir, shard: p.manifest.shard, wallMs: p.manifest.wallMs })),
      wallMs: parts.reduce((s, p) => s + (p.manifest.wallMs ?? 0), 0),
    },
  });
  process.stderr.write(
    `kiez merge: ${parts.length} parts, ${total} runs, ${rows} rows -> ${out}/${RESULTS_FILE} (sha256 ${sha256.slice(0, 16)})\n`,
  );
  return 0;
}
