/**
 * Manners of the command line (issue 15): help made from the flag declarations, limits read from the
 * parameter declaration, did-you-mean, every problem at once, JSON errors by line and column,
 * progress of kiez run, hints that name npx kiez.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommand, seedFlag, ticksFlag, usageLine } from '../../cli/flags.ts';
import { shellQuote } from '../../cli/args.ts';
import { Progress } from '../../cli/batch/progress.ts';
import { jsonErrorOffset } from '../../sim/scenario/json-error-offset.ts';
import { jsonFault } from '../../sim/scenario/resolve.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import { kiez, tempDir } from './kiez.ts';

const COMMANDS = [
  'run',
  'validate',
  'params',
  'measures',
  'schema',
  'sweep',
  'merge',
  'compare',
  'difference',
  'profile',
];

describe('help from the declarations', () => {
  it('every command answers --help with its usage and one line per flag, exit 0', () => {
    for (const c of COMMANDS) {
      const r = kiez([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(new RegExp(`^kiez ${c}: .+\\n\\nusage: kiez ${c}`));
      expect(r.stdout, c).toMatch(/\noptions:\n(.*\n)*\s+-h, --help\s+print this help\n/);
    }
  });

  it('the ranges of --seed and --ticks are those of the scenario declaration', () => {
    expect([seedFlag.min, seedFlag.max]).toEqual([scenarioFields.seed.min, scenarioFields.seed.max]);
    expect([ticksFlag.min, ticksFlag.max]).toEqual([0, scenarioFields.ticks.max]);
    const r = kiez(['run', '--help']);
    expect(r.stdout).toContain(
      `--ticks N                 ticks to run, overriding the scenario's [whole number, 0 to ${scenarioFields.ticks.max}]`,
    );
    const bad = kiez(['run', 'classic-schelling', '--ticks', String(scenarioFields.ticks.max + 1)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `kiez run: --ticks: "${scenarioFields.ticks.max + 1}": a whole number from 0 to ${scenarioFields.ticks.max}\n`,
    );
  });

  it('a declared command parses its flags, checks whole numbers and prints required flags without brackets', () => {
    const spec = {
      name: 'demo',
      operands: 'FILE',
      summary: 'a demonstration',
      flags: [
        { name: 'out', kind: 'string', value: 'DIR', required: true, meaning: 'where' },
        { name: 'n', kind: 'int', value: 'N', min: 1, max: 9, meaning: 'how many' },
        { name: 'loud', short: 'l', kind: 'boolean', meaning: 'say more' },
      ],
    } as const;
    expect(usageLine(spec)).toBe('kiez demo FILE --out DIR [--n N] [--loud]');
    const p = parseCommand(spec, ['x', '--out', 'o', '--n', '3', '-l']);
    expect(p.values).toEqual({ out: 'o', n: '3', loud: true });
    expect(p.ints).toEqual({ n: 3 });
    expect(() => parseCommand(spec, ['--n', '10'])).toThrow('--n: "10": a whole number from 1 to 9');
    expect(helpText(spec)).toContain(
      '      --n N      how many [whole number, 1 to 9]\n  -l, --loud     say more\n',
    );
  });
});

describe('did-you-mean and every problem at once', () => {
  it('an unknown key names the nearest known one', () => {
    const dir = tempDir();
    const file = join(dir, 'typo.json');
    writeFileSync(file, JSON.stringify({ mode: 'classic', clasic: { size: 20 } }));
    const r = kiez(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /clasic: \{"size":20\}: no such key \(did you mean "classic"\?\); known keys: name, /,
    );
  });

  it('an unknown command names the nearest command', () => {
    const r = kiez(['swep']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kiez: unknown command "swep" \(did you mean "sweep"\?\)/);
  });

  it('two bad measure fields are both reported, the one the model checks too', () => {
    const dir = tempDir();
    const file = join(dir, 'two.json');
    writeFileSync(
      file,
      JSON.stringify({ mode: 'classic', measures: { indices: 'D,Q', scales: 'block3,nope' } }),
    );
    for (const args of [
      ['validate', file],
      ['run', file],
    ]) {
      const r = kiez(args);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/measures\.indices: "D,Q": .*\("Q" is not one\)$/);
      expect(lines[1]).toMatch(/measures\.scales: "block3,nope": .*\("nope" is not one\)$/);
    }
  });
});

describe('JSON syntax errors by line and column', () => {
  it('a missing comma on line 4 is placed at line 4, column 3', () => {
    const dir = tempDir();
    const file = join(dir, 'comma.json');
    writeFileSync(file, '{\n  "mode": "classic",\n  "ticks": 5\n  "classic": {}\n}\n');
    const r = kiez(['validate', file]);
    expect(r.stderr).toBe(
      `${file}: (file): "not valid JSON": JSON text (Expected ',' or '}' after property value at line 4, column 3)\n`,
    );
  });

  it('a bad token, which V8 reports without a position, is placed by the scanner', () => {
    expect(jsonErrorOffset('{"a": x}')).toBe(6);
    expect(jsonErrorOffset('{\n "a": tru }')).toBe(11);
    expect(jsonErrorOffset('[1, 2]')).toBe(-1);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('"\\u12G4"')).toBe(5);
    expect(jsonFault(`Unexpected token 'x', "{"a": x}" is not valid JSON`, '{"a": x}')).toBe(
      "Unexpected token 'x' at line 1, column 7",
    );
    expect(jsonFault('Unexpected end of JSON input', '{\n"a": ')).toBe(
      'Unexpected end of JSON input at line 2, column 6',
    );
  });
});

describe('progress and hints', () => {
  it('kiez run counts ticks: a bar on a terminal, plain lines otherwise', () => {
    const out: string[] = [];
    let t = 0;
    const bar = new Progress(
      'kiez run',
      4,
      0,
      { isTTY: true, write: (s) => out.push(s) },
      () => (t += 200),
      'ticks',
    );
    for (let i = 0; i < 4; i++) bar.tick();
    expect(out.at(-1)).toBe(
      '\r\x1b[Kkiez run: [########################] 4/4 ticks (100 %), 5.00 ticks/s, 1 s in all',
    );
    const log: string[] = [];
    const plain = new Progress('kiez run', 10, 0, { write: (s) => log.push(s) }, () => (t += 100), 'ticks');
    for (let i = 0; i < 10; i++) plain.tick();
    expect(log).toHaveLength(10);
    expect(log[4]).toMatch(/^kiez run: 5\/10 ticks \(50 %\), /);
  });

  it('a short kiez run into a pipe writes no progress; the resume hint quotes its arguments for the shell', () => {
    const r = kiez(['run', 'classic-schelling', '--ticks', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(shellQuote('out/a b')).toBe("'out/a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('--shard')).toBe('--shard');
  });
});
