// Size budgets, in gzip bytes. Deterministic, so they may fail the build; speed lives in `npm run bench`.
import { readFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

// 45 kB: the product's cap for the whole suite, Lit and zod included (the stretch goal is 30 kB).
export const BUDGETS = {
  'dist/cluster-gateway.iife.js': 45 * 1024,
  'dist/cluster-gateway.js': 45 * 1024,
};

/** Gzip size at the highest level, as a CDN would serve it. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;

export function checkBudgets() {
  let ok = true;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const size = gzipSize(file);
    const line = `${file}: ${(size / 1024).toFixed(1)} kB gzip (budget ${(budget / 1024).toFixed(0)} kB)`;
    if (size > budget) {
      ok = false;
      console.error(`over budget: ${line}`);
    } else {
      console.log(`size ok: ${line}`);
    }
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(checkBudgets() ? 0 : 1);
