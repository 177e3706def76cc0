import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULES, exportRulesFile } from '@/lib/declaration/rules';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'declare-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function declare(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/declare.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface CliOutput {
  country: string;
  currency: string;
  value: number;
  range: [number, number];
  reasons: string[];
  warnings: string[];
}

describe('declare CLI', { timeout: 30_000 }, () => {
  it('prints one JSON object with the advice in English', () => {
    const run = declare('--country', 'DE', '--weight-kg', '0.4', '--goods-value', '35', '--currency', 'USD');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as CliOutput;
    expect(output).toMatchObject({ country: 'DE', currency: 'EUR', value: 5, range: [5, 5] });
    expect(output.reasons).toContain('For parcels under 0.5 kg, the recommended declared value is €5.');
    expect(output.warnings.some((warning) => warning.startsWith('The suggested €5 is below what the order is worth'))).toBe(true);
  });

  it('takes several items and the carrier, and answers in Chinese on request', () => {
    const run = declare('--country', 'AU', '--carrier', 'DHL', '--item', 'Phone case', '--item', 'wooden comb', '--lang', 'zh_CN');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as CliOutput;
    expect(output.warnings).toContain('“wooden comb”疑似木制品（含“wooden”）：澳大利亚海关常扣留此类商品。');
    expect(output.warnings).toContain('此类商品（“wooden”）寄往澳大利亚请避免使用 DHL：这类包裹常被当地海关扣留。');
  });

  it.each([
    [['--country', 'DE', '--weight-kg', '-1'], /weight must be a number of kilograms above zero \(got -1\)/],
    [['--weight-kg', '1'], /destination country is missing/],
    [['--country', 'DE', '--goods-value', 'abc', '--currency', 'USD'], /--goods-value must be a number, not "abc"/],
    [['--country', 'DE', '--goods-value', '10', '--currency', 'XYZ'], /currency XYZ is not in the rate table/],
  ])('bad input %j: one line on stderr, exit 1', (args, message) => {
    const run = declare(...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--country', 'DE', '--colour', 'red']],
    [['--country', 'DE', '--goods-value', '10']],
    [['--country', 'DE', '--lang', 'fr']],
    [['DE']],
  ])('usage error %j: exit 2', (args) => {
    const run = declare(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads an edited rules file, and rejects a broken one whole', () => {
    const good = join(work, 'rules.json');
    const broken = join(work, 'broken.json');
    const exported = exportedRules();
    writeFileSync(good, JSON.stringify(exported));
    const run = declare('--country', 'DK', '--goods-value', '60', '--currency', 'USD', '--rules', good);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CliOutput).value).toBe(10);

    exported.rules[0] = { ...exported.rules[0], currency: 'dollars' };
    writeFileSync(broken, JSON.stringify(exported));
    const rejected = declare('--country', 'DK', '--rules', broken);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/rules file .*broken\.json rejected: rules\[0\]\.currency: must be a three-letter currency code/);
  });
});

function exportedRules(): { version: number; rules: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(exportRulesFile(DEFAULT_RULES))) as { version: number; rules: Record<string, unknown>[] };
}
