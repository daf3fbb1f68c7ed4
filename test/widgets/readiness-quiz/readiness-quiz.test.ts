import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { squash } from '../../helpers/dom.js';
import { waitUntil } from '../../helpers/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { GatewayDocument } from '../../../src/data/schema.js';
import { COUNTRY_CODES } from '../../../src/data/values.js';
import type { GatewayEvents } from '../../../src/shared/events.js';
import { FollowQuizController, pageQuizzes } from '../../../src/shared/follow-quiz.js';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import '../../../src/widgets/readiness-quiz/define.js';
import type { CgReadinessQuiz } from '../../../src/widgets/readiness-quiz/readiness-quiz.js';

/** A widget that follows the quiz, as the finder and the funding list do with `follow-quiz`. */
class Follower extends LitElement {
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;
  quiz = new FollowQuizController(this);
}
customElements.define('test-quiz-follower', Follower);

const SRC = '/test/fixtures/quiz-branching.json';
const KEY = 'cg-quiz:branching:1';

const root = (el: CgReadinessQuiz) => el.shadowRoot!;
const text = (el: CgReadinessQuiz) => squash(root(el).textContent);
const legend = (el: CgReadinessQuiz) => root(el).querySelector('legend')?.textContent!.trim();
const heading = (el: CgReadinessQuiz) => root(el).querySelector('h2')?.textContent!.replace(/\s+/g, ' ').trim();
const alertText = (el: CgReadinessQuiz) => root(el).querySelector('[role="alert"]')?.textContent!.replace(/\s+/g, ' ');
const buttons = (el: CgReadinessQuiz) => [...root(el).querySelectorAll('button')];
const button = (el: CgReadinessQuiz, name: string) => {
  const found = buttons(el).find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}" in: ${buttons(el).map((b) => b.textContent!.trim())}`);
  return found;
};
const input = (el: CgReadinessQuiz, label: string) => {
  const found = [...root(el).querySelectorAll('label[part="option"]')].find((l) => l.textContent!.trim() === label);
  if (!found) throw new Error(`no option "${label}"`);
  return found.querySelector('input')!;
};
const focused = (el: CgReadinessQuiz) => root(el).activeElement as HTMLElement | null;

async function click(el: CgReadinessQuiz, name: string) {
  button(el, name).click();
  await el.updateComplete;
}
async function pick(el: CgReadinessQuiz, ...labels: string[]) {
  for (const label of labels) {
    input(el, label).click();
    await el.updateComplete;
  }
}

async function ready(el: CgReadinessQuiz) {
  await waitUntil(() => root(el).querySelector('h2, legend, [role="alert"]'), 'the quiz shows');
  await el.updateComplete;
  return el;
}

const create = async (attrs: { src?: string; quiz?: string; noPersist?: boolean; lang?: string } = {}) =>
  ready(
    await fixture<CgReadinessQuiz>(
      html`<cg-readiness-quiz
        src=${attrs.src ?? SRC}
        quiz=${attrs.quiz ?? ''}
        lang=${attrs.lang ?? ''}
        ?no-persist=${attrs.noPersist}
      ></cg-readiness-quiz>`,
    ),
  );

/** In German: Start → No → Languages → skip the time scale: the countries question. */
async function toCountries() {
  const el = await create({ lang: 'de' });
  await click(el, 'Start');
  await pick(el, 'No'); // the quiz has no German: its texts fall back to English
  await click(el, 'Weiter');
  await pick(el, 'Languages');
  await click(el, 'Weiter');
  await click(el, 'Weiter');
  return el;
}

/** Types `value` into the countries filter. */
async function filterCountries(el: CgReadinessQuiz, value: string) {
  const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value = value;
  search.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const countryLabels = (el: CgReadinessQuiz) => [...root(el).querySelectorAll('.opts label')].map((l) => l.textContent!.trim());

/** Start → Yes → Under a third → Languages → skip the time scale → skip markets → See results. */
async function finishByMouse(el: CgReadinessQuiz) {
  await click(el, 'Start');
  await pick(el, 'Yes');
  await click(el, 'Next');
  await pick(el, 'Under a third');
  await click(el, 'Next');
  await pick(el, 'Languages');
  await click(el, 'Next');
  await click(el, 'Next');
  await click(el, 'See results');
}

const clearStorage = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('cg-quiz:')) localStorage.removeItem(key);
};
const pageUrl = location.pathname + location.search;

describe('cg-readiness-quiz', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    clearStorage();
    history.replaceState(null, '', pageUrl);
  });

  describe('accessibility', () => {
    it('is accessible on the intro, which shows the title, intro, question count and minutes', async () => {
      const el = await create();
      await expect(el).to.be.accessible();
      expect(heading(el)).to.equal('Export check');
      // unconditional questions under no answers: q-export, q-skills, q-time, q-markets → 4, about 1 minute
      expect(text(el), 'count and minutes').to.contain('A short check with branches. 4 questions · about 1 min');
      expect(button(el, 'Start').className).to.equal('primary');
    });

    it('is accessible on a question of each type, each a fieldset with a legend and native inputs', async () => {
      const el = await create();
      await click(el, 'Start');
      const seen: string[] = [];
      const types: Record<string, string> = { single: 'radio', multiple: 'checkbox', scale: 'radio', countries: 'checkbox' };
      const steps: Array<[string, () => Promise<void>]> = [
        ['single', () => pick(el, 'Yes')],
        ['single', () => pick(el, 'Under a third')],
        ['multiple', () => pick(el, 'Languages')],
        ['scale', async () => undefined],
        ['countries', async () => undefined],
      ];
      for (const [type, answer] of steps) {
        const fieldset = root(el).querySelector('fieldset')!;
        expect(fieldset.className, legend(el)).to.equal(type);
        expect(fieldset.querySelector('legend'), 'a legend').to.exist;
        const kinds = new Set([...fieldset.querySelectorAll('.opts input')].map((i) => (i as HTMLInputElement).type));
        expect([...kinds], `${type} uses native ${types[type]}es`).to.deep.equal([types[type]]);
        await expect(el).to.be.accessible();
        seen.push(type);
        await answer();
        await click(el, type === 'countries' ? 'See results' : 'Next');
      }
      expect(seen).to.deep.equal(['single', 'single', 'multiple', 'scale', 'countries']);
    });

    it('is accessible on the results and in the error panel', async () => {
      const el = await create();
      await finishByMouse(el);
      expect(root(el).querySelector('[part="result"]'), 'results shown').to.exist;
      await expect(el).to.be.accessible();
      const missing = await create({ quiz: 'nope' });
      await expect(missing).to.be.accessible();
      const invalid = await create({ src: '/test/fixtures/quiz-invalid.json' });
      await expect(invalid).to.be.accessible();
    });
  });

  describe('answering', () => {
    it('can be completed with the keyboard alone, through branches, with focus on each new question', async () => {
      const el = await create();
      const press = (key: string) => sendKeys({ press: key });
      /** Tabs forward until the named button has focus. */
      const tabTo = async (name: string) => {
        for (let i = 0; i < 8 && focused(el)?.textContent?.trim() !== name; i++) await press('Tab');
        expect(focused(el)?.textContent?.trim(), `Tab reaches ${name}`).to.equal(name);
      };
      await tabTo('Start');
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.tagName, 'focus on the legend').to.equal('LEGEND');
      expect(focused(el)?.textContent).to.equal('Do you export today?');
      expect(text(el)).to.contain('Question 1 of 4');

      await press('Tab'); // the first radio button
      await press('ArrowDown'); // moves to and checks "Yes"
      await el.updateComplete;
      expect(input(el, 'Yes').checked, 'Yes chosen with the arrow key').to.equal(true);
      expect(text(el), 'the branch opened: one more question').to.contain('Question 1 of 5');
      await tabTo('Next');
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.textContent).to.equal('How large is your export share?');

      await press('Tab');
      await press('Space');
      await el.updateComplete;
      expect(input(el, 'Under a third').checked).to.equal(true);
      await tabTo('Next');
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.textContent, 'q-office stays hidden: its branch needs "high"').to.equal('Which skills do you have in house?');

      await press('Tab');
      await press('Space');
      await press('Tab');
      await press('Space');
      await el.updateComplete;
      expect([input(el, 'Languages').checked, input(el, 'Contract law').checked]).to.deep.equal([true, true]);
      await tabTo('Next');
      await press('Enter');
      await el.updateComplete;
      expect(focused(el)?.textContent, 'an optional question says so').to.equal('How much time can you set aside? (optional)');
      await tabTo('Next');
      expect((focused(el) as HTMLButtonElement).disabled, 'an optional question can be skipped').to.equal(false);
      await press('Enter');
      await el.updateComplete;

      expect(focused(el)?.textContent).to.equal('Which markets do you aim for? (optional)');
      await press('Tab');
      expect(focused(el)?.getAttribute('type'), 'the country filter').to.equal('search');
      await sendKeys({ type: 'japan' });
      await el.updateComplete;
      await press('Tab');
      expect(focused(el)?.parentElement?.textContent, 'the one country that matches').to.equal('Japan');
      await press('Space');
      await el.updateComplete;
      expect(text(el), 'Japan opens the Asia question').to.contain('Question 5 of 6');
      await tabTo('Next');
      await press('Enter');
      await el.updateComplete;

      expect(focused(el)?.textContent).to.equal('Do you have a partner in Asia?');
      await press('Tab');
      await press('ArrowDown');
      await el.updateComplete;
      await tabTo('See results');
      await press('Enter');
      await el.updateComplete;

      // market (weight 2): (2 + 1 + 2) / (2 + 3 + 2) = 71.43 %; team: 2 × 3 / (2 × 3) = 100 % (time skipped)
      // overall: (2 × 71.43 + 100) / 3 = 80.95 → 81 % → the band at 80
      expect(focused(el)?.tagName, 'focus on the result heading, which is announced').to.equal('H2');
      expect(heading(el)).to.equal('Your result: 81% – Ready to go global');
      const rows = [...root(el).querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()));
      expect(rows, 'numbers as text').to.deep.equal([
        ['Market', '71%', ''],
        ['Team', '100%', ''],
      ]);
      const bars = [...root(el).querySelectorAll('svg rect')].map((r) => r.getAttribute('width'));
      expect(bars, 'bar lengths').to.deep.equal(['71%', '100%']);
      const link = root(el).querySelector('a')!;
      expect(link.textContent).to.equal('Door-openers');
      expect([link.href, link.rel], 'the recommendation for market (71 < 75) with its link').to.deep.equal([
        'https://example.org/door-openers',
        'noopener',
      ]);
      expect(text(el), 'team has 100: no recommendation').not.to.contain('Name an owner');
      const markets = [...root(el).querySelectorAll('h3')].find((h) => h.textContent === 'Target markets');
      expect(markets?.nextElementSibling?.textContent, 'target markets').to.equal('Japan');
    });

    it('enables Next only when a required question is answered, and Back keeps answers', async () => {
      const el = await create();
      await click(el, 'Start');
      expect(button(el, 'Next').disabled, 'required and unanswered').to.equal(true);
      await pick(el, 'No');
      expect(button(el, 'Next').disabled).to.equal(false);
      expect(text(el), 'No closes the branch').to.contain('Question 1 of 4');
      const progress = root(el).querySelector('progress')!;
      expect([progress.value, progress.max]).to.deep.equal([1, 4]);
      await click(el, 'Next');
      expect(legend(el)).to.equal('Which skills do you have in house?');
      expect(button(el, 'Next').disabled).to.equal(true);
      await pick(el, 'Languages', 'Languages');
      expect(button(el, 'Next').disabled, 'unticking every box unanswers a multiple question').to.equal(true);
      await click(el, 'Back');
      expect(input(el, 'No').checked, 'the answer is still there').to.equal(true);
      await pick(el, 'Yes');
      expect(text(el)).to.contain('Question 1 of 5');
      await click(el, 'Back');
      expect(heading(el), 'Back from the first question: the intro').to.equal('Export check');
    });

    it('lists every country by its localised name and filters them ignoring case and accents', async () => {
      const el = await toCountries();
      expect(root(el).querySelector('fieldset')!.className).to.equal('countries');
      expect(root(el).querySelectorAll('.opts input').length, 'every ISO code').to.equal(COUNTRY_CODES.length);
      const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(search.closest('label')!.textContent!.trim(), 'a visible label').to.equal('Länder filtern');
      await filterCountries(el, 'OSTERR');
      expect(countryLabels(el)).to.deep.equal(['Österreich']);
      await pick(el, 'Österreich');
      await filterCountries(el, 'japan');
      expect(countryLabels(el), 'chosen countries stay in the list').to.deep.equal(['Japan', 'Österreich']);
    });

    it('keeps a country in its place when the visitor unticks it under a filter, until the filter changes', async () => {
      const el = await toCountries();
      await pick(el, 'Dänemark');
      await filterCountries(el, 'japan');
      expect(countryLabels(el), 'the chosen country, then the match').to.deep.equal(['Dänemark', 'Japan']);
      input(el, 'Dänemark').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(countryLabels(el), 'nothing moves under the keyboard').to.deep.equal(['Dänemark', 'Japan']);
      expect(input(el, 'Dänemark').checked, 'unticked').to.equal(false);
      expect(focused(el), 'the focus stays on Dänemark').to.equal(input(el, 'Dänemark'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(input(el, 'Dänemark').checked, 'a second Space ticks Dänemark again, not Japan').to.equal(true);
      expect(input(el, 'Japan').checked).to.equal(false);
      await sendKeys({ press: 'Space' });
      await filterCountries(el, 'japa');
      expect(countryLabels(el), 'once the filter changes, an unticked country that does not match leaves').to.deep.equal(['Japan']);
    });
  });

  describe('switching quizzes', () => {
    it('comes back to a saved countries question with no filter left from before', async () => {
      const el = await create({ src: '/test/fixtures/quiz-stories.json', quiz: 'countries' });
      await click(el, 'Start');
      await pick(el, 'Japan');
      await filterCountries(el, 'germ');
      expect(countryLabels(el)).to.deep.equal(['Germany', 'Japan']);
      el.quiz = 'band-low';
      await el.updateComplete;
      el.quiz = 'countries';
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value, 'an empty filter').to.equal('');
      expect(countryLabels(el), 'every country').to.have.length(COUNTRY_CODES.length);
      expect(input(el, 'Japan').checked, 'the saved answer').to.equal(true);
    });
  });

  describe('events and result', () => {
    it('fires cg-quiz-answer on each answer and cg-quiz-complete with the result when the visitor asks for it', async () => {
      const el = await create();
      await click(el, 'Start');
      const answers: GatewayEvents['cg-quiz-answer'][] = [];
      el.addEventListener('cg-quiz-answer', (e) => {
        expect(e.bubbles && e.composed, 'bubbles and is composed').to.equal(true);
        answers.push(e.detail);
      });
      await pick(el, 'Yes');
      await click(el, 'Next');
      await pick(el, 'Under a third');
      await click(el, 'Next');
      await pick(el, 'Languages', 'Contract law', 'Contract law');
      expect(answers).to.deep.equal([
        { quizId: 'branching', questionId: 'q-export', answer: 'yes' },
        { quizId: 'branching', questionId: 'q-share', answer: 'low' },
        { quizId: 'branching', questionId: 'q-skills', answer: ['languages'] },
        { quizId: 'branching', questionId: 'q-skills', answer: ['languages', 'law'] },
        { quizId: 'branching', questionId: 'q-skills', answer: ['languages'] },
      ]);
      expect(el.result, 'no result before the results').to.equal(undefined);
      await click(el, 'Next');
      await click(el, 'Next');
      const completed = oneEvent(el, 'cg-quiz-complete');
      await click(el, 'See results');
      const event = await completed;
      // market: (2 + 1) / (2 + 3) = 60 %; team: 2 × 1 / (2 × 3) = 33.33 % → 33; overall (2 × 60 + 33.33) / 3 = 51.1 → 51
      const expected = {
        quizId: 'branching',
        version: 1,
        overall: 51,
        band: 'Ready to explore',
        dimensions: { market: 60, team: 33 },
        targetMarkets: [],
      };
      expect(event.detail).to.deep.equal(expected);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.result, 'the public result').to.deep.equal(expected);
      expect(heading(el)).to.equal('Your result: 51% – Ready to explore');
    });

    it('fires its events once the element shows what the visitor did, so a listener reads the page as the visitor sees it', async () => {
      const el = await create();
      const progress = () => root(el).querySelector('#of')?.textContent;
      const seen: string[] = [];
      el.addEventListener('cg-quiz-answer', () => seen.push(`answer: ${progress()}`));
      el.addEventListener('cg-quiz-complete', () => seen.push(`complete: ${heading(el)}, result ${el.result?.overall}`));
      await finishByMouse(el); // "Yes" opens the branch: a fifth question
      expect(seen, 'each event after the update it caused').to.deep.equal([
        'answer: Question 1 of 5',
        'answer: Question 2 of 5',
        'answer: Question 3 of 5',
        'complete: Your result: 51% – Ready to explore, result 51',
      ]);
    });

    it('leaves dimensions without a percentage out of cg-quiz-complete and gives the band in the widget language', async () => {
      const doc = (await (await fetch(SRC)).json()) as GatewayDocument & { quizzes: Array<{ questions: Array<{ required?: boolean }> }> };
      doc.quizzes[0]!.questions[3]!.required = false; // q-skills, the last required question of team
      const el = await ready(await fixture<CgReadinessQuiz>(html`<cg-readiness-quiz lang="da" .data=${doc}></cg-readiness-quiz>`));
      await click(el, 'Start');
      await pick(el, 'Nej');
      await click(el, 'Næste');
      await click(el, 'Næste');
      await click(el, 'Næste');
      await pick(el, 'Sydkorea');
      await click(el, 'Næste');
      await pick(el, 'No'); // q-asia is in English only
      const complete: Array<GatewayEvents['cg-quiz-complete']> = [];
      el.addEventListener('cg-quiz-complete', (e) => complete.push(e.detail));
      await click(el, 'Se resultatet');
      // market: (0 + 0) / (2 + 2) = 0 %; team: skills and time skipped, no percentage → overall 0 → Første skridt
      expect(complete).to.deep.equal([
        { quizId: 'branching', version: 1, overall: 0, band: 'Første skridt', dimensions: { market: 0 }, targetMarkets: ['KR'] },
      ]);
      expect(
        [...root(el).querySelectorAll('th')].map((th) => th.textContent),
        'no bar for team',
      ).to.deep.equal(['Marked']);
    });
  });

  describe('persistence', () => {
    it('keeps answers and the step across re-creation of the element', async () => {
      const el = await create();
      await click(el, 'Start');
      await pick(el, 'Yes');
      await click(el, 'Next');
      expect(localStorage.getItem(KEY), 'saved under the quiz id and version').to.be.a('string');
      el.remove();
      const again = await create();
      expect(legend(again), 'back on the question they were on').to.equal('How large is your export share?');
      expect(text(again)).to.contain('Question 2 of 5');
      await click(again, 'Back');
      expect(input(again, 'Yes').checked, 'with their answers').to.equal(true);
    });

    it('reopens the results after a reload without firing cg-quiz-complete again', async () => {
      const el = await create();
      await finishByMouse(el);
      const first = el.result;
      el.remove();
      let fired = 0;
      document.addEventListener('cg-quiz-complete', () => fired++, { once: true });
      const again = await create();
      expect(heading(again)).to.equal('Your result: 51% – Ready to explore');
      expect(again.result, 'the result is readable').to.deep.equal(first);
      expect(fired, 'not a user action').to.equal(0);
    });

    it('tells widgets that follow the quiz its markets when it reopens at the results', async () => {
      const el = await create();
      await click(el, 'Start');
      await pick(el, 'No');
      await click(el, 'Next');
      await pick(el, 'Languages');
      await click(el, 'Next');
      await click(el, 'Next');
      await pick(el, 'Japan');
      await click(el, 'Next');
      await pick(el, 'No');
      await click(el, 'See results');
      expect(el.result!.targetMarkets).to.deep.equal(['JP']);
      el.remove();
      pageQuizzes().forget(); // a new page: nothing remembered
      const follower = await fixture<Follower>(html`<test-quiz-follower follow-quiz></test-quiz-follower>`);
      expect(follower.quiz.markets, 'nothing to follow yet').to.deep.equal([]);
      await create();
      expect(follower.quiz.markets, 'the reopened results').to.deep.equal(['JP']);
    });

    it('starts fresh for another version of the quiz', async () => {
      const el = await create();
      await click(el, 'Start');
      await pick(el, 'Yes');
      el.remove();
      const doc = (await (await fetch(SRC)).json()) as GatewayDocument & { quizzes: Array<{ version: number }> };
      doc.quizzes[0]!.version = 2;
      const v2 = await ready(await fixture<CgReadinessQuiz>(html`<cg-readiness-quiz .data=${doc}></cg-readiness-quiz>`));
      expect(heading(v2), 'the intro, not the saved question').to.equal('Export check');
      await click(v2, 'Start');
      expect(input(v2, 'Yes').checked, 'no answers of version 1').to.equal(false);
      expect(localStorage.getItem(KEY), 'version 1 answers are left alone').to.be.a('string');
    });

    it('works when localStorage throws, whether its methods or the storage itself', async () => {
      const methods = ['getItem', 'setItem', 'removeItem'] as const;
      const originals = methods.map((m) => Storage.prototype[m]);
      const fail = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const walk = async () => {
        const el = await create();
        await click(el, 'Start');
        await pick(el, 'Yes');
        await click(el, 'Next');
        expect(legend(el)).to.equal('How large is your export share?');
        await click(el, 'Start over');
        expect(heading(el), 'Start over works too').to.equal('Export check');
        await finishByMouse(el);
        expect(heading(el)).to.equal('Your result: 51% – Ready to explore');
      };
      try {
        for (const m of methods) Storage.prototype[m] = fail;
        await walk();
      } finally {
        methods.forEach((m, i) => (Storage.prototype[m] = originals[i] as never));
      }
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      try {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get: () => {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
        await walk();
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
      expect(localStorage.getItem(KEY), 'storage restored, nothing written').to.equal(null);
    });

    it('keeps nothing with no-persist, and Start over clears what was kept', async () => {
      const off = await create({ noPersist: true });
      await click(off, 'Start');
      await pick(off, 'Yes');
      expect(localStorage.getItem(KEY), 'no-persist').to.equal(null);
      off.remove();
      const el = await create();
      await click(el, 'Start');
      await pick(el, 'Yes');
      expect(localStorage.getItem(KEY)).to.be.a('string');
      await click(el, 'Start over');
      expect(localStorage.getItem(KEY), 'cleared').to.equal(null);
      expect(focused(el)?.tagName, 'focus on the intro heading').to.equal('H2');
      await click(el, 'Start');
      expect(input(el, 'Yes').checked, 'answers cleared').to.equal(false);
    });

    it('keeps a second quiz on the same page in its own state', async () => {
      const a = await create();
      const b = await create({ quiz: 'second' });
      await click(a, 'Start');
      await pick(a, 'Yes');
      await click(a, 'Next');
      expect(heading(b), 'b still on its intro').to.equal('Second quiz');
      await click(b, 'Start');
      await pick(b, 'B');
      await click(b, 'Next');
      expect([legend(a), legend(b)]).to.deep.equal(['How large is your export share?', 'Second of the second']);
      expect(localStorage.getItem('cg-quiz:second:3'), 'its own key').to.be.a('string');
      a.remove();
      b.remove();
      const [a2, b2] = [await create(), await create({ quiz: 'second' })];
      expect([legend(a2), legend(b2)], 'each restored to its own place').to.deep.equal([
        'How large is your export share?',
        'Second of the second',
      ]);
    });
  });

  describe('links and printing', () => {
    it('copies a link whose fragment opens the same results elsewhere', async () => {
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
      try {
        const el = await create();
        await finishByMouse(el);
        const result = el.result;
        await click(el, 'Copy link');
        await waitUntil(() => copied, 'the link is copied');
        expect(root(el).querySelector('[role="status"]')!.textContent, 'announced').to.equal('Link copied');
        expect(copied.startsWith(`${location.origin}${pageUrl}#cg-quiz=branching.1.`), copied).to.equal(true);
        clearStorage();
        history.replaceState(null, '', copied);
        let fired = 0;
        document.addEventListener('cg-quiz-complete', () => fired++, { once: true });
        const elsewhere = await create({ noPersist: true });
        expect(heading(elsewhere), 'the same results').to.equal('Your result: 51% – Ready to explore');
        expect(elsewhere.result).to.deep.equal(result);
        expect(fired, 'opening a link is not a completion').to.equal(0);
        const other = await create({ quiz: 'second', noPersist: true });
        expect(heading(other), 'another quiz ignores the link, silently').to.equal('Second quiz');
        expect(root(other).querySelector('.notice')).to.equal(null);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('shows the link in a read-only field when the clipboard refuses', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      try {
        const el = await create();
        await finishByMouse(el);
        await click(el, 'Copy link');
        await waitUntil(() => root(el).querySelector('input[readonly]'), 'the fallback field');
        const field = root(el).querySelector<HTMLInputElement>('input[readonly]')!;
        expect(field.value).to.match(/#cg-quiz=branching\.1\.[\da-z-]+$/);
        expect(field.closest('label')!.textContent!.trim(), 'labelled').to.equal('Copy link');
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('ignores a stale or invalid link with a visible notice', async () => {
      for (const fragment of ['#cg-quiz=branching.0.2-1-2--4-', '#cg-quiz=branching.1.zz', '#cg-quiz=branching.nonsense']) {
        clearStorage();
        history.replaceState(null, '', fragment);
        const el = await create();
        expect(heading(el), `${fragment}: the intro`).to.equal('Export check');
        expect(root(el).querySelector('.notice')?.textContent, fragment).to.equal('This link is outdated or invalid.');
        await expect(el).to.be.accessible();
        await click(el, 'Start');
        expect(root(el).querySelector('.notice'), 'gone once the visitor goes on').to.equal(null);
        el.remove();
      }
    });

    it('prints the results without the buttons', async () => {
      const el = await create();
      await finishByMouse(el);
      const nav = root(el).querySelector('.nav')!;
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(nav).display, 'print').to.equal('none');
        expect(getComputedStyle(root(el).querySelector('table')!).display).to.equal('table');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(nav).display, 'screen').to.equal('flex');
    });
  });

  describe('the stories’ fixture', () => {
    it('opens each band from saved answers, as the stories seed them', async () => {
      const bands: string[] = [];
      for (const [quiz, answers] of [
        ['band-low', '1-2-JPKR'],
        ['band-mid', '2-2-DE'],
        ['band-high', '4-4-'],
      ] as const) {
        localStorage.setItem(`cg-quiz:${quiz}:1`, JSON.stringify([99, `${quiz}.1.${answers}`]));
        const el = await create({ src: '/test/fixtures/quiz-stories.json', quiz });
        bands.push(heading(el)!);
      }
      // skills 0 / network 50 → 25; 50 / 50 → 50; 100 / 100 → 100
      expect(bands).to.deep.equal([
        'Your result: 25% – Getting started',
        'Your result: 50% – Ready to explore',
        'Your result: 100% – Ready to go global',
      ]);
    });

    it('puts the score after the language’s own punctuation (French: a narrow space before the colon)', async () => {
      localStorage.setItem('cg-quiz:band-mid:1', JSON.stringify([99, 'band-mid.1.2-2-DE']));
      const el = await create({ src: '/test/fixtures/quiz-stories.json', quiz: 'band-mid', lang: 'fr' });
      expect(heading(el)).to.match(/^Votre résultat\s: 50\s%/);
    });
  });

  describe('bad input', () => {
    it('lists the quiz ids that exist when `quiz` names none, and fires cg-data-error once', async () => {
      const errors: CustomEvent[] = [];
      const listen = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('cg-data-error', listen);
      try {
        const el = await create({ quiz: 'nope' });
        expect(alertText(el)).to.contain(`${SRC} has no "nope". Available: "branching" and "second".`);
        expect(button(el, 'Retry')).to.exist;
        await el.updateComplete;
        expect(
          errors.map((e) => e.detail.kind),
          'one event for the page',
        ).to.deep.equal(['not-found']);
        expect(errors[0]!.detail.message).to.contain('has no "nope"');
      } finally {
        document.removeEventListener('cg-data-error', listen);
      }
    });

    it('says why when no valid quiz remains', async () => {
      const el = await create({ src: '/test/fixtures/quiz-invalid.json' });
      const message = alertText(el)!;
      expect(message).to.contain('has no valid entry in "quizzes"');
      expect(message, 'the reason, with its path').to.contain('quizzes[0].bands: no band starts at 0');
      expect(message).to.contain('quizzes[1].questions');
    });

    it('shows quiz texts and the interface in Danish', async () => {
      const el = await create({ lang: 'da' });
      expect(heading(el)).to.equal('Eksporttjek');
      expect(text(el)).to.contain('4 spørgsmål · ca. 1 min.');
      await click(el, 'Start');
      expect(legend(el)).to.equal('Eksporterer I i dag?');
      expect(text(el)).to.contain('Spørgsmål 1 af 4');
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Tilbage', 'Næste', 'Start forfra']);
    });
  });
});

describe('a recommendation that leads to a widget on the page', () => {
  it('scrolls to the element named by `widget` and moves focus there', async () => {
    // Reduced motion scrolls at once (and a smooth scroll would not move in a background test tab).
    await emulateMedia({ reducedMotion: 'reduce' });
    localStorage.removeItem('cg-quiz:linked:1');
    // fixtureSync: fixture() on a plain <div> waits for an animation frame, which a background tab never gets.
    const wrapper = fixtureSync(
      html`<div>
        <cg-readiness-quiz src="/test/fixtures/quiz-widget-link.json" no-persist></cg-readiness-quiz>
        <div style="height: 3000px"></div>
        <section id="funding-here"><h2>Funding</h2></section>
      </div>`,
    );
    const el = wrapper.querySelector('cg-readiness-quiz')!;
    await waitUntil(() => el.shadowRoot!.querySelector('button'), 'the intro');
    const click = (name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!.click();
    click('Start');
    await el.updateComplete;
    (el.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
    await el.updateComplete;
    click('See results');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent, 'the recommendation shows').to.contain('See the funding for your markets.');
    await expect(el).to.be.accessible();
    click('Show me');
    const target = document.getElementById('funding-here')!;
    expect(document.activeElement, 'focus moved to the target').to.equal(target);
    expect(target.getBoundingClientRect().top, 'the target scrolled into view').to.be.below(window.innerHeight);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
