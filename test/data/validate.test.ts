import { expect } from '@open-wc/testing';
import { validateSection, summarise } from '../../src/data/validate.js';
import { readSection } from '../../src/data/document.js';
import { DataError } from '../../src/data/errors.js';

const load = async (name: string): Promise<Record<string, unknown[]>> => (await fetch(`/test/fixtures/${name}`)).json();

describe('validateSection: lenient per record', () => {
  it('keeps every record of a valid section, upper-casing country codes', async () => {
    const doc = await load('valid.json');
    const result = validateSection('clusters', doc.clusters!);
    expect(
      result.records.map((c) => c.id),
      'all three clusters kept',
    ).to.deep.equal(['oresund-food', 'bavaria-mobility', 'lisbon-maritime']);
    expect(result.skipped, 'nothing skipped').to.deep.equal([]);
    expect(result.dropped, 'nothing dropped').to.deep.equal([]);
    expect(result.records[0]!.targetCountries, '"jp" is read as "JP"').to.deep.equal(['JP', 'US']);
  });

  it('skips records whose required field is invalid, with the exact paths', async () => {
    const doc = await load('partial.json');
    const result = validateSection('clusters', doc.clusters!);
    expect(
      result.records.map((c) => c.id),
      'valid and repairable records kept',
    ).to.deep.equal(['ok-1', 'bad-website', 'ok-2']);
    expect(result.total).to.equal(8);
    expect(result.skipped, 'skipped records and why').to.deep.equal([
      { path: 'clusters[1].country', message: '"ZZ" is not a country code' },
      { path: 'clusters[3].id', message: 'is missing (required)' },
      { path: 'clusters[4].id', message: 'duplicate id "ok-1" (first used by clusters[0])' },
      { path: 'clusters[5]', message: 'expected an object, got "not a record"' },
      { path: 'clusters[6].name', message: 'expected text, got an empty string' },
    ]);
  });

  it('drops an invalid optional field or list item and keeps the rest of the record', async () => {
    const doc = await load('partial.json');
    const result = validateSection('clusters', doc.clusters!);
    const badWebsite = result.records.find((c) => c.id === 'bad-website')!;
    expect(badWebsite.website, 'a javascript: URL is never kept').to.equal(undefined);
    expect(badWebsite.targetCountries, 'the bad code is dropped, the good ones kept').to.deep.equal(['JP', 'US']);
    const second = result.records.find((c) => c.id === 'ok-2')!;
    expect(second.email).to.equal(undefined);
    expect(second.members, 'members loses the bad count only').to.deep.equal({});
    expect(result.dropped, 'dropped fields and why').to.deep.equal([
      { path: 'clusters[2].website', message: '"javascript:alert(1)" is not an http(s) web address' },
      { path: 'clusters[2].targetCountries[1]', message: '"ZZ" is not a country code' },
      { path: 'clusters[7].email', message: '"not-an-email" is not an e-mail address' },
      { path: 'clusters[7].members.smes', message: 'expected a whole number ≥ 0, got -3' },
    ]);
  });

  it('applies the funding rules: opens after deadline, reversed amounts, rates, kinds, impossible dates', async () => {
    const doc = await load('partial.json');
    const result = validateSection('funding', doc.funding!);
    expect(result.records.map((f) => f.id)).to.deep.equal(['f-ok', 'f-amount', 'f-date']);
    expect(result.skipped).to.deep.equal([
      { path: 'funding[1].opens', message: 'opens (2027-05-01) after its deadline (2027-01-01)' },
      {
        path: 'funding[3].kind',
        message: '"lottery" is not one of "cluster-programme", "member-fee", "eu-programme", "national", "regional", "private", "other"',
      },
    ]);
    expect(result.dropped).to.deep.equal([
      { path: 'funding[2].amount', message: 'min (10) is greater than max (5)' },
      { path: 'funding[2].cofundingRate', message: '1.5 is not a rate from 0 to 1 (write 0.5 for 50 %)' },
      { path: 'funding[4].deadline', message: '"2027-02-30" is not a date (use YYYY-MM-DD, or a date-time with an offset)' },
    ]);
  });

  it('checks a quiz: duplicate ids, missing dimensions, options without scores, showIf cycles and dependants, the band at 0', async () => {
    const doc = await load('partial.json');
    const result = validateSection('quizzes', doc.quizzes!);
    expect(
      result.records.map((q) => q.id),
      'the quiz without a band at 0 is skipped',
    ).to.deep.equal(['broken']);
    expect(
      result.records[0]!.questions.map((q) => q.id),
      'only the sound question remains',
    ).to.deep.equal(['q1']);
    expect(result.records[0]!.dimensions, 'the duplicate dimension is gone').to.have.length(1);
    expect(result.skipped).to.deep.equal([{ path: 'quizzes[1].bands', message: 'no band starts at 0 (the lowest "min" is 20)' }]);
    const paths = result.dropped.map((p) => `${p.path}: ${p.message}`);
    expect(paths).to.include('quizzes[0].dimensions[1].id: duplicate dimension id "a"');
    expect(paths).to.include('quizzes[0].questions[1].dimension: "missing" is not a dimension of this quiz (it has "a")');
    expect(paths).to.include('quizzes[0].questions[2].options[0].score: is missing (required)');
    expect(paths).to.include('quizzes[0].questions[2].options: a "single" question needs options with scores');
    expect(paths).to.include('quizzes[0].questions[3].showIf: showIf forms a cycle through "q5"');
    expect(paths).to.include('quizzes[0].questions[4].showIf.question: depends on "q4", which was dropped');
    expect(paths).to.include('quizzes[0].questions[5].showIf.question: depends on "q2", which was dropped');
  });

  it('reports quiz problems at their positions in the file, even after earlier entries were dropped', () => {
    const quiz = {
      id: 'q',
      version: 1,
      title: 'Q',
      dimensions: [{ id: 7 }, { id: 'a', title: 'A' }, { id: 'a', title: 'A again' }],
      questions: [
        { id: 'bad', dimension: 'a', text: 'Bad type', type: 'essay' },
        {
          id: 'q1',
          dimension: 'a',
          text: 'One',
          type: 'single',
          options: [
            { id: 'x', label: 'X', score: 1 },
            { id: 'x', label: 'X again', score: 2 },
          ],
        },
        { id: 'q2', dimension: 'nope', text: 'Two', type: 'single', options: [{ id: 'x', label: 'X', score: 1 }] },
      ],
      bands: [{ min: 0, label: 'Start' }],
      recommendations: [{ dimension: 'a' }, { dimension: 'zzz', below: 50, text: 'T' }],
    };
    const paths = validateSection('quizzes', [quiz]).dropped.map((p) => `${p.path}: ${p.message}`);
    expect(paths).to.include('quizzes[0].dimensions[2].id: duplicate dimension id "a"');
    expect(paths).to.include('quizzes[0].questions[1].options[1].id: duplicate option id "x"');
    expect(paths).to.include('quizzes[0].questions[2].dimension: "nope" is not a dimension of this quiz (it has "a")');
    expect(paths).to.include('quizzes[0].recommendations[1].dimension: "zzz" is not a dimension of this quiz');
  });

  it('sorts quiz bands by min', async () => {
    const doc = await load('valid.json');
    const [quiz] = validateSection('quizzes', doc.quizzes!).records;
    expect(quiz!.bands.map((b) => b.min)).to.deep.equal([0, 50]);
  });

  it('summarises problems in one sentence with the first paths', async () => {
    const doc = await load('partial.json');
    const text = summarise(validateSection('clusters', doc.clusters!), 2);
    expect(text).to.equal(
      '5 of 8 records were skipped: clusters[1].country: "ZZ" is not a country code; clusters[3].id: is missing (required); and 3 more; ' +
        '4 fields were dropped: clusters[2].website: "javascript:alert(1)" is not an http(s) web address; clusters[2].targetCountries[1]: "ZZ" is not a country code; and 2 more',
    );
  });
});

describe('readSection: the document-level checks', () => {
  const fatal = async (doc: unknown, section: 'clusters' | 'funding' = 'clusters') => {
    try {
      await readSection(doc, section, 'x.json');
    } catch (error) {
      return error as DataError;
    }
    throw new Error('expected a DataError');
  };
  it('names each fatal problem by kind', async () => {
    expect((await fatal([1, 2])).kind).to.equal('not-object');
    expect((await fatal(null)).kind).to.equal('not-object');
    expect((await fatal({ clusters: [] })).kind).to.equal('no-version');
    expect((await fatal({ version: 2, clusters: [] })).kind).to.equal('unsupported-version');
    expect((await fatal({ version: '1', clusters: [] })).kind, 'a string version is not version 1').to.equal('unsupported-version');
    const missing = await fatal({ version: 1, funding: [] });
    expect(missing.kind).to.equal('missing-section');
    expect(missing.details.section).to.equal('clusters');
    expect((await fatal({ version: 1, clusters: {} })).kind).to.equal('not-a-list');
  });

  it('validates a document once per section, however many readers', async () => {
    const doc = await load('valid.json');
    const first = readSection(doc, 'clusters', 'a');
    expect(readSection(doc, 'clusters', 'a'), 'the same pending result').to.equal(first);
    expect((await first).records).to.have.length(3);
  });

  it('validates a large section in slices, without one long task, to the same result', async () => {
    const doc = await load('valid.json');
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...(doc.clusters![i % 3] as object), id: `c${i}` }));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const began = performance.now();
    const sliced = await readSection({ version: 1, clusters: many }, 'clusters', 'big');
    const took = performance.now() - began;
    // The last slice's entry is reported once its task has ended: one more turn, then take what is pending.
    await new Promise((resolve) => setTimeout(resolve, 0));
    longTasks.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    expect(sliced.records, 'every record kept').to.have.length(20_000);
    expect(sliced.records[19_999]!.id).to.equal('c19999');
    // 200 ms on an idle machine; on a loaded one every task is slower, so the bound grows with the whole run:
    // unsliced, the run is one task as long as all of it, far over a quarter of it.
    const budget = Math.max(200, took / 4);
    expect(
      longTasks.filter((d) => d > budget),
      `no task over ${Math.round(budget)} ms (the run took ${Math.round(took)} ms)`,
    ).to.deep.equal([]);
  });
});
