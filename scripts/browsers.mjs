// Finds the browsers installed on this machine. Nothing here downloads a browser.
import {existsSync} from 'node:fs';

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
export const firefoxPath = () => first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver. */
export const webkit = () => {
  const driver = first(['/usr/bin/WebKitWebDriver']);
  const browser = first([
    process.env.WEBKIT_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ]);
  return driver && browser ? {driver, browser} : undefined;
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
];
