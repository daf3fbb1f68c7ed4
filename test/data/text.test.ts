import { expect } from '@open-wc/testing';
import { countryName, fold, keepShown, resolveText, sameTag, tagKey, tagKeys } from '../../src/data/text.js';

describe('Text, tags and country names', () => {
  const text = { en: 'Energy', da: 'Energi', 'pt-BR': 'Energia' };
  it('resolves Text in the language, then its primary language, then en, then the first entry', () => {
    expect(resolveText(text, 'da')).to.equal('Energi');
    expect(resolveText(text, 'da-DK'), 'da-DK falls back to da').to.equal('Energi');
    expect(resolveText(text, 'pt'), 'pt finds pt-BR').to.equal('Energia');
    expect(resolveText(text, 'fr'), 'fr falls back to en').to.equal('Energy');
    expect(resolveText({ sv: 'Energi (sv)', de: 'Energie' }, 'fr'), 'no en: the first entry').to.equal('Energi (sv)');
    expect(resolveText('Plain', 'da')).to.equal('Plain');
    expect(resolveText(undefined, 'da')).to.equal('');
  });

  it('folds case and accents, including letters that do not decompose', () => {
    expect(fold('Øresund')).to.equal('oresund');
    expect(fold('München')).to.equal('munchen');
    expect(fold('Łódź')).to.equal('lodz');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('ÆBLE')).to.equal('aeble');
  });

  it('keys tags once per English form, and shows the first translated form met, else the first', () => {
    const key = tagKeys();
    expect([key('Énergy '), key({ en: 'Énergy ', da: 'Energi' }), key('Food')]).to.deep.equal(['energy', 'energy', 'food']);
    const shown = new Map();
    const da = { en: 'Energy', da: 'Energi' };
    for (const tag of ['Energy', da, { en: 'Energy', de: 'Energie' }, 'ENERGY']) keepShown(shown, 'energy', tag);
    keepShown(shown, 'food', 'Food');
    keepShown(shown, 'food', 'food');
    expect(Object.fromEntries(shown)).to.deep.equal({ energy: da, food: 'Food' });
  });

  it('compares tags by their English form, ignoring case and accents', () => {
    expect(sameTag('energy', { en: 'Energy', da: 'Energi' })).to.equal(true);
    expect(sameTag({ da: 'Energi' }, 'energi')).to.equal(true);
    expect(sameTag('Café', 'cafe')).to.equal(true);
    expect(sameTag('Energy', 'Food')).to.equal(false);
    expect(tagKey({ en: ' Energy ' })).to.equal('energy');
  });

  it('names countries in the visitor language through Intl', () => {
    expect(countryName('DK', 'en')).to.equal('Denmark');
    expect(countryName('DK', 'da')).to.equal('Danmark');
    expect(countryName('DE', 'fr')).to.equal('Allemagne');
    expect(countryName('JP', 'es')).to.equal('Japón');
    expect(countryName('JP', 'not a tag!'), 'a broken lang falls back to English').to.equal('Japan');
  });
});
