// Component and unit tests in real Chromium (found by test/helpers/browser.js), with fixtures served
// over the test server and a few routes that misbehave on purpose (test/helpers/faults.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faults } from './test/helpers/faults.js';
import { summaryReporter } from './test/helpers/summary-reporter.js';
import { CPU_SLOWDOWN, findBrowser } from './test/helpers/browser.js';

const browser = await findBrowser().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a background tab gets no animation frames and no keyboard focus, which makes
  // focus and keyboard tests flaky.
  concurrency: 1,
  // Limits for a loaded machine, not an idle one (no test may depend on that): a test waits for conditions
  // (test/helpers/wait.ts, up to 30 s each), so these only bound how long a real hang takes to be reported.
  testsFinishTimeout: 900_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 120_000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [faults],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browser.executablePath, env: browser.env, headless: true, args: browser.args },
      // TEST_CPU_SLOWDOWN: every test page as on a loaded machine (see test/helpers/browser.js).
      createPage: async ({ context }) => {
        const tab = await context.newPage();
        if (CPU_SLOWDOWN > 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        return tab;
      },
    }),
  ],
};
