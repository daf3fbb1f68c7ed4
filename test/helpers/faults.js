// Test-server routes that fail on purpose, so the data layer meets real HTTP behaviour:
//   /faults/status/<code>                 answers <code> with a short body
//   /faults/flaky/<key>/<n>/<fixture>     answers 500 to the first <n> requests for <key>, then the fixture
//   /faults/counted/<key>/<fixture>       serves the fixture after a short delay
//   /faults/count/<key>                   how many requests <key> has had, and how many hung up while held, as JSON
//   /faults/stall                         never answers (until the client gives up)
//   /faults/held/<key>/<fixture>          sends half of the fixture, then the rest once /faults/release/<key> is
//                                         asked (at once when it was); counts the clients that hung up before
//   /faults/release/<key>                 lets the held answers for <key> finish
//   /faults/reset/<fixture>               sends half of the fixture, then drops the connection
// Every route counts its requests under `?k=<key>` (or its <key>). Answers are written straight to the
// socket with `no-store`, because the test server would otherwise mark them cacheable for a year.
import { readFileSync } from 'node:fs';

const counts = new Map();
/** Per key: `release` resolves the held answers; `closed` counts clients that hung up while held. */
const holds = new Map();
const hold = (key) => {
  if (!holds.has(key)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    holds.set(key, { released, release, closed: 0 });
  }
  return holds.get(key);
};
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const headers = (type, length) => ({ 'Content-Type': type, 'Content-Length': length, 'Cache-Control': 'no-store' });

const send = (ctx, status, body, type = 'application/json') => {
  ctx.respond = false;
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  ctx.res.writeHead(status, headers(type, buffer.length));
  ctx.res.end(buffer);
};

export async function faults(ctx, next) {
  const parts = ctx.path.split('/').filter(Boolean);
  if (parts[0] !== 'faults') return next();
  const [, route, ...rest] = parts;
  const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1).get(key);
  if (ctx.query.k) count(ctx.query.k);
  switch (route) {
    case 'status':
      return send(ctx, Number(rest[0]), `status ${rest[0]}`, 'text/plain');
    case 'flaky': {
      const [key, failures, name] = rest;
      if (count(key) <= Number(failures)) return send(ctx, 500, 'temporarily broken', 'text/plain');
      return send(ctx, 200, fixture(name));
    }
    case 'counted': {
      const [key, name] = rest;
      count(key);
      // A little latency, so that two widgets are both waiting before the answer comes.
      await new Promise((resolve) => setTimeout(resolve, 150));
      return send(ctx, 200, fixture(name));
    }
    case 'count':
      return send(ctx, 200, JSON.stringify({ count: counts.get(rest[0]) ?? 0, closed: holds.get(rest[0])?.closed ?? 0 }));
    case 'held': {
      const [key, name] = rest;
      const body = fixture(name);
      const held = hold(key);
      count(key);
      ctx.respond = false;
      ctx.res.writeHead(200, headers('application/json', body.length));
      ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
      const hungUp = new Promise((resolve) => ctx.res.once('close', () => resolve(true)));
      if (await Promise.race([held.released.then(() => false), hungUp])) held.closed++;
      else ctx.res.end(body.subarray(Math.floor(body.length / 2)));
      return;
    }
    case 'release':
      hold(rest[0]).release();
      return send(ctx, 200, JSON.stringify({ released: rest[0] }));
    case 'stall':
      ctx.respond = false;
      await new Promise((resolve) => ctx.res.once('close', resolve));
      return;
    case 'reset': {
      const body = fixture(rest[0]);
      ctx.respond = false;
      ctx.res.writeHead(200, headers('application/json', body.length));
      ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      ctx.req.socket.destroy();
      return;
    }
    default:
      return send(ctx, 404, 'no such fault route', 'text/plain');
  }
}
