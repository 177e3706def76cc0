/**
 * npm run --silent inspect -- <saved-page.html> --url <page URL> [--now <ISO instant>] [--weight-kg <n>]
 *
 * Runs the extension's own page readers on a saved seller-center page and prints one JSON
 * object: what the side panel would show. For maintaining the readers when AliExpress
 * changes its pages. Exit 0: page kind recognised (even partly); 2: unknown page (JSON still
 * printed); 1: the file cannot be read (one line on stderr).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { inspectDocument } from './inspect-core';

function fail(message: string, code = 1): never {
  process.stderr.write(`inspect: ${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, now: { type: 'string' }, 'weight-kg': { type: 'string' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (!file) fail('usage: inspect <saved-page.html> --url <page URL> [--now <ISO instant>] [--weight-kg <n>]');
if (!values.url) fail('--url is required: the seller-center address the page was saved from');

let url: URL;
try {
  url = new URL(values.url);
} catch {
  fail(`--url is not a valid URL: ${values.url}`);
}
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) fail(`--now is not an ISO instant: ${values.now}`);
const weightKg = values['weight-kg'] !== undefined ? Number(values['weight-kg']) : null;
if (weightKg !== null && !(Number.isFinite(weightKg) && weightKg > 0)) fail(`--weight-kg must be a positive number: ${values['weight-kg']}`);

let html: string;
try {
  const bytes = readFileSync(file);
  if (bytes.length === 0) fail(`${file} is empty`);
  if (bytes.subarray(0, 4096).includes(0)) fail(`${file} is not a text/HTML file`);
  html = bytes.toString('utf8');
} catch (error) {
  const err = error as NodeJS.ErrnoException;
  fail(err.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${err.message}`);
}
if (!/<(html|body|div|table|span|head)\b/i.test(html)) fail(`${file} does not look like a saved HTML page`);

const window = new Window({ url: url.href });
const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const result = inspectDocument(document, url, now, { weightKg });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
await window.happyDOM.close();
process.exit(result.page === 'unknown' ? 2 : 0);
