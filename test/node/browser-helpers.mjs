// What the tests that open dist/editor.html from disk share: the engines that can run here, and a watch on a
// tab for requests and errors. Nothing here downloads a browser.
import puppeteer from 'puppeteer-core';
import {chromeFlags, chromePath, firefoxPath} from '../../scripts/browsers.mjs';

/** Every engine that can run here, with how to launch it (one fresh profile per launch); Firefox only when installed. */
export const engines = [
  {
    name: 'Chromium',
    launch: () => puppeteer.launch({executablePath: chromePath(), args: chromeFlags, headless: true}),
  },
  {
    name: 'Firefox',
    skip: firefoxPath() ? false : 'firefox-esr is not installed',
    launch: () => puppeteer.launch({browser: 'firefox', executablePath: firefoxPath(), headless: true}),
  },
];

/**
 * Records every URL `tab` requests, and every failed request, console error and page error, into the
 * arrays given (so that several tabs can share them).
 */
export function watch(tab, requests = [], errors = []) {
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => errors.push(`page error: ${error.message ?? error}`));
  return {requests, errors};
}
