/**
 * sim/ must give the same bits in Node and in every browser: no engine-dependent Math function
 * (their last bit differs between engines) and no `**` (Math.pow); sim/math/portable.ts has
 * exp and log built from the operations the language pins down. And no Math.random anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SIM = join(import.meta.dirname, '../../sim');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Source text without comments and string literals, so that prose cannot trip the check. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const FORBIDDEN = [
  /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|hypot|cbrt)\b/,
  /\*\*/,
  /\bMath\.random\b/,
];

it('sim/ uses no engine-dependent Math function, no ** and no Math.random', () => {
  const offences: string[] = [];
  for (const file of sources(SIM)) {
    if (file.endsWith(join('math', 'portable.ts'))) continue;
    code(readFileSync(file, 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        if (FORBIDDEN.some((re) => re.test(line)))
          offences.push(`${relative(SIM, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(offences).toEqual([]);
});
