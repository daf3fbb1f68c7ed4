// The webmaster's command: `cluster-gateway validate <file-or-url>` and `cluster-gateway schema`, run as a
// real process against fixture files (and a local HTTP server for URLs), after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';

const cli = (...args) => spawnSync('node', ['bin/cluster-gateway.js', ...args], { encoding: 'utf8' });
const cliAsync = (...args) =>
  new Promise((resolve) => {
    const child = spawn('node', ['bin/cluster-gateway.js', ...args]);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (status) => resolve({ status, stdout }));
  });

test('validate: a valid file passes with exit status 0 and counts per section', () => {
  const run = cli('validate', 'test/fixtures/valid.json');
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /clusters: 3 of 3 valid/);
  assert.match(run.stdout, /funding: 2 of 2 valid/);
  assert.match(run.stdout, /\n {2}valid\n/);
});

test('validate: every problem with its path, a summary, exit status 1', () => {
  const run = cli('validate', 'test/fixtures/partial.json');
  assert.equal(run.status, 1);
  for (const line of [
    'clusters[1].country: "ZZ" is not a country code (record skipped)',
    'clusters[2].targetCountries[1]: "ZZ" is not a country code (dropped)',
    'clusters[2].website: "javascript:alert(1)" is not an http(s) web address (dropped)',
    'clusters[4].id: duplicate id "ok-1" (first used by clusters[0]) (record skipped)',
    'funding[1].opens: opens (2027-05-01) after its deadline (2027-01-01) (record skipped)',
    'quizzes[1].bands: no band starts at 0 (the lowest "min" is 20) (record skipped)',
  ]) {
    assert.ok(run.stdout.includes(line), `prints: ${line}\n---\n${run.stdout}`);
  }
  assert.match(run.stdout, /clusters: 3 of 8 valid/);
  assert.match(run.stdout, /\d+ problems, \d+ warnings?/);
});

test('validate: the built-in demo data is valid', () => {
  const run = cli('validate', 'demo/data/gateway.json');
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /clusters: (\d+) of \1 valid/);
});

test('validate: fatal problems are named: not JSON, not an object, wrong version, missing file', () => {
  const broken = cli('validate', 'test/fixtures/broken.json');
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /not valid JSON/);
  assert.match(cli('validate', 'test/fixtures/array.json').stdout, /must hold a JSON object/);
  assert.match(cli('validate', 'test/fixtures/version2.json').stdout, /version: 2 is not supported; this release reads version 1/);
  assert.match(cli('validate', 'test/fixtures/no-version.json').stdout, /version: missing/);
  const missing = cli('validate', 'test/fixtures/nope.json');
  assert.equal(missing.status, 2, 'a file that cannot be read is not a problem in the data: exit 2');
  assert.match(missing.stdout, /cannot read: .*no such file/i);
});

test('validate: several files, one summary; unknown fields are warnings, not errors', () => {
  const run = cli('validate', 'test/fixtures/valid.json', 'test/fixtures/version2.json');
  assert.equal(run.status, 1);
  assert.match(run.stdout, /1 of 2 files valid/);
});

/** Writes `content` (a document, or text as it is) to a file named `name` in a new temporary folder. */
const temp = (name, content) => {
  const file = join(mkdtempSync(join(tmpdir(), 'cg-cli-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

// What a terminal acts on: C0 controls but the line feed, DEL, C1 controls, and the bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
const CLEAR = '\u001b[2J\u001b[H';

test('validate: prints no control character from the data, its keys or its path, only their escapes', () => {
  const fake = `${CLEAR}\n${'  valid'}\r`;
  const doc = {
    version: 1,
    [`${CLEAR}events`]: [],
    clusters: [
      { id: `x${CLEAR}`, name: 'A', country: 'DK', [fake]: 1, website: `javascript:\u009b31m`, email: `a\u202e@b.example` },
      { id: `x${CLEAR}`, name: 'B', country: 'SE' },
      { id: 'b', name: 'B', country: `Z\u001b]0;pwned\u0007` },
      { id: 'c', name: { [`en\u2066`]: 'C' }, country: 'SE', sectors: [{ en: 1 }] },
    ],
    funding: [{ id: 'f', name: 'F', provider: 'P', kind: 'other', url: `https://funding.example/\u202egpj.exe` }],
  };
  const file = temp(`data${CLEAR}\u202e.json`, doc);
  const runs = [
    cli('validate', file),
    cli('validate', `missing${CLEAR}\u009b2J.json`),
    cli('validate', temp('broken.json', `{"version": 1, "clusters": [${CLEAR}]}`)),
  ];
  for (const [i, run] of runs.entries()) {
    assert.equal(run.status, i === 1 ? 2 : 1, run.stdout);
    const at = run.stdout.search(CONTROL);
    assert.equal(at, -1, `no control character at ${at}: ${JSON.stringify(run.stdout.slice(Math.max(0, at - 30), at + 10))}`);
  }
  const [data, missing, broken] = runs.map((run) => run.stdout);
  assert.ok(!/^ {2}valid$/m.test(data), `no line of the data reads "valid":\n${data}`);
  for (const seen of [
    'data\\u001b[2J\\u001b[H\\u202e.json',
    '! \\u001b[2J\\u001b[Hevents: unknown section (ignored)',
    'clusters[0].\\u001b[2J\\u001b[H\\u000a  valid\\u000d: unknown field (ignored)',
    'clusters[1].id: duplicate id "x\\u001b[2J\\u001b[H" (first used by clusters[0]) (record skipped)',
    'clusters[0].email: "a\\u202e@b.example" is not an e-mail address (dropped)',
    'clusters[2].country: "Z\\u001b]0;PWNED\\u0007" is not a country code (record skipped)',
    'clusters[3].name: "en\\u2066" is not a language code',
    'funding[0].url: "https://funding.example/\\u202egpj.exe" is read as "https://funding.example/%E2%80%AEgpj.exe" (normalised)',
  ]) {
    assert.ok(data.includes(seen), `prints ${seen}\n---\n${data}`);
  }
  assert.match(missing, /cannot read: .*missing\\u001b\[2J\\u001b\[H\\u009b2J\.json/);
  assert.match(broken, /not valid JSON/);
});

test('validate: a web address is read as browsers read it, a warning when that changes it; an e-mail is an address only', () => {
  const { cases } = JSON.parse(readFileSync('test/fixtures/url-cases.json', 'utf8'));
  const funding = cases.map(([url], i) => ({ id: `f${i}`, name: 'F', provider: 'P', kind: 'other', url }));
  const run = cli('validate', temp('urls.json', { version: 1, funding }));
  assert.equal(run.status, 1, 'the refused addresses are problems');
  assert.ok(cases.length > 0, 'url-cases.json has cases');
  cases.forEach(([url, href], i) => {
    const lines = run.stdout.split('\n').filter((line) => line.includes(`funding[${i}].url:`));
    if (href === null)
      assert.deepEqual(lines, [`  ✗ funding[${i}].url: ${JSON.stringify(url)} is not an http(s) web address (record skipped)`]);
    else if (href === url || href === `${url}/`) assert.deepEqual(lines, [], `${url}: read as written`);
    else assert.deepEqual(lines, [`  ! funding[${i}].url: ${JSON.stringify(url)} is read as ${JSON.stringify(href)} (normalised)`], url);
  });
  assert.match(run.stdout, new RegExp(`funding: ${cases.filter(([, href]) => href).length} of ${cases.length} valid`));

  const pasted = 'https://Funding.Example/calls/Funding call 2027.pdf';
  const doc = {
    version: 1,
    clusters: [{ id: 'c', name: 'C', country: 'DK', website: pasted, email: 'a@b.example?bcc=x@y.example' }],
    organisations: [{ id: 'o', name: 'O', type: 'embassy', country: 'DE', website: pasted }],
    quizzes: [
      {
        id: 'q',
        version: 1,
        title: 'Q',
        dimensions: [{ id: 'd', title: 'D' }],
        questions: [{ id: 'q1', dimension: 'd', text: 'Q?', type: 'single', options: [{ id: 'a', label: 'A', score: 1 }] }],
        bands: [{ min: 0, label: 'Start' }],
        recommendations: [{ dimension: 'd', below: 50, text: 'T', link: { href: pasted, label: 'L' } }],
      },
    ],
  };
  const sections = cli('validate', temp('sections.json', doc));
  const href = '"https://funding.example/calls/Funding%20call%202027.pdf" (normalised)';
  for (const path of ['clusters[0].website', 'organisations[0].website', 'quizzes[0].recommendations[0].link.href']) {
    assert.ok(sections.stdout.includes(`  ! ${path}: ${JSON.stringify(pasted)} is read as ${href}`), `${path}\n---\n${sections.stdout}`);
  }
  assert.ok(
    sections.stdout.includes('  ✗ clusters[0].email: "a@b.example?bcc=x@y.example" is not an e-mail address (dropped)'),
    sections.stdout,
  );
  delete doc.clusters[0].email;
  const valid = cli('validate', temp('valid.json', doc));
  assert.equal(valid.status, 0, `a normalised address is a warning, not a problem:\n${valid.stdout}`);
  assert.match(valid.stdout, /\n {2}valid, 3 warnings\n/);
});

test('validate: reads a URL', async () => {
  const body = readFileSync('test/fixtures/valid.json');
  const server = createServer((req, res) => {
    if (req.url === '/gateway.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const ok = await cliAsync('validate', `http://127.0.0.1:${port}/gateway.json`);
    assert.equal(ok.status, 0, ok.stdout);
    const notFound = await cliAsync('validate', `http://127.0.0.1:${port}/missing.json`);
    assert.equal(notFound.status, 2, 'an HTTP error is an unreadable source: exit 2');
    assert.match(notFound.stdout, /the server answered 404/);
  } finally {
    server.close();
  }
});

test('no arguments prints the usage; --help and -h too; an unknown command or option exits 2 with the usage on stderr', () => {
  for (const args of [[], ['--help'], ['-h'], ['validate', '--help']]) {
    const run = cli(...args);
    assert.equal(run.status, 0, args.join(' '));
    assert.match(run.stdout, /Usage:[\s\S]*--json[\s\S]*Exit status: 0/, args.join(' '));
  }
  for (const args of [['frobnicate'], ['validate'], ['validate', '--jsn', 'test/fixtures/valid.json'], ['schema', 'extra']]) {
    const run = cli(...args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stdout, '', `nothing on stdout for ${args.join(' ')}`);
    assert.match(run.stderr, /Usage:/, args.join(' '));
  }
  assert.match(cli('validate', '--jsn', 'x.json').stderr, /unknown option --jsn/);
});

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const flag of ['--version', '-v']) {
    const run = cli(flag);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), version);
  }
});

test('validate --json: one machine-readable report with every problem, its path and its effect', () => {
  const run = cli('validate', '--json', 'test/fixtures/valid.json', 'test/fixtures/partial.json', 'test/fixtures/broken.json');
  assert.equal(run.status, 1);
  const out = JSON.parse(run.stdout);
  assert.equal(out.total, 3);
  assert.equal(out.valid, 1);
  assert.deepEqual(
    out.files.map((file) => [file.source, file.outcome]),
    [
      ['test/fixtures/valid.json', 'valid'],
      ['test/fixtures/partial.json', 'invalid'],
      ['test/fixtures/broken.json', 'invalid'],
    ],
  );
  const partial = out.files[1].report;
  assert.deepEqual(
    partial.errors.find((error) => error.path === 'clusters[1].country'),
    { path: 'clusters[1].country', message: '"ZZ" is not a country code', effect: 'record skipped' },
  );
  assert.deepEqual(
    partial.errors.find((error) => error.path === 'clusters[2].website'),
    { path: 'clusters[2].website', message: '"javascript:alert(1)" is not an http(s) web address', effect: 'dropped' },
  );
  assert.deepEqual(
    partial.counts.find((entry) => entry.section === 'clusters'),
    { section: 'clusters', valid: 3, total: 8 },
  );
  assert.equal(out.files[2].report.errors[0].effect, 'fatal');
  assert.match(out.files[2].report.errors[0].message, /^not valid JSON/);
  // The text form says the same things, one per line.
  const text = cli('validate', 'test/fixtures/partial.json').stdout;
  for (const error of partial.errors) assert.ok(text.includes(`${error.path}: ${error.message}`), error.path);
});

test('validate --json: an unreadable source exits 2 and still reports as JSON; control and bidi characters stay escaped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-json-'));
  const file = join(dir, 'odd.json');
  writeFileSync(file, JSON.stringify({ version: 1, clusters: [{ id: 'a', name: 'A', country: 'DK', 'x\u202e\u0085y': 1 }] }));
  const run = cli('validate', '--json', file, join(dir, 'missing.json'));
  assert.equal(run.status, 2);
  assert.equal(run.stdout.search(CONTROL), -1, 'no raw control character');
  const out = JSON.parse(run.stdout);
  assert.deepEqual(out.files[0].report.warnings, [{ path: 'clusters[0].x\u202e\u0085y', message: 'unknown field (ignored)' }]);
  assert.equal(out.files[1].outcome, 'unreadable');
  assert.match(out.files[1].report.errors[0].message, /^cannot read: .*no such file/i);
});

test('a reader that stops early (| head) ends the command quietly, with no stack trace', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-pipe-'));
  const file = join(dir, 'many.json');
  const clusters = Array.from({ length: 20000 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, country: 'DK', webiste: 'x' }));
  writeFileSync(file, JSON.stringify({ version: 1, clusters }));
  for (const args of [['validate', file], ['validate', '--json', file], ['schema']]) {
    const { status, stderr, lines } = await new Promise((resolve) => {
      const child = spawn('node', ['bin/cluster-gateway.js', ...args]);
      let stderr = '';
      let lines = 0;
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', (chunk) => {
        lines = String(chunk).split('\n').length;
        child.stdout.destroy(); // what `head -1` does once it has its line
      });
      child.on('close', (status) => resolve({ status, stderr, lines }));
    });
    assert.ok(lines > 0, `${args.join(' ')} printed before the reader stopped`);
    assert.equal(stderr, '', `${args.join(' ')}: nothing on stderr`);
    assert.equal(status, 0, `${args.join(' ')}: a valid file with warnings still exits 0`);
  }
});

test('schema: the published JSON Schema accepts the demo data and rejects bad records', () => {
  const schema = JSON.parse(readFileSync('dist/cluster-gateway.schema.json', 'utf8'));
  assert.deepEqual(JSON.parse(cli('schema').stdout), schema, 'the build writes what `schema` prints');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const demo = JSON.parse(readFileSync('demo/data/gateway.json', 'utf8'));
  assert.ok(validate(demo), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.ok(validate(JSON.parse(readFileSync('test/fixtures/valid.json', 'utf8'))), 'lower-case country codes are accepted');
  assert.equal(validate({ version: 2 }), false, 'version must be 1');
  assert.equal(validate({ version: 1, clusters: [{ id: 'x', name: 'X' }] }), false, 'country is required');
  assert.equal(validate({ version: 1, clusters: [{ id: 'x', name: 'X', country: 'ZZ' }] }), false, 'ZZ is not a country');
  assert.equal(
    validate({ version: 1, funding: [{ id: 'f', name: 'F', provider: 'P', kind: 'lottery', url: 'https://x.example' }] }),
    false,
    'kind is a closed list',
  );
  const props = schema.properties.clusters.items.properties;
  assert.ok(Array.isArray(props.label.enum) && props.label.enum.includes('gold'), 'label values complete in an editor');
  const funding = (url) => ({ version: 1, funding: [{ id: 'f', name: 'F', provider: 'P', kind: 'other', url }] });
  assert.equal(
    validate(funding('https://funding.example/calls/Funding call 2027.pdf')),
    true,
    'an address with spaces, as a browser reads it',
  );
  assert.equal(validate(funding('javascript:alert(1)')), false, 'an address is http(s)');
  assert.equal(validate(funding(' https://funding.example/')), false, 'nothing before the scheme');
  const email = (address) => ({ version: 1, clusters: [{ id: 'c', name: 'C', country: 'DK', email: address }] });
  assert.equal(validate(email('info@cluster.example')), true, 'an e-mail address');
  assert.equal(validate(email(`${'a'.repeat(250)}@cluster.example`)), false, 'an e-mail address has at most 254 characters');
});
