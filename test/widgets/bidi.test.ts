// Bidi isolation: a right-to-left override (U+202E) or a right-to-left name in one data value must not
// reorder the text around it. test/fixtures/bidi.json puts U+202E at the start of values that sit next to
// other values or interface text; each test checks, from where the glyphs land on screen, that the words
// after the value stay to its right, and that text that cannot hold elements carries isolate marks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $ } from '../helpers/dom.js';
import type { TemplateResult } from 'lit';
import '../../src/widgets/partner-finder/define.js';
import '../../src/widgets/funding-list/define.js';
import '../../src/widgets/door-openers/define.js';
import '../../src/widgets/readiness-quiz/define.js';
import { pageQuizzes } from '../../src/shared/follow-quiz.js';

const SRC = '/test/fixtures/bidi.json';
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(template: TemplateResult) {
  const el = await fixture<Widget>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[role="status"], [role="alert"], .base h2'), 'the widget shows its data', {
    timeout: 12_000,
  });
  await el.updateComplete;
  return el;
}

/** Where `word` starts on screen (its leftmost glyph), found in the text under `root`. */
function left(root: Node, word: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${word}" is not shown`);
}

/** Asserts that `words` appear left to right on screen, in this order. */
function inOrder(root: Node, words: string[], what: string) {
  const x = words.map((w) => left(root, w));
  x.slice(1).forEach((at, i) => expect(at, `${what}: "${words[i + 1]}" right of "${words[i]}"`).to.be.above(x[i]!));
}

/**
 * Every data option of a select reads value LRM (count): the value without direction controls, then a
 * left-to-right mark that keeps a right-to-left ending from taking the count along; nothing before the value,
 * so typing its first letters still selects it.
 */
function marked(select: HTMLSelectElement, what: string) {
  const labels = [...select.options].filter((o) => o.value && !o.disabled).map((o) => o.textContent!.trim());
  expect(labels.length, `${what}: has options`).to.be.above(0);
  for (const label of labels)
    expect(label, `${what}: option label`).to.match(/^[^\u202a-\u202e\u2066-\u2069\s][^\u202a-\u202e\u2066-\u2069]*\u200e \(\d+\)$/);
  return labels;
}

describe('bidi isolation of data values', () => {
  beforeEach(() => pageQuizzes().forget());

  it('partner finder: an override in the acronym or a tag reverses none of its neighbours; option labels are isolated', async () => {
    const el = await mount(html`<cg-partner-finder src=${SRC}></cg-partner-finder>`);
    const card = $(el, '.card');
    inOrder(card.querySelector('.meta')!, ['ACME', 'Denmark', 'Vejle', 'Syddanmark'], 'acronym · country · city · region');
    inOrder(card.querySelector('dl')!, ['Food', 'Energy'], 'sectors');
    for (const id of ['country', 'interest', 'service']) marked(el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!, id);
    expect(
      marked(el.shadowRoot!.querySelector<HTMLSelectElement>('#sector')!, 'sector'),
      'the override left out, the Arabic tag marked',
    ).to.have.members(['Energy\u200e (1)', 'Food\u200e (1)', '\u0637\u0627\u0642\u0629\u200e (1)']);
  });

  it('partner finder: the quiz chip isolates each market, in its text and its aria-label', async () => {
    const el = await mount(html`<cg-partner-finder src=${SRC} follow-quiz></cg-partner-finder>`);
    document.dispatchEvent(
      new CustomEvent('cg-quiz-complete', {
        detail: { quizId: 'q', version: 1, overall: 50, band: 'b', dimensions: {}, targetMarkets: ['JP', 'IL'] },
      }),
    );
    await el.updateComplete;
    const chip = $(el, '.quiz-chip');
    expect(
      [...chip.querySelectorAll('bdi')].map((b) => b.textContent),
      'one <bdi> per market',
    ).to.deep.equal(['Japan', 'Israel']);
    expect(chip.querySelector('button')!.getAttribute('aria-label'), 'aria-label').to.contain('\u2068Japan\u2069 and \u2068Israel\u2069');
  });

  it('funding list: an override in a sector keeps the next sector after it; sector options are isolated', async () => {
    const el = await mount(html`<cg-funding-list src=${SRC} .now=${() => Date.parse('2026-11-01')}></cg-funding-list>`);
    inOrder($(el, '.card dl'), ['Food', 'Energy'], 'sectors');
    marked(el.shadowRoot!.querySelector<HTMLSelectElement>('#sector')!, 'sector');
    marked(el.shadowRoot!.querySelector<HTMLSelectElement>('#market')!, 'market');
  });

  it('door-openers: an override in the city or a service reverses none of its neighbours; market options are isolated', async () => {
    const el = await mount(html`<cg-door-openers src=${SRC}></cg-door-openers>`);
    const card = $(el, '[part="card"]');
    inOrder(card.querySelector('.m')!, ['Vejle', 'Denmark'], 'city, country');
    inOrder(card.querySelectorAll('.m')[1]!, ['Market entry', 'Trade missions'], 'services');
    marked(el.shadowRoot!.querySelector<HTMLSelectElement>('#market')!, 'market');
  });

  it('readiness quiz: an override in a question keeps "(optional)" after it', async () => {
    const el = await mount(html`<cg-readiness-quiz src=${SRC} no-persist></cg-readiness-quiz>`);
    $(el, 'button.primary').click();
    await el.updateComplete;
    inOrder($(el, 'legend'), ['export', 'optional'], 'question (optional)');
  });

  it('the error panel: an override in the quiz asked for keeps the rest of the message after it', async () => {
    const el = await mount(html`<cg-readiness-quiz src=${SRC} quiz="‮nope"></cg-readiness-quiz>`);
    inOrder($(el, '[role="alert"] p'), ['bidi.json', 'nope', 'Available', 'branching'], 'message');
  });
});
