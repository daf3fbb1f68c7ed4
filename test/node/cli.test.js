// The webmaster's command: `cluster-gateway validate <file-or-url>` and `cluster-gateway schema`, run as a
// real process against fixture files (and a local HTTP server for URLs), after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
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
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /cannot read: .*no such file/i);
});

test('validate: several files, one summary; unknown fields are warnings, not errors', () => {
  const run = cli('validate', 'test/fixtures/valid.json', 'test/fixtures/version2.json');
  assert.equal(run.status, 1);
  assert.match(run.stdout, /1 of 2 files valid/);
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
    assert.equal(notFound.status, 1);
    assert.match(notFound.stdout, /the server answered 404/);
  } finally {
    server.close();
  }
});

test('no arguments prints the usage; an unknown command exits 2', () => {
  assert.match(cli().stdout, /Usage:/);
  assert.equal(cli('frobnicate').status, 2);
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
  assert.equal(validate({ version: 1, funding: [{ id: 'f', name: 'F', provider: 'P', kind: 'lottery', url: 'https://x.example' }] }), false, 'kind is a closed list');
  const props = schema.properties.clusters.items.properties;
  assert.ok(Array.isArray(props.label.enum) && props.label.enum.includes('gold'), 'label values complete in an editor');
});
