/** Fatal data problems: the widget cannot show anything from this source, and says why. */
import type { Problem } from './validate.js';

export type DataErrorKind =
  | 'no-source'
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-json'
  | 'not-object'
  | 'no-version'
  | 'unsupported-version'
  | 'missing-section'
  | 'not-a-list'
  | 'no-valid-record'
  | 'not-found'
  | 'unexpected';

export interface DataErrorDetails {
  status?: number;
  statusText?: string;
  /** Seconds, for a timeout. */
  seconds?: number;
  version?: unknown;
  section?: string;
  /** What the parser or the browser said, for the console and the event. */
  cause?: string;
  /** For `not-found`: what was asked, and what exists. */
  wanted?: string;
  available?: string[];
}

/**
 * A problem that stops a widget from showing data. `kind` and `details` are what the interface explains in
 * the visitor's language (src/shared/strings.ts); `message` is a short technical line for the console.
 */
export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    readonly src: string,
    readonly details: DataErrorDetails = {},
    readonly issues: Problem[] = [],
  ) {
    super(
      `${kind}${details.section ? ` (${details.section})` : ''}: ${src || 'data property'}${details.cause ? `: ${details.cause}` : ''}`,
    );
  }
}
