import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromePath, chromeFlags} from './scripts/browsers.mjs';
import {testServerPlugins} from './test/server/plugins.mjs';

// LIT_MODE=production runs the suite against Lit's production build; the default is its dev mode,
// which adds warnings that the test setup turns into failures.
const production = process.env.LIT_MODE === 'production';

const executablePath = chromePath();
if (!executablePath) {
  console.error(
    'No Chrome or Chromium found: install one (on Debian: apt-get install chromium) or set CHROME_PATH to it.'
  );
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: production ? ['production'] : ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), ...testServerPlugins],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script src="/test/setup/guard.js"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  browsers: [chromeLauncher({launchOptions: {executablePath, args: chromeFlags}})],
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
};
