// The widget on host pages with strict Content Security Policies, sent as real HTTP headers:
// it must render, open its tooltips and cause no CSP violation. Runs with `node --test test/node/`.
/* global window, document, customElements, requestAnimationFrame, getComputedStyle -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromeFlags, chromePath} from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = `${root}dist/scri-partners.min.js`;

const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; " +
  "require-trusted-types-for 'script'";

// The policy of Isomer's site template (isomerpages/isomerpages-template, netlify.toml), which
// Singapore government sites are built from.
const isomerPolicy =
  "default-src 'self'; script-src 'self' https://assets.dcube.cloud https://*.wogaa.sg " +
  'https://assets.adobedtm.com https://www.google-analytics.com https://cdnjs.cloudflare.com ' +
  'https://va.ecitizen.gov.sg https://*.cloudfront.net https://printjs-4de6.kxcdn.com https://unpkg.com ' +
  "https://wogadobeanalytics.sc.omtrdc.net 'unsafe-eval'; object-src 'self'; style-src 'self' " +
  'https://fonts.googleapis.com/ https://*.cloudfront.net https://va.ecitizen.gov.sg https://*.wogaa.sg ' +
  "https://cdnjs.cloudflare.com https://datagovsg.github.io 'unsafe-inline'; img-src *; media-src *; " +
  'frame-src https://form.gov.sg/ https://wogaa.demdex.net/ https://*.youtube.com ' +
  "https://*.youtube-nocookie.com https://*.vimeo.com https://www.google.com; frame-ancestors 'none'; " +
  "font-src * data:; connect-src 'self' https://dpm.demdex.net https://www.google-analytics.com " +
  'https://stats.g.doubleclick.net https://*.wogaa.sg https://va.ecitizen.gov.sg https://ifaqs.flexanswer.com ' +
  'https://*.cloudfront.net https://fonts.googleapis.com https://cdnjs.cloudflare.com ' +
  'https://wogadobeanalytics.sc.omtrdc.net https://data.gov.sg https://api.isomer.gov.sg;';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>A strict host page</title>
    <link rel="stylesheet" href="/host.css">
    <script type="module" src="/scri-partners.min.js"></script>
  </head>
  <body>
    <main>
      <scri-partners id="built-in"></scri-partners>
      <scri-partners id="from-src" src="/partners.json"></scri-partners>
    </main>
  </body>
</html>`;

const fromSrc = {
  title: 'Partners from a same-origin JSON file',
  intro: ['Loaded through connect-src.'],
  groups: [
    {
      id: 'regulators',
      title: 'Regulators',
      partners: [
        {
          id: 'hsa',
          name: 'Health Sciences Authority',
          acronym: 'HSA',
          description: 'HSA regulates health products.',
          url: 'https://www.hsa.gov.sg/',
        },
      ],
    },
  ],
};

let server;
let origin;
let browser;
// The README's pre-rendered recipe: the command line's markup and script tag, with scri-partners.css linked.
let prerendered;

before(async () => {
  if (!existsSync(bundle)) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
    assert.equal(build.status, 0, 'npm run build failed');
  }
  const {renderStaticHtml, scriPartnersData} = await import(`${root}dist/data.js`);
  prerendered = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>A strict host page with pre-rendered markup</title>
    <link rel="stylesheet" href="/host.css">
    <link rel="stylesheet" href="/scri-partners.css">
  </head>
  <body>
    <main>
${renderStaticHtml(scriPartnersData, {script: '/scri-partners.min.js'})}
    </main>
  </body>
</html>`;
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const send = (type, body, headers = {}) => {
      response.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-store', ...headers});
      response.end(body);
    };
    if (path === '/strict.html') return send('text/html', page, {'Content-Security-Policy': strictPolicy});
    if (path === '/isomer.html') return send('text/html', page, {'Content-Security-Policy': isomerPolicy});
    if (path === '/prerendered-strict.html')
      return send('text/html', prerendered, {'Content-Security-Policy': strictPolicy});
    if (path === '/prerendered-isomer.html')
      return send('text/html', prerendered, {'Content-Security-Policy': isomerPolicy});
    if (path === '/scri-partners.css') return send('text/css', readFileSync(`${root}dist/scri-partners.css`));
    if (path === '/scri-partners.min.js') return send('text/javascript', readFileSync(bundle));
    if (path === '/partners.json') return send('application/json', JSON.stringify(fromSrc));
    if (path === '/host.css') return send('text/css', 'body { font: 16px/1.5 sans-serif; margin: 1rem; }');
    if (path === '/favicon.ico') return send('image/x-icon', '');
    response.writeHead(404, {'Content-Type': 'text/plain'});
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = chromePath() ?? '/usr/bin/chromium';
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: chromeFlags,
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Opens `path`, recording CSP violations (through DevTools, which the policy does not cover) and errors. */
async function open(path) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()} (${message.location()?.url ?? 'no location'})`);
    }
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sample})`);
    });
  });
  const response = await tab.goto(`${origin}${path}`, {waitUntil: 'load'});
  assert.ok(response.headers()['content-security-policy'], 'the page is served with its policy');
  await tab.evaluate(() => customElements.whenDefined('scri-partners'));
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('scri-partners')].every(
        (el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="card"], [part="error"]')
      ),
    {timeout: 10000}
  );
  return {tab, problems};
}

/** Focuses the first acronym in the built-in widget and reports whether its tooltip is showing. */
const openTooltip = (tab) =>
  tab.evaluate(async () => {
    const widget = document.querySelector('#built-in');
    await widget.updateComplete;
    const trigger = widget.shadowRoot.querySelector('[part~="acronym"]');
    trigger.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const tip = widget.shadowRoot.querySelector('[part="tooltip"]');
    const style = getComputedStyle(tip);
    const box = tip.getBoundingClientRect();
    return {
      acronym: trigger.textContent,
      text: tip.textContent,
      focused: widget.shadowRoot.activeElement === trigger,
      visible: style.display !== 'none' && box.width > 0 && box.height > 0,
      styled: style.position === 'fixed',
    };
  });

for (const [name, path] of [
  ["default-src 'none' with Trusted Types required", '/strict.html'],
  ["Isomer's site template policy", '/isomer.html'],
]) {
  describe(`on a host page with ${name}`, () => {
    let tab;
    let problems;
    before(async () => {
      ({tab, problems} = await open(path));
    });
    after(async () => {
      await tab?.close();
    });

    it('renders the built-in partners', async () => {
      const text = await tab.evaluate(() => document.querySelector('#built-in').shadowRoot.textContent);
      assert.match(text, /Public Sector Partners/);
      assert.match(text, /Health Sciences Authority/);
    });

    it('renders partners from a same-origin src', async () => {
      const text = await tab.evaluate(() => document.querySelector('#from-src').shadowRoot.textContent);
      assert.match(text, /Partners from a same-origin JSON file/);
      assert.doesNotMatch(text, /could not be shown/);
    });

    it("applies the widget's styles (adopted style sheets are not blocked)", async () => {
      const display = await tab.evaluate(() => {
        const card = document.querySelector('#built-in').shadowRoot.querySelector('[part~="card"]');
        return getComputedStyle(card).display;
      });
      assert.equal(display, 'flex');
    });

    it('opens a tooltip on focus', async () => {
      const tooltip = await openTooltip(tab);
      assert.equal(tooltip.focused, true, 'the acronym has focus');
      assert.ok(tooltip.text.trim(), `the tooltip of ${tooltip.acronym} has text`);
      assert.equal(tooltip.visible, true, 'the tooltip shows');
      assert.equal(tooltip.styled, true, 'the tooltip is styled');
    });

    it('causes no CSP violation and no error', async () => {
      const violations = await tab.evaluate(() => window.__violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    });
  });
}

for (const [name, path] of [
  ['strict', '/prerendered-strict.html'],
  ['Isomer', '/prerendered-isomer.html'],
]) {
  describe(`pre-rendered markup with scri-partners.css under the ${name} policy`, () => {
    let tab;
    let problems;
    before(async () => ({tab, problems} = await open(path)));
    after(async () => tab?.close());

    it('loads the stylesheet (style-src allows it) and upgrades', async () => {
      const rules = await tab.evaluate(
        () =>
          [...document.styleSheets].find((sheet) => sheet.href?.endsWith('/scri-partners.css'))?.cssRules
            .length ?? 0
      );
      assert.ok(rules > 10, `scri-partners.css has ${rules} rules`);
    });

    it('causes no CSP violation and no error', async () => {
      assert.deepEqual(await tab.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
    });
  });
}
