#!/usr/bin/env node
// npm test: every check, in order — typecheck, lint, formatting (prettier --check), build (with the size budget), the command-line tests
// in Node, the component and unit tests in Chromium, and the end-to-end tests against the built bundle.
// Ends with one plain line, `N passed, N failed`, counting every test and every check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const run = (name, command, args, { count } = {}) => {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (count) {
    const counted = count();
    if (counted) {
      totals.passed += counted.passed;
      totals.failed += counted.failed;
      if (!ok && counted.failed === 0) totals.failed++;
      console.log(`◀ ${name}: ${counted.passed} passed, ${counted.failed} failed`);
      return;
    }
  }
  totals[ok ? 'passed' : 'failed']++;
  console.log(`◀ ${name}: ${ok ? 'ok' : `failed (exit ${result.status ?? result.signal})`}`);
};

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

run('typecheck', 'node_modules/.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
run('lint', 'node_modules/.bin/eslint', ['--max-warnings', '0', '.']);
run('format', 'node_modules/.bin/prettier', ['--check', '.']);
run('build', 'node', ['scripts/build.js']);
run(
  'node',
  'node',
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/helpers/node-summary.js',
    '--test-reporter-destination=test-results/node.json',
    'test/node/',
  ],
  {
    count: () => readJson('test-results/node.json'),
  },
);
run('browser', 'node_modules/.bin/wtr', [], { count: () => readJson('test-results/browser.json') });
if (existsSync('test/e2e')) {
  run(
    'e2e',
    'node',
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/helpers/node-summary.js',
      '--test-reporter-destination=test-results/e2e.json',
      'test/e2e/',
    ],
    {
      count: () => readJson('test-results/e2e.json'),
    },
  );
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
