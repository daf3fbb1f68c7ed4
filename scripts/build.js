#!/usr/bin/env node
// npm run build: the browser bundles, the per-widget entries, the CLI, the types, the JSON Schema, and two
// checks that fail the build: every browser bundle is ASCII (a page that is not UTF-8 reads the classic
// script in its own encoding, see build/ascii.js), and the size budget.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { firstNonAscii } from '../build/ascii.js';
import { checkBudgets } from './budgets.js';

rmSync('dist', { recursive: true, force: true });
for (const mode of ['es', 'iife', 'widgets', 'cli']) {
  await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const schema = execFileSync('node', ['bin/cluster-gateway.js', 'schema'], { encoding: 'utf8' });
writeFileSync('dist/cluster-gateway.schema.json', schema);
console.log('built dist/: cluster-gateway.js, cluster-gateway.iife.js, widgets/, cli.js, types/, cluster-gateway.schema.json');

const browserFiles = [
  'dist/cluster-gateway.iife.js',
  'dist/cluster-gateway.js',
  ...readdirSync('dist/widgets', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/widgets/${f}`),
];
let ascii = true;
for (const file of browserFiles) {
  // Any byte above 0x7F decodes to a character above U+007F (U+FFFD if it is not UTF-8).
  const found = firstNonAscii(readFileSync(file, 'utf8'));
  if (found) {
    ascii = false;
    console.error(`not ASCII: ${file}:${found.line}:${found.column} has a byte above 0x7F, in ${JSON.stringify(found.context)}`);
  }
}
if (ascii) console.log(`ascii ok: ${browserFiles.length} browser bundle files`);
if (!checkBudgets() || !ascii) process.exit(1);
