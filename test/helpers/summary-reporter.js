// Prints the run's result as one plain line, `N passed, N failed`, after everything else. A test file
// that fails to load counts as a failure (the default reporter would not count it at all).
import { writeFileSync, mkdirSync } from 'node:fs';

const count = (suite, totals) => {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
};

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that did not load, or that threw outside its tests, has errors but no failed test.
        const failedTests = session.testResults ? JSON.stringify(session.testResults).includes('"passed":false') : false;
        if ((session.errors?.length ?? 0) > 0 && !failedTests) totals.failed++;
        if (!session.passed && !session.testResults) totals.failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/browser.json', JSON.stringify(totals));
    },
    async reportTestFileResults() {},
    getTestProgress() {
      return [];
    },
  };
}
