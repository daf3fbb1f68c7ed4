import type { GatewayDocument } from '../../src/data/schema.js';

/** A seeded PRNG returning numbers in [0, 1). */
export function random(seed: number): () => number;
/** `n` realistic clusters from `seed`. */
export function generateClusters(n: number, seed?: number): NonNullable<GatewayDocument['clusters']>;
/** A data document (format v1) with `n` generated clusters. */
export function generateDocument(n: number, seed?: number): GatewayDocument;
/** The funding kinds of data format v1. */
export const FUNDING_KINDS: readonly string[];
/** The day generated funding calls are spread around (YYYY-MM-DD); pin a funding list's clock to it. */
export const FUNDING_EPOCH: string;
/** `n` realistic funding items from `seed`. */
export function generateFunding(n: number, seed?: number): NonNullable<GatewayDocument['funding']>;
/** A data document (format v1) with `n` generated funding items only. */
export function generateFundingDocument(n: number, seed?: number): GatewayDocument;
