/**
 * Downloading data files: one download per URL for every widget on the page, a timeout per widget, up to
 * two retries with backoff on network errors and 5xx answers, the body streamed with progress, and an
 * abort when the last widget waiting for it leaves the page or gives up.
 */
import { DataError } from './errors.js';
import { parseJson } from './parse.js';

/** Bytes received so far, and the total when the server gave a Content-Length. */
export interface Progress {
  loaded: number;
  total?: number;
}

export interface LoadOptions {
  /** Aborts this caller's wait; the download itself stops when no caller waits any more. */
  signal?: AbortSignal;
  /** Milliseconds per attempt before this caller gives up (others sharing the download keep their own); default 10 000. */
  timeout?: number;
  onProgress?: (progress: Progress) => void;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  progress: Progress;
  listeners: Set<(progress: Progress) => void>;
  /** Called as each attempt starts: every caller's timeout counts per attempt. */
  attempts: Set<() => void>;
}

const cache = new Map<string, Entry>();

/** Waits between attempts, in milliseconds: after the first failure, after the second. */
export const RETRY_DELAYS = [400, 1200];

/** The longest a browser timer can wait (about 24.8 days); a longer timeout would fire at once. */
export const MAX_TIMEOUT = 2 ** 31 - 1;

/** Forgets the download of `url` (failed or not), so that the next load asks the server again. */
export const forget = (url: string): void => {
  cache.delete(url);
};

/**
 * The parsed JSON at `url`, an absolute URL ('' when the page's `src` names none): the caller resolves `src`
 * against the page, and `src` as written names the file in messages. Every caller with the same URL shares one
 * download; a failed download is forgotten, so a retry asks the server again.
 */
export function loadJson(url: string, src: string, options: LoadOptions = {}): Promise<unknown> {
  if (!url) return Promise.reject(new DataError('network', src, { cause: 'not a URL' }));
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      waiting: 0,
      settled: false,
      progress: { loaded: 0 },
      listeners: new Set(),
      attempts: new Set(),
      promise: Promise.resolve(),
    };
    const report = {
      attempt: () => created.attempts.forEach((arm) => arm()),
      progress: (progress: Progress) => {
        created.progress = progress;
        for (const listener of created.listeners) listener(progress);
      },
    };
    created.promise = download(url, src, controller.signal, report).then(
      (value) => {
        created.settled = true;
        return value;
      },
      (error: unknown) => {
        created.settled = true;
        if (cache.get(url) === created) cache.delete(url);
        throw error;
      },
    );
    // Nobody may be left waiting when it fails; keep the rejection from being reported as unhandled.
    created.promise.catch(() => undefined);
    cache.set(url, created);
    entry = created;
  }
  return join(entry, url, src, options);
}

/**
 * One caller's wait on a shared download, with its own timeout (restarted as each attempt starts) and its
 * own abort signal. The download stops only when no caller waits any more.
 */
function join(entry: Entry, url: string, src: string, { signal, onProgress, timeout = 10_000 }: LoadOptions): Promise<unknown> {
  if (entry.settled) return entry.promise;
  signal?.throwIfAborted();
  entry.waiting += 1;
  if (onProgress) {
    entry.listeners.add(onProgress);
    onProgress(entry.progress);
  }
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = true;
    // Once only: on the answer, on this caller's timeout or on its abort, whichever comes first.
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      entry.waiting -= 1;
      clearTimeout(timer);
      entry.attempts.delete(arm);
      if (onProgress) entry.listeners.delete(onProgress);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const quit = (reason: unknown) => {
      if (!leave()) return;
      if (entry.waiting === 0 && !entry.settled) {
        entry.controller.abort(reason);
        if (cache.get(url) === entry) cache.delete(url);
      }
      reject(reason);
    };
    const onAbort = () => quit(signal!.reason);
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => quit(new DataError('timeout', src, { seconds: Math.round(timeout / 100) / 10 })),
        Math.min(timeout, MAX_TIMEOUT),
      );
    };
    arm();
    entry.attempts.add(arm);
    signal?.addEventListener('abort', onAbort);
    void entry.promise.then(resolve, reject).finally(leave);
  });
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** The download itself: no timeout of its own (each caller has one), stopped by `signal` when nobody waits. */
async function download(
  url: string,
  src: string,
  signal: AbortSignal,
  report: { attempt: () => void; progress: (progress: Progress) => void },
): Promise<unknown> {
  const onProgress = report.progress;
  for (let attempt = 0; ; attempt++) {
    const retryable = attempt < RETRY_DELAYS.length;
    let response: Response;
    report.attempt();
    try {
      response = await fetch(url, { signal, credentials: 'same-origin' });
      if (response.status >= 500 && retryable) {
        await sleep(RETRY_DELAYS[attempt]!, signal);
        continue;
      }
      if (!response.ok) {
        throw new DataError('http', src, { status: response.status, statusText: response.statusText || httpText(response.status) });
      }
      const text = await readBody(response, onProgress);
      return await parse(text, src, signal);
    } catch (error) {
      if (error instanceof DataError) throw error;
      if (signal.aborted) throw signal.reason;
      // fetch rejects with a TypeError for network failures and CORS refusals alike.
      if (retryable) {
        await sleep(RETRY_DELAYS[attempt]!, signal);
        continue;
      }
      throw new DataError('network', src, { cause: error instanceof Error ? error.message : String(error) });
    }
  }
}

const httpText = (status: number): string =>
  ({
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    410: 'Gone',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  })[status] ?? '';

async function readBody(response: Response, onProgress: (progress: Progress) => void): Promise<string> {
  const length = Number(response.headers.get('content-length'));
  // A compressed response's Content-Length counts compressed bytes: no total then.
  const total = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Decoded as the bytes arrive, so that the work is spread over the download.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let reported = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    loaded += value.byteLength;
    // Tell the widgets at most ten times a second: each report re-renders the loading bar.
    if (performance.now() - reported > 100) {
      reported = performance.now();
      onProgress({ loaded, total: total !== undefined && total >= loaded ? total : undefined });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function parse(text: string, src: string, signal: AbortSignal): Promise<unknown> {
  try {
    // The decoder has already dropped a UTF-8 byte-order mark (a file saved by Windows Notepad, say).
    return await parseJson(text, signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new DataError('not-json', src, { cause: error instanceof Error ? error.message : String(error) });
  }
}
