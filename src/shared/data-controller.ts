/**
 * The one way a widget gets its data: loads `src` (or reads the `data` property), validates the section
 * the widget needs, caches by URL, aborts when the element leaves the page, and reports what happened
 * with `cg-data-load`, `cg-data-warning` and `cg-data-error`. `render()` maps the three states to views.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DataError } from '../data/errors.js';
import { forget, loadJson, type Progress } from '../data/load.js';
import { readSection } from '../data/document.js';
import type { SectionName, SectionRecord } from '../data/schema.js';
import type { GatewayDocument } from '../data/schema.js';
import type { SectionResult } from '../data/validate.js';
import { emit } from './events.js';
import { errorMessage } from './error-message.js';
import { sharedStrings } from './strings.js';

/** What a widget offers the controller. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  data?: GatewayDocument | undefined;
  timeout: number;
}

export interface DataViews<S extends SectionName> {
  pending: (progress: Progress | undefined) => unknown;
  error: (error: DataError) => unknown;
  complete: (result: SectionResult<SectionRecord<S>>) => unknown;
}

/** The absolute URL a `src` names on this page ('' when it names none, such as `http://[`). */
const absoluteUrl = (src: string): string => URL.parse(src, document.baseURI)?.href ?? '';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export class DataController<S extends SectionName> implements ReactiveController {
  /** Download progress while pending. */
  progress: Progress | undefined;
  private attempt = 0;
  private abortedByDisconnect = false;
  private readonly task: Task<readonly [string, GatewayDocument | undefined, number], SectionResult<SectionRecord<S>>>;

  /**
   * `prepare` runs on the valid records before the widget shows them and `cg-data-load` fires: work such
   * as a search index, done in slices there rather than in one long task at the first render.
   */
  constructor(
    private readonly host: DataHost,
    readonly section: S,
    prepare?: (records: SectionRecord<S>[], signal: AbortSignal) => Promise<unknown>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.data, this.attempt] as const,
      task: async ([src, data], { signal }) => {
        this.progress = undefined;
        let doc: unknown = data;
        if (doc === undefined || doc === null) {
          if (!src) throw new DataError('no-source', '');
          doc = await loadJson(absoluteUrl(src), src, {
            signal,
            // This widget's own (normalised by the element): widgets sharing the download each give up after theirs.
            timeout: host.timeout,
            onProgress: (progress) => {
              this.progress = progress;
              host.requestUpdate();
            },
          });
        }
        const result = await readSection(doc, section, src);
        await prepare?.(result.records, signal);
        return result;
      },
      onComplete: (result) => this.reportLoad(result),
      onError: (error) => this.reportError(error),
    });
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort(new DOMException('The element left the page', 'AbortError'));
    }
  }

  /** Where loading stands: `TaskStatus.INITIAL`, `PENDING`, `COMPLETE` or `ERROR` (from @lit/task). */
  get status(): TaskStatus {
    return this.task.status;
  }

  /** The section as loaded (records, skipped records, dropped fields), or undefined before it is. */
  get value(): SectionResult<SectionRecord<S>> | undefined {
    return this.task.value;
  }

  /** The section's records once loaded (an empty list before). */
  get records(): SectionRecord<S>[] {
    return this.value?.records ?? [];
  }

  /** Loads again from the server (a failed download is never cached). */
  retry(): void {
    if (this.host.src) forget(absoluteUrl(this.host.src));
    this.attempt += 1;
    this.host.requestUpdate();
  }

  render(views: DataViews<S>): unknown {
    switch (this.status) {
      case TaskStatus.COMPLETE:
        return views.complete(this.value!);
      case TaskStatus.ERROR: {
        const error = this.task.error;
        if (isAbort(error)) return views.pending(this.progress);
        return views.error(error instanceof DataError ? error : unexpected(this.host.src, error));
      }
      default:
        return views.pending(this.progress);
    }
  }

  private reportLoad(result: SectionResult<SectionRecord<S>>): void {
    const src = this.host.src;
    emit(this.host, 'cg-data-load', { src, counts: { [this.section]: result.records.length } });
    if (result.skipped.length || result.dropped.length) {
      emit(this.host, 'cg-data-warning', { src, skipped: result.skipped, dropped: result.dropped, total: result.total });
    }
  }

  /**
   * Reports a problem the widget found in data that loaded (a `quiz` attribute naming no quiz, say): the
   * same `cg-data-error` event and console line as a loading failure.
   */
  report(error: DataError): void {
    this.reportError(error);
  }

  private reportError(error: unknown): void {
    if (isAbort(error)) return;
    const dataError = error instanceof DataError ? error : unexpected(this.host.src, error);
    // The event carries the same plain-words message the panel shows, in English, for the page's logs.
    const message = errorMessage(sharedStrings.en, dataError, 'en');
    console.warn(`Cluster Gateway: ${message}`);
    emit(this.host, 'cg-data-error', { src: dataError.src, message, issues: dataError.issues, kind: dataError.kind });
  }
}

function unexpected(src: string, error: unknown): DataError {
  console.error('Cluster Gateway:', error);
  return new DataError('unexpected', src, { cause: String(error) });
}

export type { TemplateResult };
