// A node:test reporter that writes `{ passed, failed }` as JSON, for scripts/test.js to add up.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail') failed++;
  }
  yield JSON.stringify({ passed, failed });
}
