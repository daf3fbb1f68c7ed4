import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { shapeOf, type Check, type Schema } from '../../src/data/zod-shape.js';
import { GatewayDocument } from '../../src/data/json-schema.js';
import { hasItems, SECTIONS } from '../../src/data/schema.js';
import { Country, isCountryCode, isHttpUrl, isString, Text, Url } from '../../src/data/values.js';

/**
 * The zod release src/data/zod-shape.ts was written for and checked against. On an upgrade, follow
 * docs/architecture.md ("Upgrading zod"), then change this line.
 */
const CHECKED_ZOD = '4.6.7';
const UPGRADE = `src/data/zod-shape.ts reads zod's internals as of zod ${CHECKED_ZOD}: see docs/architecture.md, "Upgrading zod"`;

/** Every schema reachable from `root` (fields, list items, optional values), each once, with its shape. */
function walk(root: Schema): Map<Schema, ReturnType<typeof shapeOf>> {
  const seen = new Map<Schema, ReturnType<typeof shapeOf>>();
  const visit = (schema: Schema) => {
    if (seen.has(schema)) return;
    const shape = shapeOf(schema);
    seen.set(schema, shape);
    if (shape.kind === 'array') visit(shape.element);
    if (shape.kind === 'optional') visit(shape.inner);
    if (shape.kind === 'object') Object.values(shape.fields).forEach(visit);
  };
  visit(root);
  return seen;
}

const kindsOf = (checks: Check[]) => checks.map((check) => `${check.kind}${check.when ? ' (when)' : ''}`);

describe('zod-shape: the one reader of zod internals', () => {
  it('runs on the zod release it was written for', async () => {
    const { major, minor, patch } = z.core.version;
    expect(`${major}.${minor}.${patch}`, `the installed zod; ${UPGRADE}`).to.equal(CHECKED_ZOD);
    const pkg = (await (await fetch('/package.json')).json()) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.zod, `package.json pins zod exactly (no ^ or ~): ${UPGRADE}`).to.equal(CHECKED_ZOD);
  });

  it('reads each kind our code looks into', () => {
    const element = z.array(Text);
    expect(shapeOf(element), `z.array: ${UPGRADE}`).to.deep.equal({ kind: 'array', element: Text, checks: [] });
    const inner = z.optional(Url);
    expect(shapeOf(inner), `z.optional: ${UPGRADE}`).to.deep.equal({ kind: 'optional', inner: Url, checks: [] });
    const object = shapeOf(z.object({ name: Text, website: inner }));
    expect(object, `z.object: ${UPGRADE}`).to.deep.equal({
      kind: 'object',
      fields: { name: Text, website: inner },
      catchall: false,
      checks: [],
    });
    expect(shapeOf(z.looseObject({ name: Text })), `z.looseObject keeps unknown keys: ${UPGRADE}`).to.include({
      kind: 'object',
      catchall: true,
    });
    expect(shapeOf(z.custom(isString)), `z.custom: ${UPGRADE}`).to.deep.equal({ kind: 'custom', fn: isString, checks: [] });
    expect(shapeOf(z.string()), `a kind not read here: ${UPGRADE}`).to.deep.equal({ kind: 'other', zodKind: 'string', checks: [] });
  });

  it('reads the checks: refines, overwrites, conditions and the rest', () => {
    const url = shapeOf(Url);
    expect(kindsOf(url.checks), `Url: a refine, then an overwrite: ${UPGRADE}`).to.deep.equal(['refine', 'overwrite']);
    const [refine, overwrite] = url.checks;
    expect(refine!.kind === 'refine' && refine!.fn, `the refine's function: ${UPGRADE}`).to.equal(isHttpUrl);
    expect(
      overwrite!.kind === 'overwrite' && overwrite!.fn('HTTPS://Example.ORG'),
      `the overwrite gives the new value: ${UPGRADE}`,
    ).to.equal('https://example.org/');

    const country = shapeOf(Country);
    expect(kindsOf(country.checks), `Country: trim, toUpperCase, refine: ${UPGRADE}`).to.deep.equal(['overwrite', 'overwrite', 'refine']);
    const applied = country.checks.reduce<unknown>((value, check) => (check.kind === 'overwrite' ? check.fn(value) : value), ' dk ');
    expect(applied, `trim and toUpperCase as overwrites: ${UPGRADE}`).to.equal('DK');
    expect(country.checks[2]!.kind === 'refine' && country.checks[2]!.fn, `Country's refine: ${UPGRADE}`).to.equal(isCountryCode);

    const conditional = shapeOf(z.array(Text).check(z.refine(hasItems, { when: () => true })));
    expect(kindsOf(conditional.checks), `a refine with \`when\`: ${UPGRADE}`).to.deep.equal(['refine (when)']);
    const other = shapeOf(z.array(Text).check(z.minLength(1)));
    expect(
      other.checks.map((check) => check.kind),
      `a check not read here (minLength): ${UPGRADE}`,
    ).to.deep.equal(['other']);
  });

  it('knows every kind and check the data format uses', () => {
    const kinds = new Set<string>();
    const checks = new Set<string>();
    const all = walk(GatewayDocument);
    for (const section of Object.values(SECTIONS)) for (const [schema, shape] of walk(section)) all.set(schema, shape);
    for (const shape of all.values()) {
      kinds.add(shape.kind === 'other' ? `other: ${shape.zodKind}` : shape.kind);
      for (const kind of kindsOf(shape.checks)) checks.add(kind);
    }
    expect(all.size, 'the walk reaches the schemas of every record and field').to.be.greaterThan(60);
    // z.string() and z.literal() are the document's `$schema` and `version`: read by z.toJSONSchema only.
    expect(
      [...kinds].sort(),
      `kinds in schema.ts, values.ts and the document; a new one needs quick.ts, validate.ts and cli.ts to know it. ${UPGRADE}`,
    ).to.deep.equal(['array', 'custom', 'object', 'optional', 'other: literal', 'other: string']);
    expect([...checks].sort(), `checks in schema.ts and values.ts: ${UPGRADE}`).to.deep.equal(['overwrite', 'refine', 'refine (when)']);
  });
});
