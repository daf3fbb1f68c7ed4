// Lint: typescript-eslint, Lit, Lit accessibility and web-component rules, zero warnings; and a ban on
// every HTML or code sink, because every string the widgets show comes from an untrusted data file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const sinks = [
  { selector: "ImportSpecifier[imported.name=/^unsafe(HTML|SVG|Static|MathML)$/]", message: 'Data is untrusted: render it as text, never as HTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: render text through Lit bindings.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln)$/]", message: 'No HTML sinks.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: it breaks a strict CSP and runs strings as code.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']", message: 'No string timers.' },
];

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
      'no-restricted-syntax': ['error', ...sinks],
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
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Widgets load data through the shared loader in src/data/.' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/data/load.ts', 'src/data/read-source.ts', 'src/cli.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
  {
    files: ['**/*.js', 'scripts/**', 'bench/**', 'test/e2e/**', 'test/node/**', 'test/helpers/*.js', 'bin/**', '.storybook/**', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
