/** The published JSON Schema of data format v1, generated from the same zod schemas the widgets use. */
import * as z from 'zod/mini';
import { Cluster, FORMAT_VERSION, Funding, hasItems, Organisation, Quiz } from './schema.js';
import { shapeOf } from './zod-shape.js';
import { IsoDate } from './values.js';
import { COUNTRY_CODES, Country, Email, isBoolean, isNumber, isString, jsonShapes, Url } from './values.js';

/** The JSON type of each check that stands for one (see values.ts). */
const TYPES = new Map<unknown, string>([
  [isString, 'string'],
  [isNumber, 'number'],
  // Integer (values.ts): the format has said "number" for it so far.
  [Number.isInteger, 'number'],
  [isBoolean, 'boolean'],
]);

/** The whole document, as a webmaster's editor sees it. */
export const GatewayDocument = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(FORMAT_VERSION),
  updated: z.optional(IsoDate),
  clusters: z.optional(z.array(Cluster)),
  funding: z.optional(z.array(Funding)),
  organisations: z.optional(z.array(Organisation)),
  quizzes: z.optional(z.array(Quiz)),
});

export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GatewayDocument, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const shape = shapeOf(ctx.zodSchema);
      if (shape.checks.some((check) => check.kind === 'refine' && check.fn === hasItems)) {
        // As z.minLength(1) would write it: first.
        const rest = { ...ctx.jsonSchema };
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, { minItems: 1 }, rest);
      }
      const type = shape.kind === 'custom' && TYPES.get(shape.fn);
      if (type) Object.assign(ctx.jsonSchema, { type });
      const written = jsonShapes.get(ctx.zodSchema);
      if (written) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, written);
      }
      // What an editor can check of the two: the scheme first (the URL parser decides the rest, and a
      // "uri" format would refuse the spaces a browser escapes), and the length of an address.
      if (ctx.zodSchema === (Url as unknown)) {
        Object.assign(ctx.jsonSchema, {
          pattern: '^[Hh][Tt][Tt][Pp][Ss]?:',
          description: 'An http(s) web address, read as a browser reads it ("a b.pdf" as "a%20b.pdf")',
        });
      }
      if (ctx.zodSchema === (Email as unknown)) {
        Object.assign(ctx.jsonSchema, { maxLength: 254, description: 'An e-mail address and nothing more: "info@cluster.example"' });
      }
      if (ctx.zodSchema === (Country as unknown)) {
        // Completion offers the canonical upper-case codes; lower case is accepted and upper-cased.
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, {
          description: 'ISO 3166-1 alpha-2 country code, e.g. "DK"',
          anyOf: [{ enum: COUNTRY_CODES }, { type: 'string', pattern: '^[a-z]{2}$' }],
        });
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://cluster-gateway.example/schema/v1.json',
    title: 'Cluster Gateway data file, format version 1',
    description: 'One JSON document with clusters, funding, door-opener organisations and quizzes for the Cluster Gateway widgets.',
  };
}
