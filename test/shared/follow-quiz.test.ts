import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FollowQuizController, pageQuizzes, restored } from '../../src/shared/follow-quiz.js';
import { sharedStrings } from '../../src/shared/strings.js';
import { chipStyles } from '../../src/shared/styles.js';

class Follower extends LitElement {
  static override styles = chipStyles;
  @property({ type: Boolean, attribute: 'follow-quiz' }) followQuiz = false;
  changes: string[][] = [];
  quiz = new FollowQuizController(this, (markets) => this.changes.push(markets));
  override render() {
    return this.quiz.renderChip(sharedStrings.en, 'en', 'en');
  }
}
customElements.define('test-follower', Follower);

const complete = (targetMarkets: string[], dimensions: Record<string, number> = { funding: 30, networks: 80 }) =>
  document.dispatchEvent(
    new CustomEvent('cg-quiz-complete', {
      detail: { quizId: 'q', version: 1, overall: 55, band: 'Ready', dimensions, targetMarkets },
      bubbles: true,
      composed: true,
    }),
  );

describe('follow-quiz', () => {
  beforeEach(() => pageQuizzes().forget());

  it('takes the quiz target markets and shows a removable, accessible chip', async () => {
    const el = await fixture<Follower>(html`<test-follower follow-quiz></test-follower>`);
    complete(['JP', 'CA']);
    await el.updateComplete;
    expect(el.quiz.markets).to.deep.equal(['JP', 'CA']);
    expect(el.quiz.weakDimensions, 'dimensions under 50 %').to.deep.equal(['funding']);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('From your quiz: Japan and Canada');
    await expect(el).to.be.accessible();
    const remove = el.shadowRoot!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).to.equal(
      'Remove the quiz filter (\u2068Japan\u2069 and \u2068Canada\u2069)',
      'each market isolated (U+2068 … U+2069)',
    );
    remove.click();
    await el.updateComplete;
    expect(el.quiz.markets, 'cleared').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.quiz-chip'), 'no chip').to.equal(null);
    expect(el.changes, 'told the widget twice: markets, then none').to.deep.equal([['JP', 'CA'], []]);
  });

  it('ignores the quiz without the attribute', async () => {
    const el = await fixture<Follower>(html`<test-follower></test-follower>`);
    complete(['JP']);
    await el.updateComplete;
    expect(el.quiz.markets).to.deep.equal([]);
  });

  it('a widget added after the quiz completed still follows it, unless the chip was removed', async () => {
    complete(['KR']);
    const late = await fixture<Follower>(html`<test-follower follow-quiz></test-follower>`);
    expect(late.quiz.markets).to.deep.equal(['KR']);
    late.quiz.clear();
    late.remove();
    document.body.append(late);
    await late.updateComplete;
    expect(late.quiz.markets, 'removed stays removed').to.deep.equal([]);
    complete(['US']);
    expect(late.quiz.markets, 'a new completion applies again').to.deep.equal(['US']);
    late.remove();
  });

  it('follows a quiz that reopens at its results, with no cg-quiz-complete for the page', async () => {
    const heard: Event[] = [];
    const listen = (e: Event) => heard.push(e);
    document.addEventListener('cg-quiz-complete', listen);
    const early = await fixture<Follower>(html`<test-follower follow-quiz></test-follower>`);
    restored({ quizId: 'q', version: 1, overall: 40, band: 'Ready', dimensions: { funding: 20 }, targetMarkets: ['JP'] });
    await early.updateComplete;
    expect(early.quiz.markets, 'a follower already on the page').to.deep.equal(['JP']);
    expect(early.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('From your quiz: Japan');
    const late = await fixture<Follower>(html`<test-follower follow-quiz></test-follower>`);
    expect(late.quiz.markets, 'a follower added later').to.deep.equal(['JP']);
    expect(heard, 'no event').to.have.length(0);
    document.removeEventListener('cg-quiz-complete', listen);
    restored({ quizId: 'q', version: 1, overall: 40, band: 'Ready', dimensions: {}, targetMarkets: [] });
    restored({ quizId: 'other', version: 1, overall: 40, band: 'Ready', dimensions: {}, targetMarkets: ['US'] });
    expect(early.quiz.markets, 'results without markets change nothing; markets already followed stay').to.deep.equal(['JP']);
    expect(early.changes, 'told once').to.deep.equal([['JP']]);
  });
});
