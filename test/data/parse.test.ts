import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { parseJson, SLICED_FROM } from '../../src/data/parse.js';
import { drain, inSlices } from '../../src/data/yield.js';
import '../../src/widgets/partner-finder/define.js';
import type { CgPartnerFinder } from '../../src/widgets/partner-finder/partner-finder.js';

/** The error message JSON.parse gives for `text`. */
const nativeError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
};

const cluster = (i: number) => ({
  id: `c-${i}`,
  name: { en: `Cluster "${i}" },{ [x]`, da: `Klynge \\ ${i} ]` },
  country: 'DK',
  sectors: ['Energy', { en: 'Food', de: 'Lebensmittel, "Ernährung"' }],
  contacts: [{ email: 'a@b.dk' }, { email: 'c@d.dk', note: '},{"x":[1,2]}' }],
});

describe('parseJson: JSON.parse in slices', () => {
  const valid: [string, string][] = [
    ['a data file, compact', JSON.stringify({ version: 1, clusters: [cluster(1), cluster(2), cluster(3)], funding: [] })],
    [
      'a data file, pretty-printed',
      JSON.stringify({ version: 1, clusters: [cluster(1), cluster(2)], quizzes: [{ id: 'q', questions: [[1], [2, [3]]] }] }, null, 2),
    ],
    [
      'lists of numbers, strings, nulls and nested lists',
      '{"a":[1, -2.5e3 ,true,null],"b":["x,\\"y\\",z",  "\\\\"],"c":[[1,2],[],[[]]], "d" : [ ] }',
    ],
    ['objects and plain values at the top level', '{"version":1,"meta":{"list":[1,2],"s":"]"},"n":null,"clusters":[{"id":"a"}],"t":"[,]"}'],
    ['escaped quotes and backslashes in keys and values', '{"k\\"ey":[1,2],"v":["\\\\\\"","\\\\"],"w":[{"\\\\":"\\""}]}'],
    ['unicode and escapes', '{"x":["Øresund \\u00e6 😀","\\n\\t\\/"],"y":[{"é":"ß"}]}'],
    ['a repeated top-level key: the last one wins', '{"clusters":[1,2],"clusters":[3]}'],
    ['a top-level key named __proto__', '{"__proto__":[1,2],"clusters":[{"__proto__":{"x":1}}]}'],
    ['a list at the top level', '[{"a":1},{"b":[2,3]}]'],
    ['a plain value at the top level', ' "text" '],
    ['whitespace around everything', ' \n\t{ "a" : [ 1 , 2 ] , "b" : [ ] } \r\n'],
  ];
  for (const [what, text] of valid) {
    it(`gives what JSON.parse gives: ${what}`, async () => {
      for (const chunk of [0, 1, 2, 7, 64]) {
        expect(await parseJson(text, undefined, 0, chunk), `cut every ${chunk} characters`).to.deep.equal(JSON.parse(text));
      }
    });
  }

  it('keeps __proto__ as an own key, as JSON.parse does', async () => {
    const value = (await parseJson('{"__proto__":[1,2],"a":[3]}', undefined, 0, 1)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).to.deep.equal([1, 2]);
  });

  const invalid: [string, string][] = [
    ['a trailing comma at the end of a list', '{"a":[1,2,]}'],
    ['a trailing comma after a cut', '{"a":[1, 2, 3 , ]}'],
    ['two commas', '{"a":[1,,2]}'],
    ['two commas with a space between', '{"a":[1, ,2]}'],
    ['a trailing comma after a space', '{"a":[1 , , ]}'],
    ['a leading comma after a space', '{"a":[ ,1]}'],
    ['a leading comma after two spaces', '{"a":[  ,1]}'],
    ['a leading comma', '{"a":[,1]}'],
    ['a list closed by a brace', '{"a":[1,2}}'],
    ['an unterminated string', '{"a":["x,"y]}'],
    ['an unclosed list', '{"a":[1,2'],
    ['text after the end', '{"a":[1]} x'],
    ['a missing colon', '{"a" [1]}'],
    ['a bare word in a list', '{"a":[1,nope]}'],
  ];
  for (const [what, text] of invalid) {
    it(`rejects with the browser's own message: ${what}`, async () => {
      for (const chunk of [0, 1, 2, 7]) {
        let message = '';
        await parseJson(text, undefined, 0, chunk).catch((error: Error) => (message = error.message));
        expect(message, `cut every ${chunk} characters`).to.equal(nativeError(text));
      }
    });
  }

  it('gives the page turns while it parses a large text, and the same value', async () => {
    const doc = { version: 1, clusters: Array.from({ length: 40_000 }, (_, i) => cluster(i)) };
    const text = JSON.stringify(doc);
    expect(text.length, 'the fixture is over the slicing threshold').to.be.greaterThan(SLICED_FROM);
    // `inSlices` with no time per slice gives a turn after every step: urgent work (as input is) posted
    // before must run before the end.
    let turned = false;
    const { scheduler } = globalThis as unknown as { scheduler: { postTask(cb: () => void, o: object): Promise<void> } };
    void scheduler.postTask(() => (turned = true), { priority: 'user-blocking' });
    const parts = await inSlices(
      (function* () {
        yield;
        yield;
        return 'done';
      })(),
      undefined,
      -1,
    );
    expect(parts).to.equal('done');
    expect(turned, 'the urgent task ran between the steps').to.equal(true);
    expect(await parseJson(text)).to.deep.equal(doc);
    expect(
      drain(
        (function* () {
          yield;
          return 2;
        })(),
      ),
    ).to.equal(2);
  });

  it('stops with the reason when the signal aborts, before or between slices', async () => {
    const text = JSON.stringify({ version: 1, clusters: Array.from({ length: 200 }, (_, i) => cluster(i)) });
    const reason = new DOMException('gone', 'AbortError');
    let caught: unknown;
    await parseJson(text, AbortSignal.abort(reason), 0, 1).catch((error: unknown) => (caught = error));
    expect(caught, 'aborted before').to.equal(reason);

    const controller = new AbortController();
    let steps = 0;
    const counting = (function* () {
      for (;;) {
        steps++;
        if (steps === 3) controller.abort(reason);
        yield;
      }
    })();
    caught = undefined;
    await inSlices(counting, controller.signal, -1).catch((error: unknown) => (caught = error));
    expect(caught, 'aborted between slices').to.equal(reason);
    expect(steps, 'no step after the abort').to.equal(3);
  });

  it('reads a data file that starts with a byte-order mark', async () => {
    const text = `\ufeff${JSON.stringify({ version: 1, clusters: [{ id: 'a', name: 'Øresund', country: 'DK' }] })}`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    try {
      const el = await fixture<CgPartnerFinder>(html`<cg-partner-finder src=${url}></cg-partner-finder>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"], [role="alert"]'), 'results or an error');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('1 cluster');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('feeds a widget a data file over the threshold, loaded from its URL', async () => {
    const clusters = Array.from({ length: 4000 }, (_, i) => ({
      id: `big-${i}`,
      name: `Cluster ${i}, "quoted" [${i}]`,
      country: i % 2 ? 'DK' : 'DE',
      description: { en: 'Energy and food, '.repeat(60), da: 'Energi og fødevarer, '.repeat(60) },
      sectors: ['Energy'],
    }));
    const text = JSON.stringify({ version: 1, clusters }, null, 2);
    expect(text.length).to.be.greaterThan(SLICED_FROM);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    try {
      const el = await fixture<CgPartnerFinder>(html`<cg-partner-finder src=${url}></cg-partner-finder>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"], [role="alert"]'), 'results or an error');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('4,000 clusters');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
