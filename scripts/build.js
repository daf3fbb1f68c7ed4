#!/usr/bin/env node
// npm run build: the browser bundles, the per-widget entries, the CLI, the types, the JSON Schema, and
// the size budget (the build fails when the suite grows past it).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { checkBudgets } from './budgets.js';

rmSync('dist', { recursive: true, force: true });
for (const mode of ['es', 'iife', 'widgets', 'cli']) {
  await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });
}
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const schema = execFileSync('node', ['bin/cluster-gateway.js', 'schema'], { encoding: 'utf8' });
writeFileSync('dist/cluster-gateway.schema.json', schema);
console.log('built dist/: cluster-gateway.js, cluster-gateway.iife.js, widgets/, cli.js, types/, cluster-gateway.schema.json');
if (!checkBudgets()) process.exit(1);
