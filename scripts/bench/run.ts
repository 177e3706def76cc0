/**
 * npm run bench: every benchmark, in real Chromium where the browser matters.
 * Prints one JSON object (and writes it to out/bench.json); the README quotes these figures.
 * Targets from the issues are shown beside each figure; nothing here fails a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  at: new Date().toISOString(),
};

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

const suites: Array<[string, () => Promise<{ default?: unknown } & Record<string, unknown>>, string]> = [
  ['readers', () => import('./readers'), 'benchReaders'],
  ['replies', () => import('./replies'), 'benchReplies'],
  ['queue', () => import('./queue'), 'benchQueue'],
];

const only = process.argv.slice(2);
for (const [name, load, exported] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    const module = await load();
    const run = module[exported] as (() => Promise<Record<string, unknown>>) | undefined;
    if (!run) throw new Error(`${exported} not exported`);
    process.stderr.write(`bench: ${name}…\n`);
    results[name] = await run();
  } catch (error) {
    results[name] = { error: (error as Error).message };
  }
}

mkdirSync('out', { recursive: true });
writeFileSync('out/bench.json', `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
