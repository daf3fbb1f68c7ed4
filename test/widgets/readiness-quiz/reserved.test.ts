/**
 * Ids from the data that are also names of Object.prototype (`__proto__`, `constructor`, `toString`,
 * `hasOwnProperty`, `valueOf`) are ids like any other; and saved sessions and links hold for a quiz with
 * many options and a large version (test/fixtures/quiz-reserved.json).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { squash } from '../../helpers/dom.js';
import type { GatewayEvents } from '../../../src/shared/events.js';
import { pageQuizzes } from '../../../src/shared/follow-quiz.js';
import '../../../src/widgets/readiness-quiz/define.js';
import type { CgReadinessQuiz } from '../../../src/widgets/readiness-quiz/readiness-quiz.js';

const SRC = '/test/fixtures/quiz-reserved.json';
const root = (el: CgReadinessQuiz) => el.shadowRoot!;
const legend = (el: CgReadinessQuiz) => squash(root(el).querySelector('legend')?.textContent);
const button = (el: CgReadinessQuiz, name: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => squash(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}" in: ${squash(root(el).textContent)}`);
  return found;
};
const option = (el: CgReadinessQuiz, label: string) => {
  const found = [...root(el).querySelectorAll('label[part="option"]')].find((l) => squash(l.textContent) === label);
  if (!found) throw new Error(`no option "${label}"`);
  return found.querySelector('input')!;
};
const checked = (el: CgReadinessQuiz) =>
  [...root(el).querySelectorAll('label[part="option"]')].filter((l) => l.querySelector('input')!.checked).map((l) => squash(l.textContent));
const rows = (el: CgReadinessQuiz) =>
  [...root(el).querySelectorAll('[part="result"] tr')].map((tr) => [...tr.children].slice(0, 2).map((c) => squash(c.textContent)));
const heading = (el: CgReadinessQuiz) => squash(root(el).querySelector('h2')?.textContent);

async function click(el: CgReadinessQuiz, name: string) {
  button(el, name).click();
  await el.updateComplete;
}
async function pick(el: CgReadinessQuiz, ...labels: string[]) {
  for (const label of labels) {
    option(el, label).click();
    await el.updateComplete;
  }
}
const create = async (quiz = '', persist = true) => {
  const el = await fixture<CgReadinessQuiz>(html`<cg-readiness-quiz src=${SRC} quiz=${quiz} ?no-persist=${!persist}></cg-readiness-quiz>`);
  await waitUntil(() => root(el).querySelector('h2, legend, [role="alert"]'), 'the quiz shows', { timeout: 12_000 });
  await el.updateComplete;
  return el;
};

/** Object.prototype as the page had it: its own names, and `({})[0]`. */
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeNames();
const expectPrototypeUnchanged = () => {
  expect(prototypeNames(), 'Object.prototype has no new property').to.deep.equal(before);
  expect(({} as Record<number, unknown>)[0], '({})[0]').to.equal(undefined);
};

describe('cg-readiness-quiz with ids that are Object.prototype names', () => {
  beforeEach(() => {
    localStorage.clear();
    pageQuizzes().forget();
  });
  afterEach(() => {
    localStorage.clear();
    // A failed run must not leave the page broken for the tests after it.
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      if (!before.includes(name)) delete (Object.prototype as Record<string, unknown>)[name];
    }
  });

  it('asks a required question named "constructor" until it is answered, and scores dimensions named "__proto__", "constructor", "toString"', async () => {
    const el = await create('reserved');
    expect(squash(root(el).querySelector('[part="notice"]')?.textContent), 'every record of the fixture is valid').to.equal('');
    await click(el, 'Start');
    expect(legend(el)).to.equal('Who builds?');
    expect(checked(el), 'nothing is chosen yet').to.deep.equal([]);
    expect(button(el, 'Next').disabled, 'a required question without an answer cannot be passed').to.equal(true);
    await pick(el, 'We do');
    expect(button(el, 'Next').disabled, 'answered').to.equal(false);
    await click(el, 'Next');

    expect(legend(el)).to.equal('What do you have? (optional)');
    expect(checked(el), 'a question named "toString" starts empty').to.deep.equal([]);
    const answered = oneEvent(el, 'cg-quiz-answer');
    option(el, 'Own things').click();
    const { detail } = (await answered) as CustomEvent<GatewayEvents['cg-quiz-answer']>;
    expect(detail, 'only the option chosen, as plain JSON').to.deep.equal({
      quizId: 'reserved',
      questionId: 'toString',
      answer: ['hasOwnProperty'],
    });
    expect(JSON.parse(JSON.stringify(detail)), 'JSON.stringify keeps everything').to.deep.equal(detail);
    await el.updateComplete;
    await click(el, 'Next');

    expect(legend(el), 'the showIf on "constructor" opened the branch').to.equal('How many words?');
    await pick(el, 'Few');
    const completed = oneEvent(el, 'cg-quiz-complete');
    await click(el, 'See results');
    const result = ((await completed) as CustomEvent<GatewayEvents['cg-quiz-complete']>).detail;

    // __proto__: 2 / 2; constructor: 1 / 2; toString: 0 / 4; overall (100 + 50 + 0) / 3 = 50.
    expect(heading(el)).to.equal('Your result: 50% – High');
    expect(rows(el)).to.deep.equal([
      ['Proto', '100%'],
      ['Builder', '50%'],
      ['Words', '0%'],
    ]);
    expect(squash(root(el).querySelector('ul')?.textContent), 'recommendations by dimension id').to.equal('Learn words');
    expect(Object.keys(result.dimensions), 'own properties, "__proto__" among them').to.deep.equal([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(Object.entries(result.dimensions)).to.deep.equal([
      ['__proto__', 100],
      ['constructor', 50],
      ['toString', 0],
    ]);
    expect(JSON.parse(JSON.stringify(result)), 'the event detail is plain JSON').to.deep.equal({
      quizId: 'reserved',
      version: 1,
      overall: 50,
      band: 'High',
      dimensions: JSON.parse('{"__proto__":100,"constructor":50,"toString":0}'),
      targetMarkets: [],
    });
    expectPrototypeUnchanged();

    // The saved session opens at the same results.
    el.remove();
    const again = await create('reserved');
    expect(rows(again), 'restored from localStorage').to.deep.equal([
      ['Proto', '100%'],
      ['Builder', '50%'],
      ['Words', '0%'],
    ]);
    expectPrototypeUnchanged();
  });

  it('unticks an option named "constructor" of a question named "toString" without leaving anything behind', async () => {
    const el = await create('reserved');
    await click(el, 'Start');
    await pick(el, 'Nobody');
    await click(el, 'Next');
    await pick(el, 'Tools', 'Own things');
    expect(checked(el)).to.deep.equal(['Own things', 'Tools']);
    const answered = oneEvent(el, 'cg-quiz-answer');
    option(el, 'Tools').click();
    const { detail } = (await answered) as CustomEvent<GatewayEvents['cg-quiz-answer']>;
    expect(detail.answer).to.deep.equal(['hasOwnProperty']);
    await el.updateComplete;
    await pick(el, 'Own things');
    expect(checked(el), 'nothing left chosen').to.deep.equal([]);
    await click(el, 'See results');
    expect(rows(el), 'the branch stayed closed; the empty question is not counted').to.deep.equal([['Proto', '0%']]);
    expectPrototypeUnchanged();
  });
});

describe('cg-readiness-quiz: saved sessions and links for any quiz the format allows', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  const answerMany = async (el: CgReadinessQuiz) => {
    await click(el, 'Start');
    // Options past the 53rd: a bit mask there needs more than a double's precision.
    await pick(el, 'Option 0', 'Option 52', 'Option 53', 'Option 69');
    await click(el, 'Next');
    await pick(el, 'B');
    await click(el, 'See results');
  };

  it('restores 70 options and a version of 1e21 from localStorage', async () => {
    const el = await create('big.quiz');
    await answerMany(el);
    expect(heading(el)).to.equal('Your result: 7% – Some');
    el.remove();

    const again = await create('big.quiz');
    expect(heading(again), 'the saved session opens at the results').to.equal('Your result: 7% – Some');
    await click(again, 'Back');
    await click(again, 'Back');
    expect(checked(again), 'exactly the options chosen').to.deep.equal(['Option 0', 'Option 52', 'Option 53', 'Option 69']);
  });

  it('opens the results of a link made for that quiz, with every option as chosen', async () => {
    const el = await create('big.quiz');
    await answerMany(el);
    const [, code] = JSON.parse(localStorage.getItem('cg-quiz:big.quiz:1e+21')!) as [number, string];
    expect(code, 'the id, the version in digits, the answers').to.match(/^big\.quiz\.1000000000000000000000\.[0-9a-z]+-2$/);
    el.remove();
    localStorage.clear();

    history.replaceState(null, '', `#cg-quiz=${code}`);
    const linked = await create('big.quiz', false);
    expect(squash(root(linked).querySelector('.notice')?.textContent), 'the link is not called stale').to.equal('');
    expect(heading(linked)).to.equal('Your result: 7% – Some');
    await click(linked, 'Back');
    await click(linked, 'Back');
    expect(checked(linked)).to.deep.equal(['Option 0', 'Option 52', 'Option 53', 'Option 69']);
  });
});
