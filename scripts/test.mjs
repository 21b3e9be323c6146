// `npm test`'s browser step: the whole suite in every installed engine, in Lit's dev and production
// modes, then one summary line. Nothing here downloads a browser.
import {spawnSync} from 'node:child_process';
import {chromePath} from './browsers.mjs';

if (!chromePath()) {
  console.error(
    'No Chrome or Chromium found: install one (on Debian: apt-get install chromium) or set CHROME_PATH to it.'
  );
  process.exit(1);
}

// Some tests load the built files (the script-tag bundle, two copies on one page), so build first.
const build = spawnSync('npm', ['run', 'build', '--silent'], {stdio: ['ignore', 'ignore', 'inherit']});
if (build.status !== 0) {
  console.error('npm run build failed; fix the build before running the browser tests.');
  process.exit(1);
}

const runs = [
  {name: 'Chromium, Lit dev mode', env: {LIT_MODE: 'development'}},
  {name: 'Chromium, Lit production mode', env: {LIT_MODE: 'production'}},
];

let passed = 0;
let failed = 0;
let ok = true;
for (const run of runs) {
  console.log(`\n▶ ${run.name}`);
  const result = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
    env: {...process.env, ...run.env},
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout);
  const counts = [...result.stdout.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (result.status !== 0 || !counts) ok = false;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
