/**
 * Waiting in the component tests: for a condition, never for a fixed time, with a limit generous enough for a
 * machine whose cores are all busy (or a page under TEST_CPU_SLOWDOWN). The limit only decides how long a real
 * failure takes to be reported; @open-wc's own default (1 s) made tests depend on an idle machine.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a condition may take to become true before the test fails. */
export const PATIENCE = 30_000;

/** `waitUntil` from @open-wc/testing, with PATIENCE as its limit. */
export const waitUntil = (
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> => openWcWaitUntil(predicate, message, { timeout: PATIENCE, ...options });

/** Asks the fault routes of the test server (test/helpers/faults.js) how many requests `key` had, and how many hung up. */
export const requests = async (key: string): Promise<{ count: number; closed: number }> => (await fetch(`/faults/count/${key}`)).json();

/** Lets the answers held back by `/faults/held/<key>/…` finish. */
export const release = async (key: string): Promise<void> => {
  await fetch(`/faults/release/${key}`);
};
