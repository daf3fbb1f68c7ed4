/** The page's quiz memory behind follow-quiz: one instance per document, made when first asked for, no import-time state. */
import { expect } from '@open-wc/testing';

const completion = (targetMarkets: string[]) =>
  new CustomEvent('cg-quiz-complete', {
    detail: { quizId: 'q', version: 1, overall: 55, band: 'Ready', dimensions: {}, targetMarkets },
    bubbles: true,
    composed: true,
  });

describe('pageQuizzes', () => {
  it('importing follow-quiz remembers nothing; the memory listens from when it is first asked for', async () => {
    const { pageQuizzes } = await import('../../src/shared/follow-quiz.js');
    document.dispatchEvent(completion(['JP']));
    const quizzes = pageQuizzes();
    expect(quizzes.last, 'nothing heard before it existed').to.equal(undefined);
    document.dispatchEvent(completion(['CA']));
    expect(quizzes.last?.targetMarkets, 'the completion after').to.deep.equal(['CA']);
    expect(pageQuizzes(), 'one per document').to.equal(quizzes);
    quizzes.forget();
    expect(quizzes.last, 'forgotten').to.equal(undefined);
  });

  it('keeps each document apart', async () => {
    const { pageQuizzes } = await import('../../src/shared/follow-quiz.js');
    const other = document.implementation.createHTMLDocument('other');
    pageQuizzes().forget();
    other.dispatchEvent(completion(['US']));
    expect(pageQuizzes(other).last, 'not heard before it was asked for').to.equal(undefined);
    other.dispatchEvent(completion(['KR']));
    expect(pageQuizzes(other).last?.targetMarkets, 'the other document').to.deep.equal(['KR']);
    expect(pageQuizzes().last, 'this document heard nothing').to.equal(undefined);
  });
});
