// Lint: typescript-eslint, Lit, Lit accessibility and web-component rules, zero warnings; and a ban on
// every HTML or code sink, because every string the widgets show comes from an untrusted data file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import ts from 'typescript';

const sinks = [
  {
    selector: 'ImportSpecifier[imported.name=/^unsafe(HTML|SVG|Static|MathML)$/]',
    message: 'Data is untrusted: render it as text, never as HTML.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No innerHTML/outerHTML: render text through Lit bindings.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln)$/]',
    message: 'No HTML sinks.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: it breaks a strict CSP and runs strings as code.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']", message: 'No string timers.' },
];

// zod's internals change between releases: one adapter reads them (docs/architecture.md, "Upgrading zod").
const zodInternals = {
  selector: ":matches(MemberExpression[property.name='_zod'], Property[key.name='_zod'])",
  message: "Read a schema through shapeOf() in src/data/zod-shape.ts, the one reader of zod's internals.",
};

/**
 * Data values (ids, tags, countries: any string from a data file) must never be keys of a plain object: a
 * `__proto__` key writes onto Object.prototype, and `constructor` or `toString` read a function that is not
 * there. With the types at hand this finds the three ways in: `obj[key]` where `obj` has a string index
 * signature (`Record<string, …>`, `{ [k: string]: … }`) and `key` is any string rather than known literals;
 * `key in obj` with a computed key; and `for…in`, which walks inherited properties too. A Map (or
 * `Object.entries`, `Object.hasOwn`) is the way. Arrays, Maps and literal-keyed tables are not reported.
 */
const keysRule = {
  meta: {
    type: 'problem',
    messages: {
      index: 'A plain object indexed by a string that may come from the data ("__proto__", "constructor"…): use a Map.',
      in: '`in` on a computed key also finds inherited properties ("constructor"…): use a Map, or Object.hasOwn.',
      forIn: 'for…in walks inherited properties too: use Object.keys/entries/values, or a Map.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const parts = (type) => (type.isUnion() ? type.types : [type]);
    // Any string at all (not a literal, a union of literals or a number): what a data value is typed as.
    const anyString = (type) =>
      parts(type).some((t) => t.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping));
    const stringIndexed = (type) =>
      parts(checker.getApparentType(type)).some((t) => !checker.isArrayLikeType(t) && !!checker.getIndexInfoOfType(t, ts.IndexKind.String));
    return {
      'MemberExpression[computed=true]'(node) {
        if (anyString(typeOf(node.property)) && stringIndexed(typeOf(node.object))) context.report({ node, messageId: 'index' });
      },
      "BinaryExpression[operator='in']"(node) {
        if (node.left.type !== 'Literal' && node.left.type !== 'PrivateIdentifier') context.report({ node, messageId: 'in' });
      },
      ForInStatement(node) {
        context.report({ node, messageId: 'forIn' });
      },
    };
  },
};

/** src/data/ knows no page (the CLI runs it in Node): the caller passes what it needs, such as a URL resolved against the page. */
const pageGlobals = ['document', 'window', 'location', 'navigator', 'localStorage', 'sessionStorage', 'customElements'].map((name) => ({
  name,
  message: 'src/data/ has no page: let the caller (src/shared/) pass what it needs from it.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      'lit/no-template-arrow': 'off',
      'wc/guard-super-call': 'off',
      'no-restricted-syntax': ['error', ...sinks, zodInternals],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Widgets load data through the shared loader in src/data/.' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Type-aware: the rule needs to know which objects are plain string-keyed ones.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { cg: { rules: { 'no-data-keys': keysRule } } },
    rules: { 'cg/no-data-keys': 'error' },
  },
  {
    files: ['src/data/zod-shape.ts'],
    rules: { 'no-restricted-syntax': ['error', ...sinks] },
  },
  {
    // Builds the JSON Schema from our own schemas: no data passes through it.
    files: ['src/data/json-schema.ts'],
    rules: { 'cg/no-data-keys': 'off' },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/data/load.ts downloads.' }, ...pageGlobals] },
  },
  {
    files: ['src/data/load.ts', 'src/data/read-source.ts'],
    rules: { 'no-restricted-globals': ['error', ...pageGlobals], 'no-console': 'off' },
  },
  {
    files: ['src/cli.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
  {
    files: [
      '**/*.js',
      'scripts/**',
      'bench/**',
      'test/e2e/**',
      'test/node/**',
      'test/helpers/*.js',
      'bin/**',
      '.storybook/**',
      'vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
