// `npm run size`: the bytes a page pays for the script tag bundle, minified and gzipped.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const budget = 16 * 1024;
const target = 12 * 1024;
const file = 'dist/scri-partners.min.js';
let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`${file} is missing: run npm run build first.`);
  process.exit(1);
}
const bytes = gzipSync(source, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${file}: ${source.length} bytes minified, ${bytes} bytes (${kb(bytes)}) min+gzip`);
console.log(`budget ${kb(budget)}, target ${kb(target)}: ${bytes <= target ? 'within target' : bytes <= budget ? 'within budget, above target' : 'OVER BUDGET'}`);
process.exit(bytes <= budget ? 0 : 1);
