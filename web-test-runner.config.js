// Component and unit tests in real Chromium (Debian's, found through CHROME_PATH), with fixtures served
// over the test server and a few routes that misbehave on purpose (test/helpers/faults.js).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faults } from './test/helpers/faults.js';
import { summaryReporter } from './test/helpers/summary-reporter.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}. Install Debian's: apt-get update && apt-get install -y chromium ` +
      '(or point CHROME_PATH at a Chromium or Chrome binary).',
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a background tab gets no animation frames and no keyboard focus, which makes
  // focus and keyboard tests flaky.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 15_000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [faults],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
