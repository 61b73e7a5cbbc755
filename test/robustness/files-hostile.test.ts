import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../cli/files.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { MAX_DOCUMENT_BYTES } from '../../sim/scenario/resolve.ts';
import { kiez, tempDir } from '../cli/kiez.ts';

const PRESET = resolve(import.meta.dirname, '../../scenarios/classic-three-groups.json');

/** stderr of the CLI: every line a `file: path: value: allowed` problem, never a stack trace. */
function expectProblemLines(stderr: string, prefix: string): string[] {
  const lines = stderr.trimEnd().split('\n');
  for (const line of lines) {
    expect(line.startsWith(prefix), line).toBe(true);
    expect(line.slice(prefix.length)).toMatch(/^[^:]+: .+: .+: .+$/);
    expect(line).not.toMatch(/internal error|^\s+at |Error:/);
  }
  return lines;
}

describe('hostile files through the CLI', () => {
  it('kiez validate gives one clear line per problem for every kind of broken file, and no stack trace', () => {
    const dir = tempDir();
    const file = (name: string, content: string | Buffer) => {
      writeFileSync(join(dir, name), content);
      return name;
    };
    const sparse = file('huge.json', '');
    truncateSync(join(dir, sparse), 3 * 2 ** 30);
    mkdirSync(join(dir, 'folder.json'));
    spawnSync('mkfifo', [join(dir, 'pipe.json')]);
    const files = [
      sparse,
      'folder.json',
      'pipe.json',
      'missing.json',
      file(
        'bad-utf8.json',
        Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      ),
      file('truncated.json', '{"mode": "classic", "classic": {"size": 2'),
      file('proto.json', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
      file('cycle-a.json', '{"extends": "cycle-b.json"}'),
      file('cycle-b.json', '{"extends": "cycle-a.json"}'),
      file('extends-missing.json', '{"extends": "nowhere.json"}'),
      file('extends-folder.json', '{"extends": "folder.json"}'),
      file('wrong-types.json', '{"ticks": "100", "classic": {"size": 1e9, "torus": "yes", "shares": 0.5}}'),
      file('key-newline.json', '{"line\\nbreak\\u2028": 1, "measures": {"indices": "D,X\\nY"}}'),
      '/dev/zero',
    ];
    const r = kiez(['validate', ...files], dir);
    expect(r.code).toBe(2);
    const lines = expectProblemLines(r.stderr, '');
    const byFile = (f: string) => lines.filter((l) => l.startsWith(`${f}: `)).length;
    for (const f of files.filter((f) => f !== 'cycle-b.json' && f !== 'wrong-types.json')) {
      expect(byFile(f), f).toBeGreaterThanOrEqual(1);
    }
    expect(byFile('wrong-types.json')).toBe(4);
    expect(r.stderr).toContain('huge.json: (file): "3221225472 bytes": at most 1048576 bytes');
    expect(r.stderr).toContain('pipe.json: (file): "pipe.json": a readable JSON file (not a regular file)');
    expect(r.stderr).toContain('bad-utf8.json: (file): "invalid UTF-8": a UTF-8 encoded JSON text');
    // What cycle-b.json extends is its content, not quoted unless its folder is allowed (issue 19).
    expect(r.stderr).toContain(
      'cycle-a.json: extends: (a value from "cycle-b.json", shown with --allow-extends): no cycle',
    );
    const allowed = kiez(['validate', 'cycle-a.json', '--allow-extends', '.'], dir);
    expect(allowed.stderr).toMatch(
      /cycle-a\.json: extends: "cycle-a\.json": no cycle \(\S*cycle-a\.json -> \S*cycle-b\.json -> \S*cycle-a\.json\)/,
    );
    expect(r.stderr).toContain('key-newline.json: ["line\\nbreak\\u2028"]: 1: no such key');
  });

  it('kiez run refuses a hostile file with exit 2 and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{"classic": {"size": 1e9, "agents": -1}, "__proto__": {}}');
    const r = kiez(['run', 'bad.json', '--out', 'out.csv'], dir);
    expect(r.code).toBe(2);
    expect(expectProblemLines(r.stderr, 'kiez run: ')).toHaveLength(3);
    expect(() => readFileSync(join(dir, 'out.csv'))).toThrow();
  });
});

describe('which file is read', () => {
  it('kiez run NAME reads NAME in the working folder, not a file of that name in the parent folder', () => {
    const parent = tempDir();
    const dir = join(parent, 'work');
    mkdirSync(dir);
    writeFileSync(join(parent, 'same.json'), '{"ticks": "from the parent folder"}');
    writeFileSync(join(dir, 'same.json'), JSON.stringify({ ticks: 1, classic: { size: 10 } }));
    const r = kiez(['run', 'same.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('readDocument', () => {
  it('refuses a file over the limit without reading it into memory', () => {
    const dir = tempDir();
    const path = join(dir, 'sparse.json');
    writeFileSync(path, '');
    truncateSync(path, 1.5 * 2 ** 30);
    const before = process.resourceUsage().maxRSS;
    const r = readDocument(path);
    const grownKiB = process.resourceUsage().maxRSS - before;
    expect(r).toEqual({
      problem: {
        path: '(file)',
        value: `${1.5 * 2 ** 30} bytes`,
        allowed: `at most ${MAX_DOCUMENT_BYTES} bytes`,
      },
    });
    expect(grownKiB).toBeLessThan(64 * 1024);
  });

  it('random byte corruptions of a preset give a document or one clear problem, never an exception', () => {
    const dir = tempDir();
    const path = join(dir, 'corrupt.json');
    const original = readFileSync(PRESET);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const bytes = Buffer.from(original);
          for (const [at, byte] of edits) bytes[at % bytes.length] = byte;
          writeFileSync(path, bytes);
          const r = readDocument(path);
          if ('problem' in r) expect(formatProblem(r.problem)).toMatch(/^\(file\): .+: .+$/);
          else expect(r.value).toBeDefined();
        },
      ),
      { numRuns: 400, seed: 89 },
    );
  });

  it('a UTF-8 byte order mark is accepted', () => {
    const dir = tempDir();
    const path = join(dir, 'bom.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"ticks": 3}')]));
    expect(readDocument(path)).toEqual({ value: { ticks: 3 } });
  });
});
