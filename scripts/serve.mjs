// Serves the repository for the demo pages: `npm start`, or `node scripts/serve.mjs [port]`.
import {serveStatic} from './static-server.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
await serveStatic(new URL('..', import.meta.url).pathname, {port});
console.log(`The demo is at http://localhost:${port}/demo/ (Ctrl+C stops the server)`);
