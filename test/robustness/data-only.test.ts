/**
 * Scenario content is data only: no source of kiez evaluates text as code, and hostile strings in a
 * scenario come out as the same strings, with nothing run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path));
    else if (/\.(ts|mts|js|mjs|html)$/.test(name)) out.push(path);
  }
  return out;
}

/** Ways text becomes code in a browser or in Node. */
const CODE_FROM_TEXT: readonly [string, RegExp][] = [
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function constructor', /(?<![\w.])Function\s*\(\s*['"`]/],
  ['timer with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['node:vm', /['"](node:)?vm['"]/],
  [
    'mathjs evaluate/compile/parse',
    /\b(evaluate|compile|parse|parser|Parser|simplify)\b[^;]*from\s+['"]mathjs['"]/s,
  ],
  ['mathjs method call', /\bmath\.(evaluate|compile|parse|parser|simplify|import)\s*\(/],
  ['innerHTML', /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\s*\(/],
  ['javascript: URL', /javascript:/i],
];

describe('scenario content is data only', () => {
  const files = ['sim', 'cli', 'ui', 'bin'].flatMap((d) => sourcesUnder(join(ROOT, d)));

  it('finds the sources it searches (sim, cli, ui, bin)', () => {
    for (const d of ['sim/', 'cli/', 'ui/', 'bin/']) {
      expect(
        files.some((f) => relative(ROOT, f).startsWith(d)),
        d,
      ).toBe(true);
    }
  });

  it('no source evaluates text as code (eval, Function, string timers, vm, mathjs parsing, innerHTML)', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of CODE_FROM_TEXT) {
        if (pattern.test(text)) found.push(`${relative(ROOT, file)}: ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the patterns catch what they are meant to catch', () => {
    const hits = (text: string) => CODE_FROM_TEXT.filter(([, p]) => p.test(text)).map(([w]) => w);
    expect(hits('const f = eval("1+1");')).toEqual(['eval']);
    expect(hits('const f = new Function("return 1");')).toEqual(['new Function', 'Function constructor']);
    expect(hits("setTimeout('alert(1)', 5)")).toEqual(['timer with a string']);
    expect(hits("import { evaluate } from 'mathjs';")).toEqual(['mathjs evaluate/compile/parse']);
    expect(hits('el.innerHTML = name;')).toEqual(['innerHTML']);
    expect(hits('const ok = retrieval(x); setTimeout(() => 1, 5); medianOf(x);')).toEqual([]);
  });

  it('hostile strings in a scenario are kept as text and nothing in them runs', () => {
    const g = globalThis as Record<string, unknown>;
    const payloads = [
      'globalThis.__kiezPwned = 1; process.exit(3)',
      // A template placeholder, as text.
      '$' + '{globalThis.__kiezPwned = 1}',
      '</script><script>globalThis.__kiezPwned = 1</script>',
      '{{constructor.constructor("globalThis.__kiezPwned = 1")()}}',
      'import("node:fs").then(f => f.rmSync("/tmp/x"))',
    ];
    for (const text of payloads) {
      const scenario = loadScenario({
        name: text.slice(0, 200),
        description: text,
        ticks: 3,
        classic: { size: 10 },
      });
      const sim = createSimulation(scenario);
      sim.advance(3);
      expect(scenarioForOutput(scenario)['description']).toBe(text);
      expect(g['__kiezPwned']).toBeUndefined();
    }
  });
});
