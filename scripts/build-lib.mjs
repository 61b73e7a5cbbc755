// `npm run build:lib` (and `npm pack` through prepack): the installable package in dist-node/ (dist/
// is the app's, built by vite). Compiled ESM of the CLI and the library, type declarations of the
// library entry, and a copy of the shipped scenarios beside dist-node/cli, so that presets resolve
// there as they do in the checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(join(root, 'dist-node'), { recursive: true, force: true });
for (const config of ['tsconfig.lib.json', 'tsconfig.lib-types.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(root, config)], { stdio: 'inherit' });
}
cpSync(join(root, 'scenarios'), join(root, 'dist-node', 'scenarios'), { recursive: true });
