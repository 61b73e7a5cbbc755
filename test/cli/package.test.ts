/**
 * The installable package, as a user outside the checkout gets it: `npm pack`, then `npm init -y &&
 * npm install ../kiez-*.tgz` in an empty folder; there `npx kiez` runs and sweeps on worker threads,
 * and the README's library example runs and typechecks against the shipped declarations, no tsx.
 * Costs about 40-70 s (the pack compiles with tsc; the install fetches mathjs and seedrandom).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './kiez.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The JavaScript block of the README that follows the library example's marker. */
function readmeLibraryExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('<!-- kiez-library-example');
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at < 0 || !block) throw new Error('README.md: no library example block after its marker');
  return block[1]!;
}

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

describe('the npm package', () => {
  let app = '';
  let tarball = '';

  beforeAll(() => {
    const dir = tempDir();
    execFileSync(NPM, ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, stdio: 'pipe' });
    tarball = readdirSync(dir).find((f) => /^kiez-.*\.tgz$/.test(f))!;
    app = join(dir, 'app');
    mkdirSync(app);
    execFileSync(NPM, ['init', '-y'], { cwd: app, stdio: 'pipe' });
    execFileSync(NPM, ['install', `../${tarball}`, '--no-audit', '--no-fund'], { cwd: app, stdio: 'pipe' });
  }, 300_000);

  it('holds the compiled ESM and declarations, no TypeScript sources, and installs without tsx', () => {
    const files = execFileSync('tar', ['-tzf', join(app, '..', tarball)], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist-node/lib/index.js');
    expect(files).toContain('package/dist-node/lib/index.d.ts');
    expect(files).toContain('package/dist-node/cli/batch/worker.js');
    expect(files).toContain('package/dist-node/scenarios/baseline.json');
    expect(files.filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))).toEqual([]);
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);
  });

  it('npx kiez runs a shipped scenario and a sweep on two worker threads there', () => {
    const version = sh('npx', ['kiez', '--version'], app);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const run = sh('npx', ['kiez', 'run', 'classic-schelling', '--ticks', '3'], app);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^tick,similarShare,discontentedShare,moves,settled,/);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
    writeFileSync(
      join(app, 'sweep.json'),
      JSON.stringify({ base: 'classic-schelling', replicates: 2, ticks: 4, vary: { 'classic.size': [16] } }),
    );
    const sweep = sh('npx', ['kiez', 'sweep', 'sweep.json', '--out', 'out', '--jobs', '2'], app);
    expect(sweep.code, sweep.stderr).toBe(0);
    // Two runs of ticks 0..4.
    expect(
      readFileSync(join(app, 'out', 'results.csv'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(11);
  });

  it("runs the README's library example: five replicates loaded through extends", () => {
    writeFileSync(join(app, 'example.mjs'), readmeLibraryExample());
    const r = sh(process.execPath, ['example.mjs'], app);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    lines.forEach((line, i) => {
      expect(line).toMatch(new RegExp(`^${i} \\d+ 0\\.\\d+$`));
    });
  });

  it("typechecks the README's example against the package's declarations, and they catch a wrong call", () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const types = ['--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node', '--skipLibCheck'];
    writeFileSync(join(app, 'example.ts'), readmeLibraryExample());
    const good = sh(process.execPath, [tsc, ...flags, ...types, 'example.ts'], app);
    expect(good.code, good.stdout).toBe(0);
    writeFileSync(
      join(app, 'wrong.ts'),
      "import { createSimulation, loadScenarioFile } from 'kiez';\ncreateSimulation(loadScenarioFile(42));\n",
    );
    const bad = sh(process.execPath, [tsc, ...flags, ...types, 'wrong.ts'], app);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(
      /wrong\.ts\(2,35\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/,
    );
  });
});
