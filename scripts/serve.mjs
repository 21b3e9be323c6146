// A small static file server for the demo pages: `npm start`, or `node scripts/serve.mjs [port]`.
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) return response.writeHead(403).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    return response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
  }
  response.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`The demo is at http://localhost:${port}/demo/ (Ctrl+C stops the server)`);
});
