/**
 * The page's own values: a language tag, attributes and query-string parameters that a site (or a visitor
 * crafting a link) can set. Each is normalised or ignored with exactly one console warning, and the widget
 * still shows its data.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { squash, warnings } from '../helpers/dom.js';
import '../../src/index.js';
import type { GatewayElement } from '../../src/shared/gateway-element.js';

const NOW = new Date(2026, 10, 29, 10).getTime();

/** Each widget with a fixture, and an interface word its loaded view shows in English and in Danish. */
const WIDGETS = {
  'cg-readiness-quiz': { src: '/test/fixtures/valid.json', en: 'Start', da: 'Start' },
  'cg-partner-finder': { src: '/test/fixtures/finder-basic.json', en: 'Search', da: 'Søg' },
  'cg-funding-list': { src: '/test/fixtures/funding-list.json', en: 'Search', da: 'Søg' },
  'cg-door-openers': { src: '/test/fixtures/doors-basic.json', en: 'Market', da: 'Marked' },
  'cg-insights': { src: '/test/fixtures/insights-basic.json', en: 'Clusters', da: 'Klynger' },
} as const;
type Tag = keyof typeof WIDGETS;
const TAGS = Object.keys(WIDGETS) as Tag[];

const text = (el: Element) => squash(el.shadowRoot?.textContent);
const loading = (el: Element) => !!el.shadowRoot?.querySelector('progress, [part="loading"]');
const failed = (el: Element) => !!el.shadowRoot?.querySelector('[part="error"]');

/** Warnings that mention `needle`. */
const about = (seen: string[], needle: string) => seen.filter((line) => line.includes(needle));

/** Renders again a few times (as a page that changes other attributes would): no warning may repeat. */
async function rerender(el: GatewayElement) {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

/** Puts a widget on the page with `attrs` set as attributes before (or after) it connects; waits for its data. */
async function place(tag: Tag, attrs: Record<string, string>, { after = false, src = WIDGETS[tag].src as string } = {}) {
  const el = document.createElement(tag) as GatewayElement & { now?: () => number };
  if (tag === 'cg-funding-list') el.now = () => NOW;
  el.setAttribute('src', src);
  const set = () => Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  if (!after) set();
  document.body.append(el);
  if (after) {
    await el.updateComplete;
    set();
  }
  await waitUntil(() => !loading(el) && el.shadowRoot?.textContent, `${tag} stops loading`, { timeout: 8000 });
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const tag of TAGS) document.querySelectorAll(tag).forEach((el) => el.remove());
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

describe("page values: the widget's own lang", () => {
  const cases: [string, 'en' | 'da', boolean][] = [
    // value, interface language, warned
    ['en_US', 'en', true],
    [' da ', 'da', true],
    ['da_DK', 'da', true],
    ['x', 'en', true],
    ['123', 'en', true],
    ['en-', 'en', true],
    ['i-klingon', 'en', true],
    ['da-DK-u-nu-invalid', 'da', false],
    ['DA-dk', 'da', false],
    ['ja', 'en', false],
  ];
  for (const tag of TAGS) {
    for (const after of [false, true]) {
      it(`${tag} with lang set ${after ? 'after' : 'before'} it connects: data shown, English or the meant language, one warning`, async () => {
        for (const [lang, ui, warned] of cases) {
          const [el, seen] = await warnings(async () => {
            const el = await place(tag, { lang }, { after });
            await rerender(el);
            return el;
          });
          expect(failed(el), `${tag} lang="${lang}": no error panel (${text(el).slice(0, 100)})`).to.equal(false);
          expect(loading(el), `${tag} lang="${lang}": not stuck loading`).to.equal(false);
          expect(text(el), `${tag} lang="${lang}": the interface in ${ui}`).to.contain(WIDGETS[tag][ui]);
          if (ui === 'en' && WIDGETS[tag].da !== WIDGETS[tag].en) expect(text(el)).not.to.contain(WIDGETS[tag].da);
          expect(
            about(seen, `lang "${lang}"`),
            `${tag} lang="${lang}": ${warned ? 'one warning' : 'no warning'} (${seen.join(' / ')})`,
          ).to.have.length(warned ? 1 : 0);
          el.remove();
        }
      });
    }
  }
});

describe("page values: the page's lang and dir", () => {
  // Each value once in this file: the page's lang is warned about once per page.
  it('<html lang> that is no language tag: every widget shows its data, one warning for the page', async () => {
    for (const [lang, ui] of [
      ['en_GB', 'en'],
      ['da_dk', 'da'],
      ['q', 'en'],
      ['4711', 'en'],
      [' de-', 'en'],
    ] as const) {
      const [els, seen] = await warnings(async () => {
        document.documentElement.setAttribute('lang', lang);
        const els = await Promise.all(TAGS.map((tag) => place(tag, {})));
        await Promise.all(els.map(rerender));
        return els;
      });
      for (const el of els) {
        const tag = el.localName as Tag;
        expect(failed(el) || loading(el), `${tag} under <html lang="${lang}"> shows data (${text(el).slice(0, 100)})`).to.equal(false);
        expect(text(el), `${tag} under <html lang="${lang}"> speaks ${ui}`).to.contain(WIDGETS[tag][ui]);
        el.remove();
      }
      expect(about(seen, `lang "${lang}"`), `one warning for <html lang="${lang}"> (${seen.join(' / ')})`).to.have.length(1);
    }
  });

  it("an ancestor's lang that is no language tag, set before or after: data shown in English, one warning", async () => {
    for (const [lang, after] of [
      ['fr_FR!', false],
      ['zz_', true],
    ] as const) {
      const holder = document.createElement('div');
      document.body.append(holder);
      if (!after) holder.setAttribute('lang', lang);
      const [els, seen] = await warnings(async () => {
        const els = TAGS.map((tag) => {
          const el = document.createElement(tag) as GatewayElement & { now?: () => number };
          if (tag === 'cg-funding-list') el.now = () => NOW;
          el.src = WIDGETS[tag].src;
          holder.append(el);
          return el;
        });
        if (after) holder.setAttribute('lang', lang);
        for (const el of els) {
          await waitUntil(() => !loading(el) && el.shadowRoot?.textContent, `${el.localName} stops loading`, { timeout: 8000 });
          await rerender(el);
        }
        return els;
      });
      for (const el of els) {
        expect(failed(el), `${el.localName} under lang="${lang}": no error (${text(el).slice(0, 100)})`).to.equal(false);
        expect(text(el), `${el.localName} under lang="${lang}": English`).to.contain(WIDGETS[el.localName as Tag].en);
      }
      expect(about(seen, `lang "${lang}"`), `one warning for lang="${lang}" (${seen.join(' / ')})`).to.have.length(1);
      holder.remove();
    }
  });

  it('any dir on the page: every widget shows its data', async () => {
    for (const dir of ['rtl', 'auto', 'sideways', '']) {
      document.documentElement.setAttribute('dir', dir);
      const els = await Promise.all(TAGS.map((tag) => place(tag, {})));
      for (const el of els) {
        expect(failed(el) || loading(el), `${el.localName} under dir="${dir}" shows data`).to.equal(false);
        el.remove();
      }
    }
  });
});

describe('page values: timeout', () => {
  const cases: [string, RegExp][] = [
    ['Infinity', /timeout "Infinity".*using 2147483647/],
    ['1e20', /timeout "100000000000000000000".*using 2147483647/],
    ['0.5', /timeout "0.5".*using 10000/],
    ['-1', /timeout "-1".*using 10000/],
    ['NaN', /timeout "NaN".*using 10000/],
    ['abc', /timeout "NaN".*using 10000/],
    ['', /timeout "0".*using 10000/],
    ['30', /timeout "30".*using 10000/],
    ['2500.7', /timeout "2500.7".*using 2501/],
  ];
  for (const tag of TAGS) {
    for (const after of [false, true]) {
      it(`${tag} with odd timeouts set ${after ? 'after' : 'before'} it connects: data shown, one warning each`, async () => {
        for (const [timeout, warning] of cases) {
          // A fresh URL each time, so that the download happens under this timeout.
          const src = `${WIDGETS[tag].src}?t=${encodeURIComponent(timeout)}-${after}`;
          const [el, seen] = await warnings(async () => {
            const el = await place(tag, { timeout }, { after, src });
            await rerender(el);
            return el;
          });
          expect(failed(el) || loading(el), `${tag} timeout="${timeout}" shows data (${text(el).slice(0, 100)})`).to.equal(false);
          expect(text(el), `${tag} timeout="${timeout}"`).to.contain(WIDGETS[tag].en);
          expect(
            seen.filter((line) => warning.test(line)),
            `${tag} timeout="${timeout}": one warning (${seen.join(' / ')})`,
          ).to.have.length(1);
          expect(
            seen.filter((line) => line.includes('timeout')),
            `${tag} timeout="${timeout}": no other`,
          ).to.have.length(1);
          el.remove();
        }
      });
    }
  }

  it('a timeout from 100 ms up is kept as it is, without a warning', async () => {
    const [el, seen] = await warnings(() => place('cg-insights', { timeout: '4000' }));
    expect(el.timeout).to.equal(4000);
    expect(seen.filter((line) => line.includes('timeout'))).to.deep.equal([]);
  });
});

describe('page values: initial filters and other widget attributes', () => {
  /** Attribute values that do not fit the data: each ignored with one warning, the widget as without it. */
  const cases: [Tag, string, string][] = [
    ['cg-funding-list', 'kind', 'lottery'],
    ['cg-funding-list', 'kind', 'private'],
    ['cg-funding-list', 'kind', 'constructor'],
    ['cg-funding-list', 'country', 'Denmark'],
    ['cg-funding-list', 'country', '__proto__'],
    ['cg-partner-finder', 'country', 'Denmark'],
    ['cg-partner-finder', 'sector', 'Astrology'],
    ['cg-partner-finder', 'home', 'nobody-here'],
    ['cg-partner-finder', 'country', 'toString'],
    ['cg-door-openers', 'market', 'Denmark'],
    ['cg-door-openers', 'market', 'JPN'],
    ['cg-insights', 'facet', 'bogus'],
    ['cg-insights', 'facet', 'constructor'],
    ['cg-insights', 'theme', 'purple'],
    ['cg-funding-list', 'theme', 'hotpink'],
  ];
  for (const after of [false, true]) {
    it(`values that do not fit, set ${after ? 'after' : 'before'} the widget connects: ignored with one warning`, async () => {
      const baselines = new Map<Tag, string>();
      for (const [tag, attr, value] of cases) {
        if (!baselines.has(tag)) {
          const plain = await place(tag, {});
          baselines.set(tag, text(plain));
          plain.remove();
        }
        const [el, seen] = await warnings(async () => {
          const el = await place(tag, { [attr]: value }, { after });
          await rerender(el);
          return el;
        });
        const what = `${tag} ${attr}="${value}"`;
        expect(text(el), `${what}: the widget as without it`).to.equal(baselines.get(tag));
        expect(text(el), `${what}: no "undefined" option`).not.to.match(/undefined|NaN/);
        expect(about(seen, `"${value}"`), `${what}: one warning (${seen.join(' / ')})`).to.have.length(1);
        el.remove();
      }
    });
  }

  it('the funding list keeps a kind the data has and a country code in any case, without a warning', async () => {
    const [el, seen] = await warnings(() => place('cg-funding-list', { kind: 'national', country: 'pt' }));
    const select = (id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;
    expect(select('kind').value, 'Kind filter set').to.equal('national');
    expect(select('country').value, 'Eligible country set, upper case').to.equal('PT');
    expect(seen).to.deep.equal([]);
  });

  it('a quiz attribute naming no quiz is refused with a clear message', async () => {
    const [el, seen] = await warnings(() => place('cg-readiness-quiz', { quiz: 'no-such-quiz' }));
    expect(failed(el), 'the error panel').to.equal(true);
    expect(text(el), 'names the missing quiz').to.contain('no-such-quiz');
    expect(about(seen, 'no-such-quiz'), seen.join(' / ')).to.have.length(1);
  });

  it('a src that is no URL gives a clear error, not "Something went wrong"', async () => {
    const [el, seen] = await warnings(() => place('cg-insights', {}, { src: 'http://[nope' }));
    expect(failed(el), 'the error panel').to.equal(true);
    expect(text(el)).not.to.contain('Something went wrong');
    expect(text(el)).to.contain('http://[nope');
    expect(seen.length, seen.join(' / ')).to.equal(1);
  });

  it("the finder's query-string filters (?pf-…) that do not fit the data: ignored with one warning each", async () => {
    const before = location.href;
    try {
      const plain = await place('cg-partner-finder', {});
      const baseline = text(plain);
      plain.remove();
      history.replaceState(null, '', `?pf-country=Denmark&pf-sector=%5F%5Fproto%5F%5F&pf-label=platinum&pf-market=valueOf&pf-query=`);
      const [el, seen] = await warnings(async () => {
        const el = await place('cg-partner-finder', { 'url-state': '' });
        await rerender(el);
        return el;
      });
      expect(text(el), 'the finder as without them').to.equal(baseline);
      for (const value of ['Denmark', '__proto__', 'platinum', 'valueOf']) {
        expect(about(seen, `"${value}"`), `one warning for ${value} (${seen.join(' / ')})`).to.have.length(1);
      }
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
