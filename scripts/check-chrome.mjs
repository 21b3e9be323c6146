// The first step of `npm test`: stop at once, with one sentence, when there is no browser to test in.
import {chromePath} from './browsers.mjs';

if (!chromePath()) {
  console.error(
    'No Chrome or Chromium found: install one (on Debian: apt-get install chromium) or set CHROME_PATH to it.'
  );
  process.exit(1);
}
