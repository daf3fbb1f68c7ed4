import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { squash, warnings } from '../helpers/dom.js';
import { TaskStatus } from '@lit/task';
import { release, requests, waitUntil } from '../helpers/wait.js';
import '../helpers/data-widget.js';
import type { TestDataWidget } from '../helpers/data-widget.js';

const text = (el: Element) => squash(el.shadowRoot!.textContent);
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('.records li')].map((li) => li.textContent!.trim());
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
const key = () => Math.random().toString(36).slice(2);
const count = async (k: string) => ((await (await fetch(`/faults/count/${k}`)).json()) as { count: number }).count;

async function settled(el: TestDataWidget) {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('progress'), 'the widget stops loading');
  await el.updateComplete;
}

describe('the shared data controller in a real element', () => {
  it('is accessible while loading, loaded, and in error', async () => {
    const k = key();
    const loading = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/held/${k}/valid.json`}></test-data-widget>`);
    expect(loading.shadowRoot!.querySelector('progress'), 'a progress bar while loading').to.exist;
    await expect(loading).to.be.accessible();
    await release(k);
    await settled(loading);
    await expect(loading).to.be.accessible();
    const failing = await fixture<TestDataWidget>(html`<test-data-widget src="/faults/status/404"></test-data-widget>`);
    await settled(failing);
    await expect(failing).to.be.accessible();
  });

  it('loads a valid document, shows its records and fires cg-data-load with counts', async () => {
    const el = document.createElement('test-data-widget');
    el.src = '/test/fixtures/valid.json';
    const loaded = oneEvent(el, 'cg-data-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({ src: '/test/fixtures/valid.json', counts: { clusters: 3 } });
    expect(event.bubbles && event.composed, 'bubbles and is composed').to.equal(true);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Øresund Food Cluster', 'Mobility Cluster München', 'Lisbon Maritime Hub']);
    el.remove();
  });

  it('tells the widget where loading stands through status and value', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/held/${k}/valid.json`}></test-data-widget>`);
    expect(el.loader.status, 'pending while the download is held').to.equal(TaskStatus.PENDING);
    expect(el.loader.value, 'no value before it loads').to.equal(undefined);
    await release(k);
    await settled(el);
    expect(el.loader.status, 'complete once loaded').to.equal(TaskStatus.COMPLETE);
    expect(
      el.loader.value?.records.map((record) => record.id),
      'the loaded section',
    ).to.deep.equal(['oresund-food', 'bavaria-mobility', 'lisbon-maritime']);
    const failing = await fixture<TestDataWidget>(html`<test-data-widget src="/faults/status/404"></test-data-widget>`);
    await settled(failing);
    expect(failing.loader.status, 'error for a 404').to.equal(TaskStatus.ERROR);
    expect(failing.loader.value, 'no value after an error').to.equal(undefined);
  });

  it('shows Text in its lang, else the page language', async () => {
    document.documentElement.lang = 'da';
    try {
      const el = await fixture<TestDataWidget>(html`<test-data-widget src="/test/fixtures/valid.json"></test-data-widget>`);
      await settled(el);
      expect(items(el)[0], '<html lang="da"> shows Danish').to.equal('Øresund Fødevareklynge');
      el.lang = 'en';
      await el.updateComplete;
      expect(items(el)[0], 'lang="en" on the element wins').to.equal('Øresund Food Cluster');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('keeps valid records and shows a plain-text notice with the count and first paths, once in the console and in cg-data-warning', async () => {
    const [[el, event], seen] = await warnings(async () => {
      const el = document.createElement('test-data-widget');
      el.src = '/test/fixtures/partial.json';
      const warned = oneEvent(el, 'cg-data-warning');
      document.body.append(el);
      const event = await warned;
      await el.updateComplete;
      return [el, event] as const;
    });
    expect(event.detail.skipped.map((p: { path: string }) => p.path)).to.deep.equal([
      'clusters[1].country',
      'clusters[3].id',
      'clusters[4].id',
      'clusters[5]',
      'clusters[6].name',
    ]);
    expect(event.detail.dropped).to.have.length(4);
    expect(items(el).slice(0, 3), 'the valid records are shown').to.deep.equal(['Good Cluster', 'Bad Website', 'Second']);
    const notice = el.shadowRoot!.querySelector('.notice')!;
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('5 of 8 records were skipped; 4 fields were dropped');
    expect(notice.textContent).to.contain('clusters[1].country: "ZZ" is not a country code');
    expect(notice.querySelector('*:not(p, ul, li, code)'), 'the notice is plain text').to.equal(null);
    expect(
      seen.filter((w) => w.includes('partial.json')),
      'one console warning',
    ).to.have.length(1);
    el.remove();
  });

  it('downloads once for every widget that names the same src', async () => {
    const k = key();
    const src = `/faults/counted/${k}/valid.json`;
    const first = document.createElement('test-data-widget');
    const second = document.createElement('test-data-widget');
    first.src = src;
    second.src = src;
    const loads = [oneEvent(first, 'cg-data-load'), oneEvent(second, 'cg-data-load')];
    document.body.append(first, second);
    await Promise.all(loads);
    expect(await count(k), 'one request for two widgets').to.equal(1);
    const third = await fixture<TestDataWidget>(html`<test-data-widget src=${src}></test-data-widget>`);
    await settled(third);
    expect(items(third), 'a later widget reads the cached document').to.have.length(3);
    expect(await count(k), 'still one request').to.equal(1);
    first.remove();
    second.remove();
  });

  it('aborts the download when the element leaves the page, and loads again when it comes back', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/held/${k}/valid.json`}></test-data-widget>`);
    const parent = el.parentElement!;
    await waitUntil(async () => (await requests(k)).count === 1, 'the first request reaches the server');
    el.remove();
    await waitUntil(async () => (await requests(k)).closed === 1, 'the server sees the first request hang up');
    await release(k);
    parent.append(el);
    await settled(el);
    expect(items(el), 'reconnected, it loads').to.have.length(3);
    expect((await requests(k)).count, 'the aborted download is not reused: a second request').to.equal(2);
  });

  it('aborts the request on disconnect (the server sees the connection close)', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(
      html`<test-data-widget src=${`/faults/held/${k}/valid.json`} timeout="60000"></test-data-widget>`,
    );
    await waitUntil(async () => (await requests(k)).count === 1, 'the request reaches the server');
    let failed = false;
    el.addEventListener('cg-data-error', () => (failed = true));
    el.remove();
    await waitUntil(async () => (await requests(k)).closed === 1, 'the server sees the connection close');
    expect(failed, 'leaving the page is not an error').to.equal(false);
  });

  const fatalCases: [string, string, RegExp][] = [
    ['/faults/status/404', 'http', /answered 404 Not Found for \/faults\/status\/404/],
    ['/test/fixtures/broken.json', 'not-json', /broken\.json is not valid JSON/],
    ['/test/fixtures/array.json', 'not-object', /must hold a JSON object/],
    ['/test/fixtures/no-version.json', 'no-version', /has no "version"; this widget reads version 1/],
    ['/test/fixtures/version2.json', 'unsupported-version', /uses data format version 2; this widget reads version 1/],
    ['/test/fixtures/no-clusters.json', 'missing-section', /has no "clusters" section/],
    ['/test/fixtures/clusters-object.json', 'not-a-list', /"clusters" must be a list/],
  ];
  for (const [src, kind, message] of fatalCases) {
    it(`shows a role="alert" panel naming the src for ${kind}, and fires cg-data-error`, async () => {
      const el = document.createElement('test-data-widget');
      el.src = src;
      const failed = oneEvent(el, 'cg-data-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.src).to.equal(src);
      expect(event.detail.message).to.match(message);
      await el.updateComplete;
      const panel = alert(el)!;
      expect(panel, 'an alert').to.exist;
      expect(panel.textContent).to.match(message);
      expect(panel.querySelector('button')!.textContent!.trim()).to.equal('Retry');
      el.remove();
    });
  }

  it('names CORS and network failure as likely causes when the server cannot be reached', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget src="http://127.0.0.1:9/gateway.json"></test-data-widget>`);
    await settled(el);
    expect(alert(el)!.textContent).to.match(/Could not reach http:\/\/127\.0\.0\.1:9\/gateway\.json\. Likely causes: .*network.*CORS/);
  });

  it('retries 5xx twice by itself, then shows the error; Retry recovers once the server does', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/flaky/${k}/3/valid.json`}></test-data-widget>`);
    await settled(el);
    expect(await count(k), 'three attempts: the first and two retries').to.equal(3);
    expect(alert(el)!.textContent).to.contain('answered 500');
    alert(el)!.querySelector('button')!.click();
    await el.updateComplete;
    await settled(el);
    expect(alert(el), 'no alert after Retry').to.equal(null);
    expect(items(el)).to.have.length(3);
  });

  it('recovers without an error when a 5xx is followed by success', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/flaky/${k}/1/valid.json`}></test-data-widget>`);
    await settled(el);
    expect(alert(el)).to.equal(null);
    expect(items(el)).to.have.length(3);
    expect(await count(k)).to.equal(2);
  });

  it('does not retry a 404', async () => {
    const k = key();
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/status/404?k=${k}`}></test-data-widget>`);
    await settled(el);
    expect(await count(k), 'one request').to.equal(1);
  });

  it('gives up after the timeout and says so', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget src="/faults/stall?t" timeout="600"></test-data-widget>`);
    await settled(el);
    expect(alert(el)!.textContent).to.contain('did not arrive within 0.6 seconds');
  });

  describe('widgets sharing one src keep their own timeout', () => {
    const widget = (src: string, timeout: number) => {
      const el = document.createElement('test-data-widget');
      el.src = src;
      el.timeout = timeout;
      document.body.append(el);
      return el;
    };
    afterEach(() => document.querySelectorAll('test-data-widget').forEach((el) => el.remove()));

    it('a short timeout first: it gives up, the patient widget behind it still gets the data from the one download', async () => {
      const k = key();
      // Half the file, the rest held back until the short widget has given up: however fast the machine is.
      const src = `/faults/held/${k}/valid.json`;
      const short = widget(src, 300);
      const patient = widget(src, 120_000);
      await settled(short);
      expect(alert(short)?.textContent, 'the short one says it gave up').to.contain('did not arrive within 0.3 seconds');
      await release(k);
      await settled(patient);
      expect(alert(patient)?.textContent ?? '', 'the patient one has no error').to.equal('');
      expect(items(patient), 'and shows the records').to.have.length(3);
      expect(await count(k), 'one download for both').to.equal(1);
    });

    it('a long timeout first: the widget with a short one behind it still gives up after its own', async () => {
      const k = key();
      const src = `/faults/stall?k=${k}`;
      const patient = widget(src, 60_000);
      await patient.updateComplete;
      const short = widget(src, 300);
      const start = performance.now();
      await settled(short);
      expect(alert(short)?.textContent, 'the short one gave up').to.contain('did not arrive within 0.3 seconds');
      expect(performance.now() - start, 'after its own timeout, not the one of the first widget').to.be.below(5000);
      expect(patient.shadowRoot!.querySelector('progress'), 'the patient one is still waiting').to.exist;
      expect(await count(k), 'one request').to.equal(1);
    });

    it('one widget leaving the page does not stop the download for the others', async () => {
      const k = key();
      const src = `/faults/held/${k}/valid.json`;
      const leaving = widget(src, 120_000);
      const staying = widget(src, 120_000);
      await waitUntil(async () => (await count(k)) === 1, 'the download has started');
      leaving.remove();
      await release(k);
      await settled(staying);
      expect(items(staying), 'the staying widget shows the records').to.have.length(3);
      expect(await count(k), 'from the one download').to.equal(1);
    });
  });

  it('fails a connection dropped mid-body with a clear message, and does not hang', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget src="/faults/reset/valid.json"></test-data-widget>`);
    await settled(el);
    expect(alert(el), 'an alert').to.exist;
    expect(alert(el)!.textContent).to.match(/Could not reach|not valid JSON/);
  });

  it('shows a determinate progress bar when the size is known', async () => {
    const k = key();
    // Half the file, the rest held back until the test has looked: loading however fast or slow the machine.
    const el = await fixture<TestDataWidget>(html`<test-data-widget src=${`/faults/held/${k}/partial.json`}></test-data-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('progress')?.hasAttribute('max'), 'a max once the headers arrive');
    const progress = el.shadowRoot!.querySelector('progress')!;
    expect(progress.max).to.be.greaterThan(1000);
    expect(el.shadowRoot!.querySelector('#loading-label')!.textContent).to.equal('Loading data…');
    await release(k);
    await settled(el);
    expect(el.shadowRoot!.querySelector('progress'), 'no progress bar once loaded').to.equal(null);
  });

  it('takes a parsed document through the data property instead of src', async () => {
    const doc = await (await fetch('/test/fixtures/valid.json')).json();
    const el = document.createElement('test-data-widget');
    el.data = doc;
    const loaded = oneEvent(el, 'cg-data-load');
    document.body.append(el);
    expect((await loaded).detail.counts).to.deep.equal({ clusters: 3 });
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
    el.data = { version: 1, clusters: [{ id: 'x', name: 'Only one', country: 'SE' }] };
    await waitUntil(() => items(el).length === 1, 'a new document replaces the old');
    el.remove();
  });

  it('without src or data, tells the webmaster what to add', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget></test-data-widget>`);
    await settled(el);
    expect(alert(el)!.textContent).to.contain('give this widget a src attribute');
  });

  it('explains problems in the interface language', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget lang="de" src="/test/fixtures/version2.json"></test-data-widget>`);
    await settled(el);
    expect(text(el)).to.contain('verwendet das Datenformat Version 2');
    expect(alert(el)!.querySelector('button')!.textContent!.trim()).to.equal('Erneut versuchen');
  });
});
