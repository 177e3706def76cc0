// Builds the extension and runs the end-to-end tests in Debian's Chromium.
// Fails (never skips) with a one-line instruction when Chromium is missing.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!chrome) {
  console.error('E2E: Chromium not found. Install it with `sudo apt-get install -y chromium` or set CHROME_PATH.');
  process.exit(1);
}
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const env = { ...process.env, CHROME_PATH: chrome, TMPDIR: tmp };
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

const build = run('npx', ['wxt', 'build']);
if (build !== 0) process.exit(build);
process.exit(run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]));
