import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { warnings } from '../helpers/dom.js';
import { define } from '../../src/shared/define.js';
import '../helpers/data-widget.js';
import { TestDataWidget } from '../helpers/data-widget.js';

const settled = async (el: TestDataWidget) => {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('progress'), 'loaded');
  await el.updateComplete;
};

describe('the base element', () => {
  it('defining a tag twice is harmless (the bundle loaded twice)', () => {
    class Other extends TestDataWidget {}
    expect(() => define('test-data-widget', Other)).not.to.throw();
    expect(customElements.get('test-data-widget'), 'the first definition stays').to.equal(TestDataWidget);
  });

  it('switches theme through the theme attribute, using the public tokens', async () => {
    const el = await fixture<TestDataWidget>(html`<test-data-widget src="/test/fixtures/valid.json"></test-data-widget>`);
    await settled(el);
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme'), 'reflected').to.equal('dark');
    const dark = getComputedStyle(el).backgroundColor;
    expect(dark, 'dark has another background').not.to.equal(light);
    el.style.setProperty('--cg-color-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor, 'the public token wins').to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--cg-test-color-surface', 'rgb(4, 5, 6)');
    expect(getComputedStyle(el).backgroundColor, 'the per-widget token wins over the global one').to.equal('rgb(4, 5, 6)');
  });

  it('falls back to light for an unknown theme, with a console warning', async () => {
    const [el, seen] = await warnings(async () => {
      const el = await fixture<TestDataWidget>(html`<test-data-widget theme="purple" src="/test/fixtures/valid.json"></test-data-widget>`);
      await el.updateComplete;
      return el;
    });
    expect(el.theme).to.equal('light');
    expect(seen.some((m) => m.includes('theme "purple"'))).to.equal(true);
  });

  it('takes its language from the nearest ancestor with lang, and follows <html lang> changes', async () => {
    // fixtureSync: fixture() on a plain <div> waits for an animation frame, which a background tab never gets.
    const wrapper = fixtureSync(html`<div lang="fr"><test-data-widget src="/test/fixtures/version2.json"></test-data-widget></div>`);
    const el = wrapper.querySelector('test-data-widget')!;
    await settled(el);
    expect(el.uiLang).to.equal('fr');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Réessayer');
    const plain = await fixture<TestDataWidget>(html`<test-data-widget src="/test/fixtures/version2.json"></test-data-widget>`);
    await settled(plain);
    document.documentElement.lang = 'es';
    try {
      await waitUntil(() => plain.shadowRoot!.querySelector('button')!.textContent!.trim() === 'Reintentar', 'follows <html lang>');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('stays legible on a hostile page: resets, tiny root font, hidden divs, huge buttons', async () => {
    const style = document.createElement('style');
    style.textContent = `* { all: unset !important; } html { font-size: 5px !important; } div { display: none !important; }
      button { font-size: 40px !important; } * { box-sizing: content-box !important; color: red !important; }`;
    document.head.append(style);
    try {
      // Straight into <body>: the hostile sheet hides every div of the page, fixture()'s wrapper included.
      const el = document.createElement('test-data-widget');
      el.src = '/test/fixtures/version2.json';
      document.body.append(el);
      await settled(el);
      const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
      const button = panel.querySelector('button')!;
      expect(getComputedStyle(panel).display, 'the page cannot hide inner divs').to.equal('grid');
      expect(parseFloat(getComputedStyle(button).fontSize), 'page button styles do not reach inside').to.equal(16);
      expect(parseFloat(getComputedStyle(panel).fontSize), 'html { font-size: 5px } does not shrink the text').to.equal(16);
      expect(button.getBoundingClientRect().height, 'the button is a usable target').to.be.at.least(24);
      el.remove();
    } finally {
      style.remove();
    }
  });
});
