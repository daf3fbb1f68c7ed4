/**
 * Web addresses as browsers read them, and e-mail addresses as addresses only: the value types, and the
 * links that the widgets render from a file whose addresses were pasted from a browser's address bar.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { text } from '../helpers/dom.js';
import * as z from 'zod/mini';
import { Email, mailto, Url } from '../../src/data/values.js';
import { validateSection } from '../../src/data/validate.js';
import '../../src/widgets/funding-list/define.js';
import '../../src/widgets/partner-finder/define.js';
import '../../src/widgets/door-openers/define.js';

const SRC = '/test/fixtures/links-as-pasted.json';

/** Every link of a widget's cards, as "text → href attribute". */
async function links(template: ReturnType<typeof html>, card: string): Promise<Record<string, string[]>> {
  const el = await fixture<HTMLElement>(template);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector(card), 'the widget shows its records', { timeout: 12_000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const out: Record<string, string[]> = {};
  for (const c of root.querySelectorAll(card)) {
    out[text(c.querySelector('h3, h4, .name'))] = [...c.querySelectorAll('a')].map((a) => `${text(a)} → ${a.getAttribute('href')}`);
  }
  return out;
}

describe('links from data', () => {
  it('reads every web address as the URL parser does, and refuses what it refuses or what is not http(s)', async () => {
    const { cases } = (await (await fetch('/test/fixtures/url-cases.json')).json()) as { cases: [string, string | null][] };
    expect(cases.length, 'url-cases.json has cases').to.be.above(0);
    for (const [input, href] of cases) {
      const result = z.safeParse(Url, input);
      expect(result.success ? result.data : null, JSON.stringify(input)).to.equal(href);
    }
  });

  it('normalises the web address in every section: clusters, funding, organisations and quiz links', () => {
    const pasted = 'https://Funding.Example/Funding call 2027.pdf';
    const href = 'https://funding.example/Funding%20call%202027.pdf';
    const cluster = validateSection('clusters', [{ id: 'c', name: 'C', country: 'DK', website: pasted }]);
    const funding = validateSection('funding', [{ id: 'f', name: 'F', provider: 'P', kind: 'other', url: pasted }]);
    const door = validateSection('organisations', [{ id: 'o', name: 'O', type: 'embassy', country: 'DE', website: pasted }]);
    const quiz = validateSection('quizzes', [
      {
        id: 'q',
        version: 1,
        title: 'Q',
        dimensions: [{ id: 'd', title: 'D' }],
        questions: [{ id: 'q1', dimension: 'd', text: 'Q?', type: 'single', options: [{ id: 'a', label: 'A', score: 1 }] }],
        bands: [{ min: 0, label: 'Start' }],
        recommendations: [{ dimension: 'd', below: 50, text: 'Read', link: { href: pasted, label: 'More' } }],
      },
    ]);
    expect(
      [cluster.records[0]?.website, funding.records[0]?.url, door.records[0]?.website, quiz.records[0]?.recommendations?.[0]?.link?.href],
      'every Url field is kept, as its href',
    ).to.deep.equal([href, href, href, href]);
    expect(
      [cluster, funding, door, quiz].flatMap((r) => [...r.skipped, ...r.dropped]),
      'a normalised address is no problem',
    ).to.deep.equal([]);
  });

  it('takes a plain e-mail address only, and builds its mailto: so that nothing but the address reaches it', () => {
    const ok = (value: string) => z.safeParse(Email, value).success;
    for (const good of [
      'info@cluster.example',
      'info+eu@cluster.example',
      "o'brien@cluster.example",
      'kontakt@tür.example',
      'jörg@cluster.example',
    ]) {
      expect(ok(good), good).to.equal(true);
    }
    for (const bad of [
      'a@b.org?bcc=x@y.example',
      'info@cluster.example?subject=Hi',
      'info?bcc=spy@evil.example',
      'info#x@cluster.example',
      'info%40evil.example@cluster.example',
      'info@cluster.example#x',
      'info@cluster.example&bcc=x',
      'a@b',
      'a b@cluster.example',
      'info@cluster..example',
      'info@cluster.example.',
      '<info@cluster.example>',
      'mailto:info@cluster.example',
      'info@\u202ecluster.example',
      `${'a'.repeat(250)}@cluster.example`,
    ]) {
      expect(ok(bad), bad).to.equal(false);
    }
    expect(mailto('info+eu@cluster.example')).to.equal('mailto:info%2Beu@cluster.example');
    expect(mailto('a?bcc=x@y.example'), 'a query can never reach the link').to.equal('mailto:a%3Fbcc%3Dx@y.example');
    expect(mailto('kontakt@tür.example')).to.equal('mailto:kontakt@t%C3%BCr.example');
  });

  it('the funding list shows a call whose address has spaces, linked to the escaped address', async () => {
    const cards = await links(html`<cg-funding-list src=${SRC} show-closed></cg-funding-list>`, '[part="card"]');
    expect(Object.keys(cards), 'the pasted address is kept; a space before the scheme is still refused').to.deep.equal([
      'Funding call 2027',
    ]);
    expect(cards['Funding call 2027']!.map((l) => l.split(' → ')[1])).to.include('https://funding.example/calls/Funding%20call%202027.pdf');
  });

  it('the partner finder links the normalised website and mails the address only', async () => {
    const cards = await links(html`<cg-partner-finder src=${SRC}></cg-partner-finder>`, '.card');
    expect(cards).to.deep.equal({
      'Pasted Links Cluster': [
        'cluster.example → https://cluster.example/about%20us',
        'info+eu@cluster.example → mailto:info%2Beu@cluster.example',
      ],
      'Hidden Copy Cluster': [],
      'Query Cluster': [],
    });
  });

  it('the door-openers link the normalised website and an international address', async () => {
    const cards = await links(html`<cg-door-openers src=${SRC}></cg-door-openers>`, '[part="card"]');
    expect(cards['Door Opener Agency']).to.deep.equal([
      'door.example → https://door.example/%C3%BCber%20uns',
      'kontakt@tür.example → mailto:kontakt@t%C3%BCr.example',
    ]);
  });
});
