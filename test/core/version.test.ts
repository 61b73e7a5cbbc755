import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { KIEZ_VERSION } from '../../sim/version.ts';

it('the version recorded in manifests is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(KIEZ_VERSION).toBe(pkg.version);
});
