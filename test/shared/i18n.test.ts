import { expect } from '@open-wc/testing';
import { fill, formatList, formatNumber, pick, plural, uiLang, LANGS } from '../../src/shared/i18n.js';
import { sharedStrings } from '../../src/shared/strings.js';

describe('i18n helpers', () => {
  it('chooses the interface language by primary subtag, English otherwise', () => {
    expect(uiLang('da-DK')).to.equal('da');
    expect(uiLang('DE')).to.equal('de');
    expect(uiLang('es_MX')).to.equal('es');
    expect(uiLang('sv')).to.equal('en');
    expect(uiLang('')).to.equal('en');
    expect(pick(sharedStrings, 'fr-CA').retry).to.equal('Réessayer');
  });

  it('has every shared string in every language, and no empty one', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    const english = keys(sharedStrings.en).sort();
    for (const lang of LANGS) {
      expect(keys(sharedStrings[lang]).sort(), `${lang} has the same keys as en`).to.deep.equal(english);
      const flat = JSON.stringify(sharedStrings[lang]);
      expect(flat.includes('""'), `${lang} has no empty string`).to.equal(false);
    }
  });

  it('formats plurals and numbers in the language', () => {
    expect(plural('en', 1, { one: '{n} cluster', other: '{n} clusters' })).to.equal('1 cluster');
    expect(plural('en', 1234, { one: '{n} cluster', other: '{n} clusters' })).to.equal('1,234 clusters');
    expect(plural('da', 1234, { one: '{n} klynge', other: '{n} klynger' })).to.equal('1.234 klynger');
    expect(plural('fr', 0, { one: '{n} cluster', other: '{n} clusters' }), 'French 0 is singular').to.equal('0 cluster');
    expect(formatNumber('de', 0.75, { style: 'percent' })).to.equal('75\u00a0%');
    expect(formatNumber('not a tag!', 1000)).to.equal('1,000');
  });

  it('fills placeholders and lists in the language', () => {
    expect(fill('{a} and {b} and {c}', { a: 1, b: 'x' })).to.equal('1 and x and {c}');
    expect(formatList('en', ['Japan', 'Canada', 'Korea'])).to.equal('Japan, Canada, and Korea');
    expect(formatList('da', ['Japan', 'Canada'])).to.equal('Japan og Canada');
  });
});

describe('languageTag', () => {
  it('reads a tag as meant, in canonical case, or gives "" for what is no tag', async () => {
    const { languageTag } = await import('../../src/shared/i18n.js');
    const cases: [string, string][] = [
      ['en_US', 'en-US'],
      [' da ', 'da'],
      ['DA-dk', 'da-DK'],
      ['zh_hant_tw', 'zh-Hant-TW'],
      ['da-DK-u-nu-invalid', 'da-DK-u-nu-invalid'],
      ['x', ''],
      ['123', ''],
      ['en-', ''],
      ['', ''],
      ['a'.repeat(300), ''],
    ];
    for (const [value, tag] of cases) expect(languageTag(value), JSON.stringify(value)).to.equal(tag);
  });

  it('formats under a bad tag in English instead of throwing', () => {
    expect(formatNumber('en_US!', 1234.5)).to.equal('1,234.5');
    expect(plural('123', 2, { one: '{n} cluster', other: '{n} clusters' })).to.equal('2 clusters');
    expect(formatList('x', ['a', 'b'])).to.equal('a and b');
  });
});
