import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/errors.js';
import { errorMessage } from '../../src/shared/error-message.js';
import { sharedStrings } from '../../src/shared/strings.js';

describe('errorMessage', () => {
  it('says what went wrong in plain words, naming the source, in the interface language', () => {
    const notFound = new DataError('http', '/data/gateway.json', { status: 404, statusText: 'Not Found' });
    expect(errorMessage(sharedStrings.en, notFound, 'en')).to.equal(
      'The server answered 404 Not Found for /data/gateway.json. Is the address right and the file published?',
    );
    const missing = new DataError('not-found', '/q.json', { wanted: 'export', available: ['a', 'b'] });
    expect(
      errorMessage(sharedStrings.en, missing, 'en', (value) => `<${value}>`),
      'each value marked',
    ).to.contain('<export>');
    expect(errorMessage(sharedStrings.en, new DataError('no-source', ''), 'en'), 'no src').to.equal(
      'No data: give this widget a src attribute with the address of a JSON file.',
    );
  });
});
