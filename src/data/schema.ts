/**
 * Data format v1 as zod/mini schemas: one per record type, and the whole document.
 * The widgets, the `validate` command and the published JSON Schema all come from these.
 */
import * as z from 'zod/mini';
import {
  Bool,
  Country,
  Currency,
  Email,
  FiniteNumber,
  Id,
  Integer,
  isNumber,
  IsoDate,
  NonNegativeInt,
  NonNegativeNumber,
  oneOf,
  PlainString,
  Tag,
  Text,
  Url,
} from './values.js';

export const CLUSTER_LABELS = ['bronze', 'silver', 'gold'] as const;
export const FUNDING_KINDS = ['cluster-programme', 'member-fee', 'eu-programme', 'national', 'regional', 'private', 'other'] as const;
export const ORGANISATION_TYPES = [
  'trade-promotion-agency',
  'investment-promotion-agency',
  'innovation-office',
  'chamber-of-commerce',
  'embassy',
  'cluster',
  'other',
] as const;
export const QUESTION_TYPES = ['single', 'multiple', 'scale', 'countries'] as const;

const list = <T extends z.core.SomeType>(item: T) => z.optional(z.array(item));

/** True for a list with an entry; the JSON Schema generator writes `minItems: 1` for a list checked with it. */
export const hasItems = (list: unknown[]): boolean => list.length > 0;

/**
 * A list with at least one entry, or `message`: what `z.minLength(1, message)` says, with about 0.26 kB less of
 * zod in the bundle. The first issue, which is all the validator reports, is the same for every input (only a
 * second issue after "not a list" goes). `when` keeps the check's timing, and keeps quick() (src/data/quick.ts)
 * away from these lists: checkQuiz edits the record it gets, which must stay zod's copy.
 */
const nonEmpty = <T extends z.core.SomeType>(item: T, message: string) =>
  z.array(item).check(z.refine(hasItems, { error: message, when: (payload) => Array.isArray(payload.value) }));

export const Cluster = z.object({
  id: Id,
  name: Text,
  acronym: z.optional(PlainString),
  country: Country,
  region: z.optional(Text),
  city: z.optional(PlainString),
  website: z.optional(Url),
  email: z.optional(Email),
  description: z.optional(Text),
  sectors: list(Tag),
  collaborationInterests: list(Tag),
  targetCountries: list(Country),
  keyServices: list(Tag),
  label: z.optional(oneOf(CLUSTER_LABELS)),
  members: z.optional(
    z.object({
      smes: z.optional(NonNegativeInt),
      large: z.optional(NonNegativeInt),
      research: z.optional(NonNegativeInt),
      other: z.optional(NonNegativeInt),
    }),
  ),
  founded: z.optional(Integer),
  lastVerified: z.optional(IsoDate),
});
export type Cluster = z.infer<typeof Cluster>;

export const Amount = z
  .object({
    min: z.optional(NonNegativeNumber),
    max: z.optional(NonNegativeNumber),
    currency: z.optional(Currency),
  })
  .check(
    z.refine((amount) => amount.min === undefined || amount.max === undefined || amount.min <= amount.max, {
      error: (issue) => {
        const amount = issue.input as { min: number; max: number };
        return `min (${amount.min}) is greater than max (${amount.max})`;
      },
    }),
  );

export const Funding = z.object({
  id: Id,
  name: Text,
  provider: Text,
  kind: oneOf(FUNDING_KINDS),
  url: Url,
  description: z.optional(Text),
  eligibleCountries: list(Country),
  targetMarkets: list(Country),
  sectors: list(Tag),
  amount: z.optional(Amount),
  cofundingRate: z.optional(
    z.custom<number>(isNumber, { error: 'expected a number from 0 to 1' }).check(
      z.refine((n) => n >= 0 && n <= 1, {
        error: (issue) => `${String(issue.input)} is not a rate from 0 to 1 (write 0.5 for 50 %)`,
      }),
    ),
  ),
  opens: z.optional(IsoDate),
  deadline: z.optional(IsoDate),
  rolling: z.optional(Bool),
  lastVerified: z.optional(IsoDate),
});
export type Funding = z.infer<typeof Funding>;

export const Organisation = z.object({
  id: Id,
  name: Text,
  type: oneOf(ORGANISATION_TYPES),
  country: Country,
  servesMarkets: list(Country),
  city: z.optional(PlainString),
  website: z.optional(Url),
  email: z.optional(Email),
  description: z.optional(Text),
  services: list(Tag),
  lastVerified: z.optional(IsoDate),
});
export type Organisation = z.infer<typeof Organisation>;

const Weight = z.optional(NonNegativeNumber);

export const QuizDimension = z.object({
  id: Id,
  title: Text,
  description: z.optional(Text),
  weight: Weight,
});

export const QuizOption = z.object({
  id: Id,
  label: Text,
  score: FiniteNumber,
});

export const QuizQuestion = z.object({
  id: Id,
  dimension: Id,
  text: Text,
  help: z.optional(Text),
  type: oneOf(QUESTION_TYPES),
  options: z.optional(z.array(QuizOption)),
  weight: Weight,
  required: z.optional(Bool),
  showIf: z.optional(z.object({ question: Id, anyOf: nonEmpty(Id, 'list at least one answer') })),
});

const Percent = z
  .custom<number>(isNumber, { error: 'expected a percentage' })
  .check(z.refine((n) => n >= 0 && n <= 100, { error: 'expected a percentage from 0 to 100' }));

export const QuizBand = z.object({
  min: Percent,
  label: Text,
  summary: z.optional(Text),
});

export const QuizRecommendation = z.object({
  dimension: Id,
  below: Percent,
  text: Text,
  link: z.optional(z.object({ href: Url, label: Text })),
  /** The id of an element on the same page (a cg-funding-list, say) that the recommendation leads to. */
  widget: z.optional(Id),
});

const atLeastOne = <T extends z.core.SomeType>(item: T, what: string) => nonEmpty(item, `needs at least one ${what}`);

export const Quiz = z.object({
  id: Id,
  version: Integer,
  title: Text,
  intro: z.optional(Text),
  dimensions: atLeastOne(QuizDimension, 'dimension'),
  questions: atLeastOne(QuizQuestion, 'question'),
  bands: atLeastOne(QuizBand, 'band'),
  recommendations: z.optional(z.array(QuizRecommendation)),
});
export type Quiz = z.infer<typeof Quiz>;
export type QuizQuestion = z.infer<typeof QuizQuestion>;
export type QuizDimension = z.infer<typeof QuizDimension>;
export type QuizBand = z.infer<typeof QuizBand>;
export type QuizRecommendation = z.infer<typeof QuizRecommendation>;

/** The record schema of each section, by the section's name in the document. */
export const SECTIONS = {
  clusters: Cluster,
  funding: Funding,
  organisations: Organisation,
  quizzes: Quiz,
} as const;
export type SectionName = keyof typeof SECTIONS;
export type SectionRecord<S extends SectionName> = z.infer<(typeof SECTIONS)[S]>;

/** The newest data format version this build reads. */
export const FORMAT_VERSION = 1;

/** A parsed data document, as a script may pass it to a widget's `data` property. */
export interface GatewayDocument {
  $schema?: string;
  version: number;
  updated?: string;
  clusters?: unknown[];
  funding?: unknown[];
  organisations?: unknown[];
  quizzes?: unknown[];
}
