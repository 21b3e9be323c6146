// `npm test`'s browser step: the whole suite in every installed engine (Chromium in Lit's dev and
// production modes, Firefox and WebKit in dev mode), then one summary line. Nothing here downloads a browser.
import {spawnSync} from 'node:child_process';
import {engines} from './browsers.mjs';

const found = engines();
const chromium = found.find(({engine}) => engine === 'chromium');
if (chromium.missing) {
  console.error(`Cannot run the browser tests: ${chromium.missing}.`);
  process.exit(1);
}
const skipped = found.filter(({missing}) => missing);
const available = (engine) => !found.find((candidate) => candidate.engine === engine).missing;
const xvfb = (engine) => found.find((candidate) => candidate.engine === engine).xvfb;

// Some tests load the built files (the script-tag bundle, two copies on one page), so build first.
const build = spawnSync('npm', ['run', 'build', '--silent'], {stdio: ['ignore', 'ignore', 'inherit']});
if (build.status !== 0) {
  console.error('npm run build failed; fix the build before running the browser tests.');
  process.exit(1);
}

const runs = [
  {name: 'Chromium, Lit dev mode', engine: 'chromium', env: {LIT_MODE: 'development'}},
  {name: 'Chromium, Lit production mode', engine: 'chromium', env: {LIT_MODE: 'production'}},
  {name: 'Firefox, Lit dev mode', engine: 'firefox', env: {LIT_MODE: 'development'}},
  {name: 'WebKit, Lit dev mode', engine: 'webkit', env: {LIT_MODE: 'development'}},
].filter((run) => available(run.engine));

let passed = 0;
let failed = 0;
let ok = true;
for (const run of runs) {
  console.log(`\n▶ ${run.name}`);
  const started = Date.now();
  const wtr = ['npx', 'wtr', ...process.argv.slice(2)];
  // WebKitGTK needs a display: without one, run under a throwaway X server.
  const [command, ...args] = xvfb(run.engine) ? ['xvfb-run', '-a', ...wtr] : wtr;
  const result = spawnSync(command, args, {
    env: {...process.env, ...run.env, WTR_BROWSER: run.engine},
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout ?? '');
  if (result.error) console.error(`${run.name}: ${result.error.message}`);
  const counts = [...(result.stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  console.log(`◀ ${run.name}: ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0 || !counts) ok = false;
}
if (skipped.length) {
  console.log(`\n${skipped.map(({name, missing}) => `Skipped ${name}: ${missing}`).join('; ')}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
