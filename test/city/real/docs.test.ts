/** docs/own-city.md shows the city file's columns as declared (the table is generated, not written twice). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cityColumnsMarkdown } from '../../../sim/city/real/schema.ts';

it('docs/own-city.md carries the declared columns table (npx kiez city schema)', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../../docs/own-city.md'), 'utf8');
  const between = /<!-- city-columns:start -->\n([\s\S]*?)\n<!-- city-columns:end -->/.exec(doc)?.[1];
  expect(between).toBe(cityColumnsMarkdown());
});
