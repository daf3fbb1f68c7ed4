// build/static-lit-properties.js, input → expected (in the manner of Lit's @lit/ts-transformers tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toStaticProperties } from '../../build/static-lit-properties.js';

const ID = '/project/src/x.ts';
const lines = (...l) => l.join('\n');

test('@property() and @state() fields become one static properties block; lines do not move', () => {
  const input = lines(
    "import { LitElement } from 'lit';",
    "import { property, state } from 'lit/decorators.js';",
    'export class X extends LitElement {',
    '  @property() src?: string;',
    "  @property({ type: Number, reflect: true, attribute: 'page-size' }) pageSize = 20;",
    '  @state() private open = false;',
    '  @state({ hasChanged: (a: number, b: number) => a !== b }) private count = 0;',
    '  plain = 1;',
    '}',
  );
  const expected = lines(
    "import { LitElement } from 'lit';",
    "import { property, state } from 'lit/decorators.js';",
    "export class X extends LitElement {static properties = { src: {}, pageSize: { type: Number, reflect: true, attribute: 'page-size' }, open: { state: true }, count: { ...{ hasChanged: (a: number, b: number) => a !== b }, state: true, attribute: false } };",
    '   src?: string;',
    '   pageSize = 20;',
    '   private open = false;',
    '   private count = 0;',
    '  plain = 1;',
    '}',
  );
  assert.equal(toStaticProperties(input, ID), expected);
});

test('decorators imported under another name are recognised; other decorators are left alone', () => {
  const input = lines(
    "import { property as prop } from 'lit/decorators.js';",
    "import { observed } from './mine.js';",
    'class X extends HTMLElement {',
    '  @prop({ type: Boolean }) open = false;',
    '  @observed() other = 1;',
    '  @prop() static shared = 1;',
    '}',
  );
  const expected = lines(
    "import { property as prop } from 'lit/decorators.js';",
    "import { observed } from './mine.js';",
    'class X extends HTMLElement {static properties = { open: { type: Boolean } };',
    '   open = false;',
    '  @observed() other = 1;',
    '  @prop() static shared = 1;',
    '}',
  );
  assert.equal(toStaticProperties(input, ID), expected);
});

test('each class gets its own block', () => {
  const input = lines("import { state } from 'lit/decorators.js';", 'class A { @state() a = 1; }', 'class B { @state() b = 2; }');
  const expected = lines(
    "import { state } from 'lit/decorators.js';",
    'class A {static properties = { a: { state: true } };  a = 1; }',
    'class B {static properties = { b: { state: true } };  b = 2; }',
  );
  assert.equal(toStaticProperties(input, ID), expected);
});

test('nothing to do gives null', () => {
  assert.equal(toStaticProperties("import { LitElement } from 'lit';\nclass X extends LitElement {}", ID), null);
  assert.equal(toStaticProperties("import { customElement } from 'lit/decorators.js';\nclass X {}", ID), null);
});

test('a class with decorated fields and its own static properties fails, naming the file', () => {
  const input = lines("import { state } from 'lit/decorators.js';", 'class X { static properties = {}; @state() a = 1; }');
  assert.throws(() => toStaticProperties(input, ID), /\/project\/src\/x\.ts: a class with both decorated properties and static properties/);
});
