import { expect } from '@open-wc/testing';
import { unpack } from '../../src/shared/unpack.js';
import { LANGS } from '../../src/shared/i18n.js';

describe('unpack: the string tables as the bundles ship them', () => {
  it('rebuilds one object per language: nested keys, arrays by index, no key for an empty cell', () => {
    const text = [
      LANGS.join('|'),
      'loading|Loading…|Henter…|Lädt…|Chargement…|Cargando…',
      'errors.http|HTTP {status}|HTTP {status} (da)|||',
      'facets.0|Country|Land|Land|Pays|País',
      'facets.1|Sector|Sektor|Branche|Secteur|Sector',
      'count.one|{n} item||{n} Eintrag||',
    ].join('\n');
    const tables = unpack(text);
    expect(Object.keys(tables), 'a table per language, in the order of the first line').to.deep.equal([...LANGS]);
    expect(tables.en).to.deep.equal({
      loading: 'Loading…',
      errors: { http: 'HTTP {status}' },
      facets: ['Country', 'Sector'],
      count: { one: '{n} item' },
    });
    expect(tables.da).to.deep.equal(
      { loading: 'Henter…', errors: { http: 'HTTP {status} (da)' }, facets: ['Land', 'Sektor'] },
      'no count: its cell is empty',
    );
    expect(Array.isArray(tables.de!.facets), 'an index key makes an array').to.be.true;
    expect(tables.es).to.deep.equal({ loading: 'Cargando…', facets: ['País', 'Sector'] });
  });

  it('reads the cells in the order of the first line', () => {
    expect(unpack('da|en\na|1|2')).to.deep.equal({ da: { a: '1' }, en: { a: '2' } });
    expect(unpack('da|en\nx.0|1|2\nx.1|3|')).to.deep.equal({ da: { x: ['1', '3'] }, en: { x: ['2'] } });
  });
});
