/** The loader is DOM-free: it downloads the absolute URL its caller resolved, and names the file as the page wrote it. */
import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/errors.js';
import { loadJson } from '../../src/data/load.js';

const absolute = (path: string) => new URL(path, location.href).href;

describe('loadJson', () => {
  it('downloads the absolute URL it is given, and names the src as written in its errors', async () => {
    const data = (await loadJson(absolute('/test/fixtures/valid.json'), 'valid.json')) as { clusters: unknown[] };
    expect(data.clusters, 'the document').to.have.length(3);
    const error = await loadJson(absolute(`/faults/status/404?k=${Math.random()}`), 'my-data.json').catch((caught: unknown) => caught);
    expect(error, 'a DataError').to.be.instanceOf(DataError);
    expect((error as DataError).src, 'the src as the page wrote it').to.equal('my-data.json');
    expect((error as DataError).details.status, 'the answer').to.equal(404);
  });

  it('rejects an empty URL (a src that names none) with a network error', async () => {
    const error = (await loadJson('', 'http://[').catch((caught: unknown) => caught)) as DataError;
    expect([error.kind, error.src, error.details.cause]).to.deep.equal(['network', 'http://[', 'not a URL']);
  });
});
