// Dev-server plugins the browser tests talk to (real HTTP handlers, not stubbed fetch).
import {Buffer} from 'node:buffer';
import {createServer} from 'node:net';

/** How long /fault/hang keeps a request open before giving up on it, so that no handler lives forever. */
const hangLimit = 30_000;

const partners = (title) => ({
  title,
  intro: ['Served by the test server.'],
  groups: [
    {
      id: 'regulators',
      title: 'Regulators',
      partners: [{id: 'hsa', name: 'Health Sciences Authority', acronym: 'HSA', description: 'Regulates.'}],
    },
  ],
});

/** Bodies that tests store with POST /fault/store/<id> and read back as `src`. */
const stored = new Map();
/** Requests seen per `id`, for the endpoints that change their answer over time. */
const counts = new Map();
/** What became of each /fault/hang request, by `id`: "open", "closed by the client" or "timed out". */
const hangs = new Map();

/**
 * Answers on the raw response, bypassing Koa's own response handling: the dev server's serve hook
 * always answers 200, and these endpoints need other statuses, stalls and half-sent bodies.
 */
const send = (ctx, status, type, body) => {
  ctx.respond = false;
  if (ctx.res.headersSent || ctx.res.destroyed) return;
  ctx.res.writeHead(status, {'Content-Type': type, 'Cache-Control': 'no-store'});
  ctx.res.end(body);
};
const json = (ctx, status, body) =>
  send(ctx, status, 'application/json', typeof body === 'string' ? body : JSON.stringify(body));

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** A port on 127.0.0.1 that nothing listens on: bound, then closed again. */
const closedPort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Keeps the request open until the client goes away or `limit` ms pass; resolves with which came first. */
const holdOpen = (ctx, limit) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => done('timed out'), limit);
    const onClose = () => done('closed by the client');
    const done = (outcome) => {
      clearTimeout(timer);
      ctx.req.off('close', onClose);
      ctx.res.off('close', onClose);
      resolve(outcome);
    };
    ctx.req.on('close', onClose);
    ctx.res.on('close', onClose);
  });

/** Every fault the network tests need, under /fault/. */
async function faults(ctx) {
  const id = ctx.query.id ?? '';
  const seen = (counts.get(`${ctx.path}:${id}`) ?? 0) + 1;
  counts.set(`${ctx.path}:${id}`, seen);

  switch (ctx.path) {
    case '/fault/ok.json':
      return json(ctx, 200, partners(`Partners ${id || 'ok'}`));
    case '/fault/404':
      return json(ctx, 404, {error: 'not found'});
    case '/fault/500':
      return json(ctx, 500, {error: 'server error'});
    case '/fault/html':
      return send(
        ctx,
        200,
        'text/html',
        '<!doctype html><title>Moved</title><h1>Sorry, that page moved</h1>'
      );
    case '/fault/invalid-json':
      return json(ctx, 200, '{"title": "Partners", "groups": [');
    case '/fault/empty':
      return json(ctx, 200, '');
    case '/fault/null':
      return json(ctx, 200, 'null');
    case '/fault/count':
      // How many times `path` was requested with `of`: lets a test see that a request was (not) made.
      return json(ctx, 200, {count: counts.get(`${ctx.query.path}:${ctx.query.of ?? ''}`) ?? 0});
    case '/fault/recovering': {
      // Fails the first `fails` (default 1) requests for an id, then answers with data.
      const fails = Number(ctx.query.fails ?? 1);
      if (seen <= fails) return json(ctx, 500, {error: `failure ${seen} of ${fails}`});
      return json(ctx, 200, partners(`Partners after ${fails} failure${fails === 1 ? '' : 's'}`));
    }
    case '/fault/slow': {
      const ms = Math.min(Number(ctx.query.ms ?? 500), hangLimit);
      const outcome = await Promise.race([
        new Promise((resolve) => setTimeout(() => resolve('answered'), ms)),
        holdOpen(ctx, hangLimit),
      ]);
      if (outcome !== 'answered') return send(ctx, 504, 'text/plain', 'gave up');
      return json(ctx, 200, partners(`Partners ${id}`));
    }
    case '/fault/hang': {
      // Never answers: the connection stays open until the client aborts or the limit passes.
      hangs.set(id, 'open');
      hangs.set(id, await holdOpen(ctx, hangLimit));
      return send(ctx, 504, 'text/plain', 'gave up');
    }
    case '/fault/hang-body': {
      // Sends the headers and half a body, then stalls.
      hangs.set(id, 'open');
      ctx.respond = false;
      ctx.res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
      ctx.res.write('{"title": "Partners", ');
      hangs.set(id, await holdOpen(ctx, hangLimit));
      ctx.res.end();
      return;
    }
    case '/fault/hang-status':
      return json(ctx, 200, {state: hangs.get(id) ?? 'never requested'});
    case '/fault/closed-port':
      return json(ctx, 200, {port: await closedPort()});
    default:
      break;
  }
  if (ctx.path.startsWith('/fault/store/')) {
    const key = ctx.path.slice('/fault/store/'.length);
    if (ctx.method === 'POST') {
      stored.set(key, await readBody(ctx.req));
      return json(ctx, 200, {stored: key});
    }
    if (!stored.has(key)) return json(ctx, 404, {error: `nothing stored as ${key}`});
    return json(ctx, 200, stored.get(key));
  }
  if (ctx.path.startsWith('/fault/page/')) {
    // A page stored with POST /fault/store/<id>, as HTML: a test opens it in a frame whose URL has a #target.
    const key = ctx.path.slice('/fault/page/'.length);
    if (!stored.has(key)) return json(ctx, 404, {error: `nothing stored as ${key}`});
    return send(ctx, 200, 'text/html', stored.get(key));
  }
  return json(ctx, 404, {error: `no fault called ${ctx.path}`});
}

/** Serves /fault/… through the dev server's serve hook (see `send` for how it answers). */
export const faultServerPlugin = {
  name: 'fault-server',
  async serve(ctx) {
    if (!ctx.path.startsWith('/fault/')) return undefined;
    await faults(ctx);
    // The response is already written; this only tells the dev server that the path was handled.
    return {body: '', type: 'application/json'};
  },
};

export const testServerPlugins = [faultServerPlugin];
