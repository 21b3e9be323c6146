// Layout shift on the demo pages, as a visitor on a phone sees it when the script arrives late: each page at
// 412×823 with every request for the bundle held back 300 ms, the layout-shift entries (without recent input)
// summed from a buffered PerformanceObserver. Chromium only: Firefox and WebKit have no Layout Instability
// API. Runs with `node --test test/node/` after `npm run build`.
/* global window, document, customElements, requestAnimationFrame -- in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {serveStatic} from '../../scripts/static-server.mjs';
import {chromeFlags, chromePath} from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demos = readdirSync(`${root}demo`).filter((name) => name.endsWith('.html'));
const delay = 300;

/** Sums the page's layout shifts (without recent input) once every widget has rendered and settled. */
export async function measureShift(
  browser,
  url,
  {viewport, holdBack = /scri-partners(\.min)?\.js$/, wait = delay} = {}
) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (holdBack.test(new URL(request.url()).pathname)) setTimeout(() => request.continue(), wait);
      else request.continue();
    });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.__shifts.push({
            value: entry.value,
            sources: entry.sources.map((s) => ({
              node:
                s.node?.nodeType === 1
                  ? s.node.outerHTML.slice(0, 80)
                  : String(s.node?.textContent).slice(0, 40),
              from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
              to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
            })),
          });
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(url, {waitUntil: 'load'});
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      if (document.querySelector('scri-partners')) {
        await customElements.whenDefined('scri-partners');
        await Promise.all([...document.querySelectorAll('scri-partners')].map((e) => e.updateComplete));
      }
      // Data from src, logos and fonts: let them land.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await frame();
      await frame();
    });
    const shifts = await page.evaluate(() => window.__shifts);
    return {cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts};
  } finally {
    await context.close();
  }
}

describe(
  'layout shift on the demo pages, script 300 ms late, 412×823 (Chromium)',
  {skip: !chromePath() && 'no Chrome or Chromium'},
  () => {
    let browser;
    let server;
    before(async () => {
      server = await serveStatic(root);
      browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args: chromeFlags});
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });
    for (const demo of demos) {
      it(`demo/${demo}: CLS < 0.01`, async (t) => {
        const {cls, shifts} = await measureShift(browser, `${server.origin}/demo/${demo}`, {
          viewport: {width: 412, height: 823},
        });
        t.diagnostic(`CLS ${cls.toFixed(4)}`);
        assert.ok(cls < 0.01, `CLS ${cls.toFixed(4)}:\n${JSON.stringify(shifts, null, 1)}`);
      });
    }
  }
);

// ---- The README's plain-HTML recipes, with content after the section -------------------------------------

const readme = readFileSync(`${root}README.md`, 'utf8');
const plainHtml = readme.slice(
  readme.indexOf('\n### Plain HTML\n'),
  readme.indexOf('\n### Isomer or Jekyll\n')
);
const codeBlocks = (lang) =>
  [...plainHtml.matchAll(/^```(\w*)\n([\s\S]*?)\n```/gm)]
    .filter(([, l]) => l === lang)
    .map(([, , body]) => body);
const contentAfter = Array.from(
  {length: 12},
  (_, i) => `<p>Paragraph ${i + 1} of the page's own content after the section.</p>`
).join('\n');
const hostPage = (head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page</title>
${head}
</head>
<body>
<h1>Our partners</h1>
<p>The page's own text before the section.</p>
${body}
${contentAfter}
</body>
</html>
`;

describe(
  "the README's plain-HTML snippets, content after the section, script 300 ms late, 412×823 (Chromium)",
  {skip: !chromePath() && 'no Chrome or Chromium'},
  () => {
    let browser;
    let server;
    let dir;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'scri-cls-'));
      copyFileSync(`${root}dist/scri-partners.min.js`, join(dir, 'scri-partners.min.js'));
      copyFileSync(`${root}dist/scri-partners.css`, join(dir, 'scri-partners.css'));
      // The bare tag, as the README's first snippet has it.
      const [bare, link] = codeBlocks('html');
      const [script, tag] = bare.split(/\n\n/);
      writeFileSync(join(dir, 'bare.html'), hostPage(script, tag));
      // The pre-rendered section: the README's command, run with this repository's command line, and its link.
      const command = codeBlocks('sh')[0].trim().split(/\s+/);
      assert.deepEqual(command.slice(0, 3), ['npx', 'scri-partners', 'render']);
      const output = join(dir, command[command.indexOf('-o') + 1]);
      const args = command
        .slice(2)
        .map((word) => (word === command[command.indexOf('-o') + 1] ? output : word));
      execFileSync(process.execPath, [`${root}bin/scri-partners.js`, ...args]);
      writeFileSync(join(dir, 'prerendered.html'), hostPage(link, readFileSync(output, 'utf8')));
      server = await serveStatic(dir);
      browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args: chromeFlags});
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      if (dir) rmSync(dir, {recursive: true, force: true});
    });
    const phone = {width: 412, height: 823};
    it('the bare tag shifts the content after it (as the README says)', async (t) => {
      const {cls} = await measureShift(browser, `${server.origin}/bare.html`, {viewport: phone});
      t.diagnostic(`CLS ${cls.toFixed(4)}`);
      assert.ok(cls > 0.1, `CLS ${cls.toFixed(4)}`);
    });
    it('pre-rendered with scri-partners.css: CLS < 0.01', async (t) => {
      const {cls, shifts} = await measureShift(browser, `${server.origin}/prerendered.html`, {
        viewport: phone,
      });
      t.diagnostic(`CLS ${cls.toFixed(4)}`);
      assert.ok(cls < 0.01, `CLS ${cls.toFixed(4)}:\n${JSON.stringify(shifts, null, 1)}`);
    });
  }
);

// ---- The upgrade of pre-rendered markup moves nothing -----------------------------------------------------

describe(
  'upgrading the static format with scri-partners.css, script 0.5 s after the markup painted or right after it (Chromium)',
  {skip: !chromePath() && 'no Chrome or Chromium'},
  () => {
    let browser;
    let server;
    before(async () => {
      const {renderStaticHtml, scriPartnersData} = await import(`${root}dist/data.js`);
      // late: the script is imported 0.5 s after the markup painted; otherwise it follows the markup, as the
      // command line's --script writes it, and the element is defined only after the first paint.
      const page = (attributes, wrapper = 'element', late = true) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/scri-partners.css">
<style>body{margin:1rem;font-family:system-ui,sans-serif}</style>
</head>
<body>
${
  wrapper === 'div'
    ? renderStaticHtml(scriPartnersData, {wrapper}).replace(
        '<div data-scri-partners',
        `<div data-scri-partners${attributes.replace(' ', ' data-')}`
      )
    : renderStaticHtml(scriPartnersData).replace('<scri-partners', `<scri-partners${attributes}`)
}<p id="after">Content after the section.</p>
${late ? '' : '<script type="module" src="/dist/scri-partners.min.js"></script>'}
<script type="module">
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
${late ? 'await frame();\nawait frame();' : ''}
const element = document.querySelector('scri-partners, [data-scri-partners]');
const y = () => document.querySelector('#after').getBoundingClientRect().y;
const before = {after: y(), height: element.getBoundingClientRect().height};
${late ? "await new Promise((resolve) => setTimeout(resolve, 500));\nawait import('/dist/scri-partners.min.js');" : "await customElements.whenDefined('scri-partners');"}
// The div wrapper gets a <scri-partners> inside it when the script upgrades it.
const widget = element.localName === 'scri-partners' ? element : element.querySelector(':scope > scri-partners');
await widget.updateComplete;
await frame();
await frame();
window.__upgrade = {before, after: {after: y(), height: element.getBoundingClientRect().height}, upgraded: !!widget.shadowRoot?.querySelector('.card')};
</script>
</body>
</html>
`;
      server = await serveStatic(root);
      mkdirSync(`${root}.bench`, {recursive: true});
      writeFileSync(`${root}.bench/cls-upgrade.html`, page(''));
      writeFileSync(`${root}.bench/cls-upgrade-searchable.html`, page(' searchable'));
      writeFileSync(`${root}.bench/cls-upgrade-div.html`, page('', 'div'));
      writeFileSync(`${root}.bench/cls-upgrade-div-searchable.html`, page(' searchable', 'div'));
      writeFileSync(`${root}.bench/cls-upgrade-now.html`, page('', 'element', false));
      writeFileSync(`${root}.bench/cls-upgrade-div-now.html`, page('', 'div', false));
      browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args: chromeFlags});
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });
    const windows = [
      [390, 844],
      [768, 1024],
      [1280, 800],
      [1280, 4000], // taller than the whole section: the content after it is in view
    ];
    for (const variant of ['', '-searchable', '-div', '-div-searchable', '-now', '-div-now']) {
      for (const [width, height] of windows) {
        it(`${width}×${height}${variant.replace(/-/g, ', ').replace('div', 'data-scri-partners div').replace('now', 'script right after the markup')}: CLS < 0.001, content after moves < 1 px`, async (t) => {
          const context = await browser.createBrowserContext();
          try {
            const page = await context.newPage();
            await page.setViewport({width, height});
            await page.evaluateOnNewDocument(() => {
              window.__shifts = [];
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries())
                  if (!entry.hadRecentInput) window.__shifts.push(entry.value);
              }).observe({type: 'layout-shift', buffered: true});
            });
            await page.goto(`${server.origin}/.bench/cls-upgrade${variant}.html`);
            await page.waitForFunction(() => window.__upgrade, {timeout: 20_000});
            const {before, after, upgraded} = await page.evaluate(() => window.__upgrade);
            const cls = (await page.evaluate(() => window.__shifts)).reduce((sum, value) => sum + value, 0);
            t.diagnostic(
              `CLS ${cls.toFixed(4)}; section ${before.height.toFixed(1)} → ${after.height.toFixed(1)} px; content after at y ${before.after.toFixed(1)} → ${after.after.toFixed(1)}`
            );
            assert.ok(upgraded, 'the widget rendered its cards');
            if (height === 4000)
              assert.ok(after.after + 20 < height, 'the content after the section is in view');
            assert.ok(
              Math.abs(after.after - before.after) < 1,
              `content after moved ${before.after} → ${after.after}`
            );
            assert.ok(cls < 0.001, `CLS ${cls}`);
          } finally {
            await context.close();
          }
        });
      }
    }
  }
);
