/**
 * Registration: a widget's class module registers nothing (the class can be used under another tag or with a
 * scoped registry); its define.js registers the tag, and leaves alone a tag a copy of the bundle registered first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { CgReadinessQuiz } from '../../src/widgets/readiness-quiz/readiness-quiz.js';
import { CgPartnerFinder } from '../../src/widgets/partner-finder/partner-finder.js';
import { CgFundingList } from '../../src/widgets/funding-list/funding-list.js';
import { CgDoorOpeners } from '../../src/widgets/door-openers/door-openers.js';
import { CgInsights } from '../../src/widgets/insights/insights.js';

const CLASSES = {
  'cg-readiness-quiz': CgReadinessQuiz,
  'cg-partner-finder': CgPartnerFinder,
  'cg-funding-list': CgFundingList,
  'cg-insights': CgInsights,
};

describe('registration', () => {
  it('importing the class modules defines no tag', () => {
    for (const tag of [...Object.keys(CLASSES), 'cg-door-openers']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('a class works under another tag', async () => {
    customElements.define('my-insights', class extends CgInsights {});
    const el = await fixture<HTMLElement>(html`<my-insights src="/test/fixtures/insights-basic.json"></my-insights>`);
    await waitUntil(() => el.shadowRoot?.querySelector('table, [role="alert"]'), 'charts or an error');
    expect(el.shadowRoot!.querySelectorAll('table').length, 'its charts, as tables').to.be.greaterThan(0);
  });

  it('define.js registers the tag, keeping one a copy of the bundle registered first', async () => {
    class FirstCopy extends HTMLElement {}
    customElements.define('cg-door-openers', FirstCopy);
    const modules = [
      await import('../../src/widgets/readiness-quiz/define.js'),
      await import('../../src/widgets/partner-finder/define.js'),
      await import('../../src/widgets/funding-list/define.js'),
      await import('../../src/widgets/insights/define.js'),
      await import('../../src/widgets/door-openers/define.js'),
    ];
    expect(customElements.get('cg-door-openers'), 'the first copy stays').to.equal(FirstCopy);
    for (const [tag, element] of Object.entries(CLASSES)) expect(customElements.get(tag), tag).to.equal(element);
    expect(
      modules.map((module) => Object.values(module)[0]),
      'each define.js exports its class',
    ).to.deep.equal([CgReadinessQuiz, CgPartnerFinder, CgFundingList, CgInsights, CgDoorOpeners]);
  });
});
