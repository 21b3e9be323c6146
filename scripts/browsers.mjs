// Finds the browsers installed on this machine. Nothing here downloads a browser.
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';

const first = (paths) => paths.find((path) => path && existsSync(path));

/** Chrome or Chromium: CHROME_PATH, Debian's chromium, then Chrome's usual install places. */
export const chromePath = () =>
  first([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ]);

/** Firefox: FIREFOX_PATH or Debian's firefox-esr. */
export const firefoxPath = () =>
  first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

const webkitDriverPath = () => first([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
const miniBrowserPath = () =>
  first([
    process.env.WEBKIT_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ]);

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver. */
export const webkit = () => {
  const driver = webkitDriverPath();
  const browser = miniBrowserPath();
  return driver && browser ? {driver, browser} : undefined;
};

/** xvfb-run, for engines that need a display (WebKitGTK) when there is none. */
/** The WebDriver capabilities that make WebKitWebDriver launch `browser` (MiniBrowser), over WebDriver classic. */
export const webkitCapabilities = (browser) => ({
  browserName: 'MiniBrowser',
  // WebKitWebDriver's capability for the browser it launches: {binary, args, useOverlayScrollbars}.
  'webkitgtk:browserOptions': {binary: browser, args: ['--automation']},
  'wdio:enforceWebDriverClassic': true,
});

/** A TCP port on 127.0.0.1 that nothing listens on now (for a driver we start ourselves). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once a WebDriver server on `port` answers /status; rejects if `driverProcess` exits or 20 s pass. */
export const waitForDriver = async (port, driverProcess) => {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (driverProcess.exitCode !== null || driverProcess.signalCode !== null) {
      throw new Error(
        `WebKitWebDriver exited (${driverProcess.exitCode ?? driverProcess.signalCode}) before it was ready`
      );
    }
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
};

export const xvfbRunPath = () => first(['/usr/bin/xvfb-run']);

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/**
 * Every engine the suite can run in: `{engine, name, missing}`, where `missing` says why it cannot run
 * here (and how to fix that), or is undefined; `xvfb` is true when its run must go under `xvfb-run -a`.
 */
export const engines = () => [
  {
    engine: 'chromium',
    name: 'Chromium',
    missing: chromePath()
      ? undefined
      : 'no Chrome or Chromium found (on Debian: apt-get install chromium, or set CHROME_PATH)',
  },
  {
    engine: 'firefox',
    name: 'Firefox',
    missing: firefoxPath()
      ? undefined
      : 'firefox-esr not found (apt-get install firefox-esr, or set FIREFOX_PATH)',
  },
  {
    engine: 'webkit',
    name: 'WebKit',
    xvfb: !hasDisplay(),
    missing: !webkitDriverPath()
      ? 'WebKitWebDriver not found (apt-get install webkit2gtk-driver xvfb xauth)'
      : !miniBrowserPath()
        ? 'MiniBrowser not found (apt-get install webkit2gtk-driver, or set WEBKIT_PATH)'
        : !hasDisplay() && !xvfbRunPath()
          ? 'no DISPLAY and xvfb-run not found (apt-get install xvfb xauth)'
          : undefined,
  },
];

/** Why `engine` cannot run here, as one message. */
export const missingMessage = (engine) => {
  const found = engines().find((candidate) => candidate.engine === engine);
  return found
    ? `Cannot run ${found.name}: ${found.missing ?? 'unknown reason'}.`
    : `Unknown engine "${engine}".`;
};

export const chromeFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A page that is not the front tab otherwise gets throttled timers and no animation frames, and
  // timing-sensitive tests (tooltip delays) and benchmarks stall or drift.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
