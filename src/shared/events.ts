/** The widgets' events: every one a bubbling, composed `CustomEvent` named `cg-…`. */
import type { Problem } from '../data/validate.js';

export interface GatewayEvents {
  'cg-data-load': { src: string; counts: Record<string, number> };
  'cg-data-error': { src: string; message: string; issues: Problem[]; kind: string };
  'cg-data-warning': { src: string; skipped: Problem[]; dropped: Problem[]; total: number };
  'cg-quiz-answer': { quizId: string; questionId: string; answer: string | string[] | undefined };
  'cg-quiz-complete': {
    quizId: string;
    version: number;
    overall: number;
    band: string;
    dimensions: Record<string, number>;
    targetMarkets: string[];
  };
  'cg-filter-change': { filters: Record<string, unknown>; resultCount: number };
  'cg-select': { kind: string; id: string; [key: string]: unknown };
}

export type GatewayEventName = keyof GatewayEvents;

/** Fires `name` on `target`, bubbling and composed, so that a page can listen on `document`. */
export const emit = <K extends GatewayEventName>(target: EventTarget, name: K, detail: GatewayEvents[K]): boolean =>
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

declare global {
  interface HTMLElementEventMap {
    'cg-data-load': CustomEvent<GatewayEvents['cg-data-load']>;
    'cg-data-error': CustomEvent<GatewayEvents['cg-data-error']>;
    'cg-data-warning': CustomEvent<GatewayEvents['cg-data-warning']>;
    'cg-quiz-answer': CustomEvent<GatewayEvents['cg-quiz-answer']>;
    'cg-quiz-complete': CustomEvent<GatewayEvents['cg-quiz-complete']>;
    'cg-filter-change': CustomEvent<GatewayEvents['cg-filter-change']>;
    'cg-select': CustomEvent<GatewayEvents['cg-select']>;
  }
  interface DocumentEventMap {
    'cg-quiz-complete': CustomEvent<GatewayEvents['cg-quiz-complete']>;
    'cg-select': CustomEvent<GatewayEvents['cg-select']>;
  }
}
