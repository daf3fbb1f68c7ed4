/** The views every widget shares: loading, the data-error panel, and the notice of skipped records. */
import { html, nothing } from 'lit';
import type { DataError } from '../data/errors.js';
import type { Progress } from '../data/load.js';
import type { SectionResult } from '../data/validate.js';
import { isStale, toDisplayDate } from '../data/dates.js';
import { errorMessage } from './error-message.js';
import { fill, formatDate, formatNumber, plural, type Lang } from './i18n.js';
import type { SharedStrings } from './strings.js';
import { bdi, iso } from './bidi.js';

/** A `progress` element: determinate when the size is known. */
export const renderLoading = (t: SharedStrings, progress: Progress | undefined, lang: Lang) => {
  const known = progress?.total !== undefined && progress.total > 0;
  return html`<div class="loading" part="loading">
    <span id="loading-label">${t.loading}</span>
    <progress
      aria-labelledby="loading-label"
      max=${known ? progress.total! : nothing}
      value=${known ? progress.loaded : nothing}
      aria-valuetext=${known ? formatNumber(lang, progress.loaded / progress.total!, { style: 'percent' }) : nothing}
    ></progress>
  </div>`;
};

/** The `role="alert"` panel with Retry. */
export const renderError = (t: SharedStrings, error: DataError, lang: Lang, retry: () => void) =>
  html`<div class="error" part="error" role="alert">
    <h2>${t.errorTitle}</h2>
    <p>${bdi(errorMessage(t, error, lang, iso))}</p>
    ${
      error.issues.length
        ? html`<ul>
            ${error.issues.slice(0, 5).map((issue) => html`<li><code dir="auto">${issue.path}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing
    }
    <button type="button" @click=${retry}>${t.retry}</button>
  </div>`;

/** The plain-text notice of records skipped and fields dropped, with the first few paths. */
export const renderNotice = (t: SharedStrings, result: SectionResult<unknown>, lang: Lang) => {
  if (!result.skipped.length && !result.dropped.length) return nothing;
  const parts: string[] = [];
  if (result.skipped.length) {
    parts.push(plural(lang, result.skipped.length, t.skipped).replace('{total}', formatNumber(lang, result.total)));
  }
  if (result.dropped.length) parts.push(plural(lang, result.dropped.length, t.dropped));
  const problems = [...result.skipped, ...result.dropped];
  return html`<div class="notice" part="notice">
    <p>${parts.join('; ')}:</p>
    <ul>
      ${problems.slice(0, 3).map((p) => html`<li><code dir="auto">${p.path}</code>: ${p.message}</li>`)}
      ${problems.length > 3 ? html`<li>${plural(lang, problems.length - 3, t.more)}</li>` : nothing}
    </ul>
  </div>`;
};

/** The "Not verified since …" badge for a record last checked more than 18 months ago, else nothing. */
export const renderStale = (t: SharedStrings, lastVerified: string | undefined, lang: Lang, now?: Date) =>
  isStale(lastVerified, now)
    ? html`<span class="badge stale">${fill(t.notVerifiedSince, { date: formatDate(lang, toDisplayDate(lastVerified!)) })}</span>`
    : nothing;
