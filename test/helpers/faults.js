// Test-server routes that fail on purpose, so the data layer meets real HTTP behaviour:
//   /faults/status/<code>                 answers <code> with a short body
//   /faults/flaky/<key>/<n>/<fixture>     answers 500 to the first <n> requests for <key>, then the fixture
//   /faults/counted/<key>/<fixture>       serves the fixture after a short delay
//   /faults/count/<key>                   how many requests <key> has had, as JSON
//   /faults/stall                         never answers (until the client gives up)
//   /faults/slow/<fixture>                sends the fixture in pieces over ~1 s with a Content-Length
//   /faults/reset/<fixture>               sends half of the fixture, then drops the connection
// Every route counts its requests under `?k=<key>` (or its <key>). Answers are written straight to the
// socket with `no-store`, because the test server would otherwise mark them cacheable for a year.
import { readFileSync } from 'node:fs';

const counts = new Map();
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
      return send(ctx, 200, JSON.stringify({ count: counts.get(rest[0]) ?? 0 }));
    case 'stall':
      ctx.respond = false;
      await new Promise((resolve) => ctx.res.once('close', resolve));
      return;
    case 'slow': {
      const body = fixture(rest[0]);
      ctx.respond = false;
      ctx.res.writeHead(200, headers('application/json', body.length));
      const pieces = 8;
      for (let i = 0; i < pieces && !ctx.res.destroyed; i++) {
        ctx.res.write(body.subarray(Math.floor((i * body.length) / pieces), Math.floor(((i + 1) * body.length) / pieces)));
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
      ctx.res.end();
      return;
    }
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
