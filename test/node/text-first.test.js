// build/text-first.js: which imports the entry gets first, input → expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstImports, textFirst } from '../../build/text-first.js';

test('strings modules, then styles modules, each sorted, then zod; other files are not imported', () => {
  const files = [
    'widgets/b/b.ts',
    'widgets/b/b.styles.ts',
    'widgets/a/a.strings.ts',
    'shared/styles.ts',
    'shared/strings.ts',
    'widgets/a/a.logic.ts',
  ];
  assert.equal(
    firstImports(files),
    "import './shared/strings.js';import './widgets/a/a.strings.js';import './shared/styles.js';import './widgets/b/b.styles.js';import 'zod/mini';",
  );
});

test('only the entry src/index.ts changes, on its first line', () => {
  const plugin = textFirst();
  assert.equal(plugin.transform.call({}, "import './a.js';", `${process.cwd()}/src/widgets/insights/insights.ts`), null);
  const out = plugin.transform.call({}, "import './a.js';\nexport {};", `${process.cwd()}/src/index.ts`);
  const [first, second] = out.code.split('\n');
  assert.match(
    first,
    /^import '\.\/shared\/strings\.js';.*import '\.\/widgets\/readiness-quiz\/readiness-quiz\.strings\.js';.*import '\.\/shared\/styles\.js';.*import 'zod\/mini';import '\.\/a\.js';$/,
  );
  assert.equal(second, 'export {};');
});
