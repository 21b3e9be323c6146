import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {spawn} from 'node:child_process';
import puppeteer from 'puppeteer-core';
import {
  chromePath,
  chromeFlags,
  firefoxPath,
  freePort,
  missingMessage,
  waitForDriver,
  webkit,
  webkitCapabilities,
} from './scripts/browsers.mjs';
import {testServerPlugins} from './test/server/plugins.mjs';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';

/**
 * `executeServerCommand('tap', {x, y})`: a real touch tap (touch start and end, from which the browser makes
 * the pointer events and the click), in Chromium, through puppeteer and the DevTools Protocol.
 */
const touchTapPlugin = {
  name: 'touch-tap',
  async executeCommand({command, payload, session}) {
    if (command !== 'tap') return undefined;
    if (session.browser.type !== 'puppeteer')
      throw new Error(`tap needs puppeteer, not ${session.browser.type}`);
    await session.browser.getPage(session.id).touchscreen.tap(payload.x, payload.y);
    return true;
  },
};

/**
 * `executeServerCommand('forced-colors', {active})`: emulates Windows High Contrast's `forced-colors: active` in
 * Chromium, which wtr's own emulateMedia does not offer.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer')
      throw new Error(`forced-colors needs puppeteer, not ${session.browser.type}`);
    // Puppeteer's emulateMediaFeatures refuses this feature's name, so ask the DevTools Protocol directly; the
    // emulation lasts as long as the CDP session that set it, so keep one per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: payload.active ? 'active' : 'none'}],
    });
    return true;
  },
};

/**
 * `executeServerCommand('a11y-full-snapshot')`: the whole accessibility tree, with the nodes that puppeteer's
 * default snapshot leaves out as uninteresting (text that is not focusable, such as a repeated acronym).
 */
const fullA11ySnapshotPlugin = {
  name: 'a11y-full-snapshot',
  async executeCommand({command, session}) {
    if (command !== 'a11y-full-snapshot') return undefined;
    if (session.browser.type !== 'puppeteer')
      throw new Error(`a11y-full-snapshot needs puppeteer, not ${session.browser.type}`);
    return session.browser.getPage(session.id).accessibility.snapshot({interestingOnly: false});
  },
};

// LIT_MODE=production runs the suite against Lit's production build; the default is its dev mode,
// which adds warnings that the test setup turns into failures.
const production = process.env.LIT_MODE === 'production';

// WTR_BROWSER=chromium|firefox|webkit picks the engine; scripts/test.mjs runs each one it finds.
const engine = process.env.WTR_BROWSER || 'chromium';

const launcher = () => {
  if (engine === 'chromium') {
    const executablePath = chromePath();
    return executablePath && chromeLauncher({launchOptions: {executablePath, args: chromeFlags}});
  }
  if (engine === 'firefox') {
    const executablePath = firefoxPath();
    // Firefox through puppeteer-core over WebDriver BiDi; @web/test-runner-puppeteer would download Chrome.
    return (
      executablePath &&
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          extraPrefsFirefox: {
            // Keep timers of pages that are not in front at full speed.
            'dom.timeout.enable_budget_timer_throttling': false,
            'dom.min_background_timeout_value_without_budget_throttling': 0,
          },
        },
      })
    );
  }
  if (engine === 'webkit') {
    const paths = webkit();
    return paths && new WebKitLauncher(paths);
  }
  console.error(`WTR_BROWSER must be chromium, firefox or webkit, not "${engine}".`);
  process.exit(1);
};

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. webdriverio cannot start that driver itself, so this
 * launcher starts it on a free port when wtr initialises the browser and kills it when wtr stops it (or
 * when this process exits any other way). Run it under a display: scripts/test.mjs uses `xvfb-run -a`.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor({driver, browser}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: webkitCapabilities(browser),
    });
    this.driverPath = driver;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    this.options.port = port;
    this.driverProcess = spawn(this.driverPath, [`--port=${port}`], {stdio: ['ignore', 'ignore', 'inherit']});
    const kill = () => this.driverProcess?.kill();
    process.once('exit', kill);
    await waitForDriver(port, this.driverProcess);
  }

  /**
   * webdriverio's keys() presses every key before it releases any, and WebKitWebDriver drops the press of a
   * key that is already down, so `sendKeys({type: 'zzzz'})` typed one "z". Send the keys one at a time. A
   * combination such as `sendKeys({press: 'Shift+Tab'})` (wtr's webdriver support has no `down` and `up`) is
   * sent as its keys together, as Playwright's press does.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) {
      await super.sendKeys(sessionId, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
    }
  }

  async stop() {
    await super.stop();
    const driver = this.driverProcess;
    this.driverProcess = undefined;
    if (driver && driver.exitCode === null && driver.signalCode === null) {
      const exited = new Promise((resolve) => driver.once('exit', resolve));
      driver.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  }
}

const browser = launcher();
if (!browser) {
  console.error(missingMessage(engine));
  process.exit(1);
}

/**
 * SCRI_MODEL_SEED, SCRI_MODEL_PATH and SCRI_MODEL_REPLAY_PATH replay a failure of test/tooltip-model.test.ts
 * (see the comment at its top); the page reads them as window.__modelSeed, __modelPath and __modelReplayPath.
 * SCRI_PROP_SEED replays the data properties (test/static-html-properties.test.ts) as window.__propSeed.
 */
const pageValue = (name) => JSON.stringify(process.env[name] ?? null).replace(/</g, '\\u003c');
const modelReplay = `window.__modelSeed = ${pageValue('SCRI_MODEL_SEED')};
          window.__propSeed = ${pageValue('SCRI_PROP_SEED')};
          window.__modelPath = ${pageValue('SCRI_MODEL_PATH')};
          window.__modelReplayPath = ${pageValue('SCRI_MODEL_REPLAY_PATH')};`;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: production ? ['production'] : ['development']},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    ...testServerPlugins,
    a11ySnapshotPlugin(),
    touchTapPlugin,
    forcedColorsPlugin,
    fullA11ySnapshotPlugin,
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>window.__engine = '${engine}';</script>
        <script>${modelReplay}</script>
        <script src="/test/setup/guard.js"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  browsers: [browser],
  // One test file at a time in every engine: a test page in a background tab gets no animation frames and
  // its synthetic mouse input can stall (seen in Chromium and Firefox), which breaks the pointer tests.
  concurrency: 1,
  // Firefox and WebKit start slower than Chromium, and a loaded 2-core CI machine slows every engine.
  browserStartTimeout: engine === 'chromium' ? 30000 : 120000,
  testsStartTimeout: engine === 'chromium' ? 20000 : 60000,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
};
