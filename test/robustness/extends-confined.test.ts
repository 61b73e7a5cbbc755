/**
 * Issue 19, fault 1: `extends` (and a sweep's `base`) reach only presets, files inside the folder of
 * the file that extends, and folders allowed with --allow-extends; messages never quote another
 * file's content and say the same whether a file is missing or unreadable.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiezHere } from '../batch/helpers.ts';
import { tempDir } from '../cli/kiez.ts';

const SECRET = 'hunter2-secret-value';
const REACH =
  'a preset name, or a relative path to a scenario inside the folder of the file that extends (other folders only with --allow-extends DIR)';
const MISSING = `${REACH}; this one is missing, unreadable or a link out of the folder`;

/** A folder `work/` with the scenario under test, and a folder `other/` beside it with a secret. */
function layout(): { work: string; other: string } {
  const root = tempDir();
  const work = join(root, 'work');
  const other = join(root, 'other');
  mkdirSync(work);
  mkdirSync(other);
  writeFileSync(join(other, 'secret.json'), JSON.stringify({ apiKey: SECRET, classic: { size: SECRET } }));
  writeFileSync(join(other, 'env.txt'), `TOKEN=${SECRET}\n`);
  return { work, other };
}

async function validate(work: string, doc: unknown, extra: string[] = []) {
  const file = join(work, 'scenario.json');
  writeFileSync(file, JSON.stringify(doc));
  return kiezHere(['validate', file, ...extra]);
}

describe('extends is confined to presets, the folder of the extending file and allowed folders', () => {
  it('extends of /proc/self/environ is refused by rule, without reading or quoting it', async () => {
    const { work } = layout();
    const r = await validate(work, { extends: '/proc/self/environ' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(work, 'scenario.json')}: extends: "/proc/self/environ": ${REACH}`);
    expect(r.stderr).not.toMatch(/SHELL|PATH=|HOME=/);
  });

  it('a JSON file in a neighbouring folder is refused, by absolute or relative path, and nothing of it is quoted', async () => {
    const { work, other } = layout();
    for (const ref of [join(other, 'secret.json'), '../other/secret.json', 'sub/../../other/secret.json']) {
      const r = await validate(work, { extends: ref });
      expect(r.code, ref).toBe(2);
      expect(r.stderr).toContain(`extends: ${JSON.stringify(ref)}: ${REACH}`);
      expect(r.stderr).not.toContain(SECRET);
      expect(r.stderr).not.toContain('apiKey');
    }
  });

  it('a missing file, a folder, a FIFO and a link out of the folder get the one same message', async () => {
    const { work, other } = layout();
    mkdirSync(join(work, 'folder.json'));
    spawnSync('mkfifo', [join(work, 'pipe.json')]);
    symlinkSync(join(other, 'secret.json'), join(work, 'link.json'));
    const messages = new Set<string>();
    for (const ref of ['missing.json', 'folder.json', 'pipe.json', 'link.json']) {
      const r = await validate(work, { extends: ref });
      expect(r.code, ref).toBe(2);
      expect(r.stderr).not.toContain(SECRET);
      messages.add(r.stderr.replace(JSON.stringify(ref), 'REF'));
    }
    expect([...messages]).toEqual([`${join(work, 'scenario.json')}: extends: REF: ${MISSING}\n`]);
  });

  it('a file of the folder that is not JSON is named as such, without the text the JSON reader stopped at', async () => {
    const { work } = layout();
    writeFileSync(join(work, 'notes.txt'), `SHELL=/bin/sh ${SECRET}`);
    const r = await validate(work, { extends: 'notes.txt' });
    expect(r.stderr).toBe(
      `${join(work, 'scenario.json')}: extends: "notes.txt": a scenario: UTF-8 JSON text of at most 1048576 bytes and 32 levels; this one is not\n`,
    );
  });

  it('values and unknown keys read from another file of the folder are named by field and file, not quoted', async () => {
    const { work } = layout();
    writeFileSync(
      join(work, 'alice.json'),
      JSON.stringify({ apiKey: SECRET, classic: { size: 1e9, pin: SECRET } }),
    );
    const r = await validate(work, { extends: 'alice.json', ticks: 5 });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain('apiKey');
    expect(r.stderr).not.toContain('pin');
    const lines = r.stderr
      .trimEnd()
      .split('\n')
      .map((l) => l.slice(join(work, 'scenario.json: ').length));
    expect(lines).toEqual([
      expect.stringMatching(
        /^\(top level\) \(a key\): \(a value from "alice.json", shown with --allow-extends\): no such key; known keys: name, /,
      ),
      expect.stringMatching(
        /^classic \(a key\): \(a value from "alice.json", shown with --allow-extends\): no such key; known keys: size, /,
      ),
      'classic.size: (a value from "alice.json", shown with --allow-extends): a whole number from 3 to 4000 (cells)',
    ]);
    // The extending file's own values are quoted as ever.
    const own = await validate(work, { extends: 'alice.json', ticks: -1 });
    expect(own.stderr).toContain('ticks: -1: a whole number from 0 to 100000 (ticks)');
  });

  it('--allow-extends DIR lets a scenario extend files there, and messages quote them', async () => {
    const { work, other } = layout();
    const refused = await validate(work, { extends: '../other/secret.json' });
    expect(refused.stderr).toContain(REACH);
    const r = await validate(work, { extends: '../other/secret.json' }, ['--allow-extends', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`apiKey: "${SECRET}": no such key`);
    expect(r.stderr).toContain(`classic.size: "${SECRET}": a whole number from 3 to 4000`);
  });

  it('files in subfolders and preset names are reached as before', async () => {
    const { work } = layout();
    mkdirSync(join(work, 'variants'));
    writeFileSync(
      join(work, 'variants', 'small.json'),
      JSON.stringify({ extends: 'classic-schelling', ticks: 2 }),
    );
    expect((await validate(work, { extends: 'variants/small.json' })).stderr).toBe('');
    expect((await validate(work, { extends: 'baseline', ticks: 1 })).code).toBe(0);
    expect((await validate(work, { extends: 'baseline.json', ticks: 1 })).code).toBe(0);
  });

  it("a sweep's base is confined the same way", async () => {
    const { work } = layout();
    const sweep = join(work, 'sweep.json');
    writeFileSync(sweep, JSON.stringify({ base: '/etc/passwd', vary: { ticks: [1, 2] } }));
    const r = await kiezHere(['sweep', sweep, '--out', join(work, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kiez sweep: ${sweep}: base: "/etc/passwd": ${REACH}\n`);
    expect(r.stderr).not.toContain('root:');
  });
});
