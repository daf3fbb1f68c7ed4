#!/usr/bin/env node
// The command-line entry: `npx cluster-gateway validate data.json`. The code lives in dist/cli.js.
import { existsSync } from 'node:fs';

// A reader that stops early (`cluster-gateway schema | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('cluster-gateway: dist/cli.js is missing; run `npm run build` in the project first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
