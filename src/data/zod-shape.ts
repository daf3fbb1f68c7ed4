/**
 * The one module that reads zod's internals. A schema's definition (`schema._zod.def`) is zod's own
 * bookkeeping, not its documented API, and a zod release may rename or reshape it. Everything else (the fast
 * path in quick.ts, the lenient walk in validate.ts, the command line's checks and the JSON Schema generator)
 * asks `shapeOf(schema)` and never touches `_zod`. test/data/zod-shape.test.ts fails on any zod but the one
 * this was written for; docs/architecture.md ("Upgrading zod") says what to check before moving it on.
 */
import type * as z from 'zod/mini';

export type Schema = z.core.$ZodType;
type Fn = (value: unknown) => unknown;

/**
 * A check after a schema's kind, in order: a `refine` passes a value when `fn` returns true, an `overwrite`
 * (`trim`, `toUpperCase`, `z.overwrite`) gives the new value; `other` is any other zod check (`minLength`…).
 * `when`: the check runs only under a condition of its own.
 */
export type Check = { kind: 'refine' | 'overwrite'; fn: Fn; when: boolean } | { kind: 'other'; when: boolean };

/**
 * A schema as this code reads it: its kind with the parts of it, and its checks. `custom` is `z.custom(fn)`;
 * `other` is any kind not read here (`z.string()`, `z.literal()`…), with zod's name for it.
 */
export type SchemaShape = { checks: Check[] } & (
  | { kind: 'custom'; fn: Fn }
  | { kind: 'array'; element: Schema }
  | { kind: 'object'; fields: Readonly<Record<string, Schema>>; catchall: boolean }
  | { kind: 'optional'; inner: Schema }
  | { kind: 'other'; zodKind: string }
);

/** What `schema` is, read from its definition. */
export function shapeOf(schema: Schema): SchemaShape {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const checks = (def.checks ?? []).map(({ _zod }): Check => {
    const check = _zod.def as z.core.$ZodCustomDef | z.core.$ZodCheckOverwriteDef;
    const when = !!check.when;
    if (check.check === 'custom') return { kind: 'refine', fn: check.fn, when };
    if (check.check === 'overwrite') return { kind: 'overwrite', fn: check.tx, when };
    return { kind: 'other', when };
  });
  switch (def.type) {
    case 'custom':
      return { kind: 'custom', fn: def.fn, checks };
    case 'array':
      return { kind: 'array', element: def.element, checks };
    case 'object':
      return { kind: 'object', fields: def.shape, catchall: !!def.catchall, checks };
    case 'optional':
      return { kind: 'optional', inner: def.innerType, checks };
    default:
      return { kind: 'other', zodKind: def.type, checks };
  }
}
