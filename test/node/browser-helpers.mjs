// What the tests that open dist/editor.html from disk share: the engines that can run here, a watch on a tab
// for requests and errors, and the journey's checks of the exported YAML. Nothing here downloads a browser.
/* global document -- in functions that run in the page */
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
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

/** The partner both editor journeys add, as a person types it. */
export const moh = {
  name: 'Ministry of Health',
  acronym: 'MOH',
  description: 'Sets national health policy and funds public health research.',
  url: 'https://www.moh.gov.sg',
};

/**
 * Runs in the page (sent whole, so it names nothing outside itself): the values of the first group's partners'
 * fields, as the editor's form shows them, keyed by the last part of each field's id.
 */
export function firstGroupForm() {
  const editor = document.querySelector('scri-partners-editor').shadowRoot;
  return [...editor.querySelector('fieldset.group').querySelectorAll('fieldset.partner')].map((partner) =>
    Object.fromEntries(
      [...partner.querySelectorAll('input, textarea')].map((field) => [
        field.id.split('-').at(-1),
        field.value,
      ])
    )
  );
}

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Jekyll's path, when installed. */
export const jekyll = ['/usr/bin/jekyll', '/usr/local/bin/jekyll'].find((path) => existsSync(path));

/** Runs a command; resolves with its exit code and output, whether it succeeds or not. */
export const run = (command, args, cwd) =>
  promisify(execFile)(command, args, {cwd}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error) => ({code: error.code, stdout: error.stdout ?? '', stderr: error.stderr || error.message})
  );

/** Writes exported YAML as `<site>/_data/scri_partners.yml` and runs `scri-partners validate` on it. */
export async function validateExport(site, yaml) {
  const data = join(site, '_data');
  mkdirSync(data, {recursive: true});
  writeFileSync(join(data, 'scri_partners.yml'), yaml);
  return run(
    process.execPath,
    [join(root, 'bin/scri-partners.js'), 'validate', '_data/scri_partners.yml'],
    site
  );
}

/**
 * Builds `site` (whose _data validateExport wrote) offline in safe mode with the package's include on one page,
 * as an Isomer site does, and checks that the page shows MOH with its acronym and link.
 */
export async function assertJekyllShowsMoh(site) {
  mkdirSync(join(site, '_includes'), {recursive: true});
  copyFileSync(join(root, 'jekyll/_includes/scri-partners.html'), join(site, '_includes/scri-partners.html'));
  writeFileSync(join(site, '_config.yml'), 'title: Journey\n');
  writeFileSync(join(site, 'partners.html'), '---\n---\n{% include scri-partners.html %}\n');
  const result = await run(jekyll, ['build', '--safe', '--quiet'], site);
  assert.equal(result.code, 0, `${result.stdout}${result.stderr}`);
  const html = readFileSync(join(site, '_site/partners.html'), 'utf8');
  assert.match(html, /Ministry of Health/);
  assert.match(html, /<abbr>MOH<\/abbr>/);
  assert.match(
    html,
    /<a href="https:\/\/www\.moh\.gov\.sg" rel="noopener noreferrer">Ministry of Health website<\/a>/
  );
}
