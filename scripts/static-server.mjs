// One small static file server for everything here that serves files on 127.0.0.1: `npm start`, the
// screenshots, the benchmark and the README recipe tests.
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the files under `root` (a folder's `index.html` for the folder) on 127.0.0.1, on `port` or a free
 * one, with `headers` added to every file. Resolves to `{origin, close()}`; `close` resolves once the server has stopped.
 */
export function serveStatic(root, {port = 0, headers = {}} = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    // Browsers ask for it on every page; answering keeps their consoles free of 404s.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    let file = join(base, path);
    if (!file.startsWith(base)) return response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
    }
    response.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers});
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(closed)),
      })
    )
  );
}
