// The static site `npm run build` writes for GitHub Pages (scripts/site.mjs), served as Pages would serve it:
// every demo page and the editor load from the folder alone, with no 404 and no request elsewhere, and their
// widgets render. Runs with `node --test test/node/` after `npm run build`.
/* global document, customElements -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromeFlags, chromePath} from '../../scripts/browsers.mjs';
import {serveStatic} from '../../scripts/static-server.mjs';
import {SITE, checkSite, writeSite} from '../../scripts/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = join(root, SITE);

before(() => {
  if (existsSync(join(site, 'index.html'))) return;
  const build = spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
  assert.equal(build.status, 0, 'npm run build failed');
});

describe("the site's own checks", () => {
  it('find nothing wrong with the site the build wrote', () => {
    assert.deepEqual(checkSite(site), []);
  });

  it('find a missing module or stylesheet, and a page that points out of the folder', () => {
    const copy = mkdtempSync(join(tmpdir(), 'scri-site-'));
    try {
      writeSite(copy);
      rmSync(join(copy, 'vendor/lit/index.js'));
      rmSync(join(copy, 'dist/scri-partners.css'));
      writeFileSync(
        join(copy, 'old.html'),
        '<script type="module" src="../dist/scri-partners.min.js"></script>'
      );
      const problems = checkSite(copy);
      assert.ok(
        problems.some((problem) => /npm\.html refers to (\.\/)?vendor\/lit\/index\.js/.test(problem)),
        problems.join('\n')
      );
      assert.ok(
        problems.some((problem) => /index\.html refers to (\.\/)?dist\/scri-partners\.css/.test(problem)),
        problems.join('\n')
      );
      assert.ok(
        problems.some((problem) => /old\.html still points at \.\.\/dist/.test(problem)),
        problems.join('\n')
      );
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  });
});

describe('the site, served from its folder alone', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveStatic(site);
    browser = await puppeteer.launch({executablePath: chromePath(), args: chromeFlags, headless: true});
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `page`; resolves to what it requested, what failed or 404ed, and the errors it logged. */
  async function open(page) {
    const tab = await browser.newPage();
    const requested = [];
    const failed = [];
    const errors = [];
    tab.on('request', (request) => requested.push(request.url()));
    tab.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    tab.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
    });
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location()?.url ?? ''})`);
    });
    tab.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    await tab.goto(`${server.origin}/${page}`, {waitUntil: 'networkidle0'});
    return {tab, requested, failed, errors};
  }

  // Two demos show the widget's error state with a src that is missing on purpose.
  const missingOnPurpose = (url) => url.startsWith(`${server.origin}/data/missing.json`);

  const pages = readdirSync(site).filter((name) => name.endsWith('.html'));

  it('has the demo index, the editor and every demo page', () => {
    for (const page of ['index.html', 'editor.html', 'npm.html', 'channels.html', 'static.html']) {
      assert.ok(pages.includes(page), `${page} is in the site`);
    }
  });

  for (const page of pages) {
    it(`${page} loads everything it asks for from the site, and its widgets render`, async () => {
      const {tab, requested, failed, errors} = await open(page);
      try {
        assert.deepEqual(
          failed.filter((url) => !missingOnPurpose(url)),
          []
        );
        assert.deepEqual(
          requested.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)),
          [],
          'no request outside the site'
        );
        assert.deepEqual(
          errors.filter(
            (text) => !/Failed to load resource.*404/.test(text) || !failed.some(missingOnPurpose)
          ),
          []
        );
        const widgets = await tab.evaluate(async () => {
          await customElements.whenDefined('scri-partners');
          // The editor's preview is in the editor's shadow root.
          const all = (node) => [
            node,
            ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
          ];
          const found = all(document).flatMap((node) => [...node.querySelectorAll('scri-partners')]);
          await Promise.all(found.map((widget) => widget.updateComplete));
          return found.map((widget) =>
            Boolean(widget.shadowRoot?.querySelector('[part~="group"], [part~="error"]'))
          );
        });
        assert.ok(widgets.length > 0, 'the page has a widget');
        assert.ok(widgets.every(Boolean), `every widget rendered: ${JSON.stringify(widgets)}`);
      } finally {
        await tab.close();
      }
    });
  }

  it('editor.html requests nothing but itself from the site', async () => {
    const {tab, requested} = await open('editor.html');
    try {
      assert.deepEqual(requested, [`${server.origin}/editor.html`]);
    } finally {
      await tab.close();
    }
  });

  it('links the editor from the demo index', async () => {
    const {tab} = await open('index.html');
    try {
      const links = await tab.evaluate(() =>
        [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))
      );
      assert.ok(links.includes('editor.html'), `links: ${links.join(' ')}`);
    } finally {
      await tab.close();
    }
  });
});
