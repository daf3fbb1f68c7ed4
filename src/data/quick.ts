/**
 * The fast path for valid values. zod runs jitless (a strict CSP forbids its compiled path), and then most of
 * its time goes to the bookkeeping that messages need: payloads, issue lists, paths. A valid record needs
 * none of it. `quick(schema)` reads the schema's definition once (through `shapeOf` in zod-shape.ts, the one
 * reader of zod's internals) and returns a plain function that gives what `z.safeParse(schema, value).data`
 * would give for a valid value, and `FAIL` for anything else. The
 * caller then asks zod, which says what is wrong; so the schemas stay the one source of truth and every
 * message is still zod's.
 *
 * It knows `z.custom` (which the JSON types are too: src/data/values.ts), arrays, objects that strip unknown
 * keys and `optional`, with `refine` and overwrite (`trim`, `toUpperCase`, a web address read as its href) checks. Any other kind or check makes
 * `quick` return undefined for that schema and whatever contains it, and zod does all of the work. A value
 * it cannot be sure of (a refine that returns anything but `true`, an optional key present as `undefined`)
 * fails here and goes to zod. test/data/quick.test.ts compares the two on mutated records.
 *
 * Nothing is copied that needs no copy: where zod would make an equal copy (no key to strip, no value
 * changed by an overwrite), the value itself is given, which spares the garbage of 10,000 copied records.
 * One difference follows, and only a script's `data` can show it: a valid list keeps any non-index
 * property set on it, where zod's copy has the items only. Widgets read the items only.
 */
import { shapeOf, type Schema, type SchemaShape } from './zod-shape.js';

export const FAIL: unique symbol = Symbol();
export type Quick = (value: unknown) => unknown;

const made = new WeakMap<Schema, Quick | undefined>();

/** The fast function of `schema`, or undefined when the schema has a part it does not know. */
export function quick(schema: Schema): Quick | undefined {
  if (!made.has(schema)) made.set(schema, make(schema));
  return made.get(schema);
}

function make(schema: Schema): Quick | undefined {
  const shape = shapeOf(schema);
  // The steps in order: the kind (z.custom is a refine itself), then the checks: a refine must return true,
  // an overwrite (trim, toUpperCase) gives the new value.
  const base = shape.kind === 'custom' ? refine(shape.fn) : kind(shape);
  if (!base) return undefined;
  const steps = [base];
  for (const check of shape.checks) {
    if (check.kind === 'other' || check.when) return undefined;
    steps.push(check.kind === 'overwrite' ? check.fn : refine(check.fn));
  }
  if (steps.length === 1) return base;
  return (value) => {
    for (let i = 0; value !== FAIL && i < steps.length; i++) value = steps[i]!(value);
    return value;
  };
}

const refine =
  (fn: (value: unknown) => unknown): Quick =>
  (value) =>
    fn(value) === true ? value : FAIL;

function kind(shape: SchemaShape): Quick | undefined {
  switch (shape.kind) {
    case 'array': {
      const item = quick(shape.element);
      if (!item) return undefined;
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        // A list with another prototype (only a script's `data` can hold one) is always copied, as zod does.
        let out: unknown[] | undefined = Object.getPrototypeOf(value) === Array.prototype ? undefined : [];
        for (let i = 0; i < value.length; i++) {
          const entry: unknown = value[i];
          const kept = item(entry);
          if (kept === FAIL) return FAIL;
          if (kept !== entry && !out) {
            out = [];
            for (let j = 0; j < i; j++) out.push(value[j]);
          }
          out?.push(kept);
        }
        return out ?? value;
      };
    }
    case 'object': {
      // The keys are the schema's field names, not data; `in` as zod reads an optional key.
      /* eslint-disable cg/no-data-keys */
      if (shape.catchall) return undefined;
      const keys = Object.keys(shape.fields);
      const fields: Quick[] = [];
      const optional: boolean[] = [];
      for (const key of keys) {
        const fieldSchema = shape.fields[key]!;
        const field = shapeOf(fieldSchema);
        optional.push(field.kind === 'optional');
        const check = quick(field.kind === 'optional' ? field.inner : fieldSchema);
        if (!check) return undefined;
        fields.push(check);
      }
      // The copy zod would make, for a value with keys to strip or with changed fields; FAIL for an optional
      // key present as undefined, which zod keeps as such (only a script's `data` can hold one).
      const copy = (value: Record<string, unknown>): unknown => {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const kept = value[key] === undefined ? (key in value ? FAIL : undefined) : fields[i]!(value[key]);
          // FAIL also where a getter gave another value the second time: zod decides then.
          if (kept === FAIL) return FAIL;
          if (kept !== undefined) out[key] = kept;
        }
        return out;
      };
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return FAIL;
        let present = 0;
        let same = Object.getPrototypeOf(value) === Object.prototype;
        for (let i = 0; i < keys.length; i++) {
          const entry = (value as Record<string, unknown>)[keys[i]!];
          if (entry === undefined) {
            if (optional[i]) continue;
            return FAIL;
          }
          present++;
          const kept = fields[i]!(entry);
          if (kept === FAIL) return FAIL;
          if (kept !== entry) same = false;
        }
        // Nothing changed and no key to strip: the value itself, nothing copied.
        return same && Object.keys(value).length === present ? value : copy(value as Record<string, unknown>);
      };
      /* eslint-enable cg/no-data-keys */
    }
    default:
      return undefined;
  }
}
