/**
 * Customs declaration advice from the command line.
 *
 *   npm run --silent declare -- --country DE --weight-kg 0.4 --goods-value 35 --currency USD \
 *     [--carrier DHL] [--item "wooden comb"]... [--lang en|zh_CN] [--rules rules.json] [--rates rates.json]
 *
 * Prints one JSON object on stdout and exits 0. Bad input (no country, negative weight...):
 * one line on stderr, exit 1. Usage errors (unknown option, missing currency...): exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { adviseDeclaration, type DeclarationInput } from '@/lib/declaration/advise';
import { describe, type DescribeLanguage } from '@/lib/declaration/describe';
import { DEFAULT_RATES, parseRatesFile, type RateTable } from '@/lib/declaration/rates';
import { DEFAULT_RULES, parseRulesFile } from '@/lib/declaration/rules';
import type { DeclarationRule } from '@/lib/declaration/schema';

const USAGE = `usage: npm run --silent declare -- --country CC [--weight-kg KG] [--goods-value N --currency CUR]
                                   [--carrier NAME] [--item TITLE]... [--lang en|zh_CN]
                                   [--rules rules.json] [--rates rates.json]`;

class UsageError extends Error {}
class InputError extends Error {}

function main(argv: string[]): number {
  let options;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`declare: ${error.message} (see --help)\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`declare: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const { input, lang, rules, rates } = options;
  const advice = adviseDeclaration(input, rules, rates);
  if (!advice.ok) {
    process.stderr.write(`declare: ${describe(advice.error, lang)}\n`);
    return 1;
  }
  const output = {
    country: advice.country,
    currency: advice.currency,
    value: advice.value,
    range: advice.range,
    reasons: advice.reasons.map((reason) => describe(reason, lang)),
    warnings: advice.warnings.map((warning) => describe(warning, lang)),
    rule: advice.ruleId,
    source: advice.source,
    reviewedAt: advice.reviewedAt,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

const NUMBER_OPTIONS = new Set(['--weight-kg', '--goods-value']);

/**
 * parseArgs reads "--weight-kg -1" as a missing value followed by an option; join such pairs so
 * a negative number reaches the advisor and is reported as bad input, not as a usage error.
 */
function joinNegativeNumbers(argv: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const next = argv[index + 1];
    if (NUMBER_OPTIONS.has(arg) && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

interface CliOptions {
  input: DeclarationInput;
  lang: DescribeLanguage;
  rules: readonly DeclarationRule[];
  rates: RateTable;
}

function readOptions(argv: string[]): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinNegativeNumbers(argv),
      strict: true,
      allowPositionals: false,
      options: {
        country: { type: 'string' },
        'weight-kg': { type: 'string' },
        'goods-value': { type: 'string' },
        currency: { type: 'string' },
        carrier: { type: 'string' },
        item: { type: 'string', multiple: true },
        lang: { type: 'string', default: 'en' },
        rules: { type: 'string' },
        rates: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'bad arguments');
  }
  if (values.help) return 'help';

  const lang = values.lang;
  if (lang !== 'en' && lang !== 'zh_CN') throw new UsageError(`--lang must be en or zh_CN, not "${lang}"`);
  const goodsValue = values['goods-value'];
  const currency = values.currency?.trim().toUpperCase();
  if (goodsValue !== undefined && !currency) throw new UsageError('--goods-value needs --currency (e.g. --currency USD)');
  if (goodsValue === undefined && currency) throw new UsageError('--currency is only used with --goods-value');

  const weight = values['weight-kg'];
  return {
    lang,
    input: {
      country: values.country ?? null,
      weightKg: weight === undefined ? null : toNumber('--weight-kg', weight),
      goodsValue: goodsValue === undefined || !currency ? null : { amount: toNumber('--goods-value', goodsValue), currency },
      carrier: values.carrier ?? null,
      itemTitles: values.item ?? [],
    },
    rules: values.rules === undefined ? DEFAULT_RULES : loadRules(values.rules),
    rates: values.rates === undefined ? DEFAULT_RATES : loadRates(values.rates),
  };
}

/** Negative or zero numbers go to the advisor, which explains why they make no sense. */
function toNumber(option: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (Number.isNaN(value)) throw new InputError(`${option} must be a number, not "${text}"`);
  return value;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function loadRules(path: string): readonly DeclarationRule[] {
  const parsed = parseRulesFile(readJson(path));
  if (!parsed.ok) throw new InputError(`rules file ${path} rejected: ${parsed.error}`);
  return parsed.rules;
}

function loadRates(path: string): RateTable {
  const parsed = parseRatesFile(readJson(path));
  if (!parsed.ok) throw new InputError(`rates file ${path} rejected: ${parsed.error}`);
  return parsed.rates;
}

process.exitCode = main(process.argv.slice(2));
