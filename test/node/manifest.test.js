// The public API in custom-elements.json (what Storybook's controls and editors read): the events, parts and
// tokens every widget shares are documented once, on GatewayElement, and each widget inherits all of them;
// the documented tokens and defaults are the ones src/shared/styles.ts defines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TAGS = ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers', 'cg-insights'];

/** The manifest, made as `npm run analyze` makes it (custom-elements.json, which git ignores). */
function analyze() {
  const command = JSON.parse(readFileSync('package.json', 'utf8')).scripts.analyze;
  execSync(command, { stdio: 'pipe', env: { ...process.env, PATH: `node_modules/.bin:${process.env.PATH}` } });
  return JSON.parse(readFileSync('custom-elements.json', 'utf8'));
}

/** Each public token of styles.ts with its default: `light-dark(light, dark)` as the light one and the dark one. */
function tokens() {
  const styles = readFileSync('src/shared/styles.ts', 'utf8');
  const found = new Map();
  for (const [, name, fallback] of styles.matchAll(/var\(--cg-\$\{w\}-([a-z-]+), var\(--cg-\1, (.+)\)\);$/gm)) {
    const pair = /^light-dark\((.+), (.+)\)$/.exec(fallback);
    const [light, dark] = pair ? [pair[1], pair[2]] : [fallback];
    found.set(`--cg-${name}`, { light, dark });
  }
  for (const [, name, fallback] of styles.matchAll(/var\(--cg-((?!\$)[a-z-]+), ([^()]+?)\)/g)) {
    if (!found.has(`--cg-${name}`)) found.set(`--cg-${name}`, { light: fallback });
  }
  return found;
}

const manifest = analyze();
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const inherited = (entry) => entry.inheritedFrom?.name === 'GatewayElement';

test('every public token of styles.ts is documented once, on GatewayElement, with its default', () => {
  const expected = tokens();
  assert.ok(expected.size >= 13, `styles.ts read: ${[...expected.keys()].join(', ')}`);
  const base = declarations.find((d) => d.name === 'GatewayElement');
  assert.ok(base, 'GatewayElement is in the manifest');
  const documented = new Map((base.cssProperties ?? []).map((p) => [p.name, p]));
  assert.deepEqual(
    [...documented.keys()].sort(),
    [...expected.keys()].sort(),
    'the @cssprop tags on GatewayElement name every token of tokens() and baseStyles',
  );
  for (const [name, { light, dark }] of expected) {
    const prop = documented.get(name);
    assert.equal(prop.default, light, `${name}: the documented default is the one styles.ts uses`);
    if (dark) assert.ok(prop.description.includes(`dark: ${dark}`), `${name}: the description gives the dark theme's default ${dark}`);
  }
});

test('each widget inherits the shared events, parts and tokens from GatewayElement', () => {
  const count = tokens().size;
  for (const tag of TAGS) {
    const element = declarations.find((d) => d.tagName === tag);
    assert.ok(element, `${tag} is in the manifest`);
    for (const event of ['cg-data-load', 'cg-data-warning', 'cg-data-error']) {
      const entry = element.events?.find((e) => e.name === event);
      assert.ok(entry && inherited(entry), `${tag}: ${event} is listed, inherited from GatewayElement (not pasted in the widget)`);
    }
    for (const part of ['base', 'error', 'loading', 'notice']) {
      const entry = element.cssParts?.find((p) => p.name === part);
      assert.ok(entry && inherited(entry), `${tag}: part ${part} is listed, inherited from GatewayElement`);
    }
    const props = element.cssProperties ?? [];
    assert.ok(count > 0, 'styles.ts has tokens');
    assert.equal(props.length, count, `${tag}: all ${count} tokens are listed`);
    assert.ok(props.every(inherited), `${tag}: no token documented again in the widget`);
    assert.ok(
      element.cssParts.some((p) => !inherited(p)),
      `${tag}: its own parts are still listed`,
    );
  }
});
