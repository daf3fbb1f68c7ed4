#!/usr/bin/env node
// The command-line entry: `npx cluster-gateway validate data.json`. The code lives in dist/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('cluster-gateway: dist/cli.js is missing; run `npm run build` in the project first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
