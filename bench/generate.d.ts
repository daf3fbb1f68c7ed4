import type { GatewayDocument } from '../src/data/schema.js';

/** A seeded PRNG returning numbers in [0, 1). */
export function random(seed: number): () => number;
/** `n` realistic clusters from `seed`. */
export function generateClusters(n: number, seed?: number): NonNullable<GatewayDocument['clusters']>;
/** A data document (format v1) with `n` generated clusters. */
export function generateDocument(n: number, seed?: number): GatewayDocument;
