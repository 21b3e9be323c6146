// Screenshots of a demo page as a visitor sees it, at 320, 768 and 1280 px wide, plus one with a
// tooltip open and one with the keyboard focus on an acronym: `node scripts/screenshot.mjs [page]`.
// For the partners editor (`node scripts/screenshot.mjs demo/editor.html`), its first screen at 1280 and 390 px
// wide instead; the 1280 one is README's docs/editor.png.
// Writes PNGs to screenshots/. Needs `npm run build` and a local Chromium.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromePath, chromeFlags} from './browsers.mjs';
import {serveStatic} from './static-server.mjs';

const page = process.argv[2] ?? 'demo/index.html';
const server = await serveStatic(new URL('..', import.meta.url).pathname);
mkdirSync('screenshots', {recursive: true});
const browser = await puppeteer.launch({executablePath: chromePath(), args: chromeFlags, headless: true});
try {
  const tab = await browser.newPage();
  const name = page.replace(/\W+/g, '-');
  if (page.endsWith('editor.html')) await editorShots(tab, name);
  else await widgetShots(tab, name);
} finally {
  await browser.close();
  await server.close();
}

async function widgetShots(tab, name) {
  for (const width of [320, 768, 1280]) {
    await tab.setViewport({width, height: 900});
    await tab.goto(`${server.origin}/${page}`, {waitUntil: 'networkidle0'});
    await tab.screenshot({path: `screenshots/${name}-${width}.png`, fullPage: true});
  }
  await tab.setViewport({width: 768, height: 900});
  await tab.goto(`${server.origin}/${page}`, {waitUntil: 'networkidle0'});
  for (let i = 0; i < 2; i++) await tab.keyboard.press('Tab');
  await tab.evaluate(() => {
    const widget = document.querySelector('scri-partners');
    widget.shadowRoot.querySelector('[part~="acronym"][tabindex]').focus();
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tab.screenshot({path: `screenshots/${name}-focus.png`});
  const box = await tab.evaluate(() => {
    const widget = document.querySelector('scri-partners');
    const target = widget.shadowRoot.querySelectorAll('[part~="acronym"]')[3];
    target.scrollIntoView({block: 'center'});
    const rect = target.getBoundingClientRect();
    return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};
  });
  await tab.mouse.move(box.x, box.y);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await tab.screenshot({path: `screenshots/${name}-tooltip.png`});
  if (page === 'demo/index.html') await readmePicture(tab);
  await linkShots(tab, name);
  console.log(`Wrote screenshots/${name}-{320,768,1280,focus,tooltip,link-320,copied-320}.png`);
}

/**
 * At 320 px, the narrowest: the page opened with a link to a partner (the target marked, its heading focused),
 * then the copy-link buttons turned on and the target's pressed ("Link copied" beside it).
 */
async function linkShots(tab, name) {
  await tab.setViewport({width: 320, height: 640});
  await tab.goto(`${server.origin}/${page}#scri-partner-nmrc`, {waitUntil: 'networkidle0'});
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tab.screenshot({path: `screenshots/${name}-link-320.png`});
  await tab.evaluate(async () => {
    const widget = document.querySelector('scri-partners');
    // Headless Chromium refuses the clipboard to a page without the window's focus: accept the copy as a
    // browser with the focus would.
    navigator.clipboard.writeText = () => Promise.resolve();
    widget.copyLinks = true;
    await widget.updateComplete;
  });
  const button = await tab.evaluateHandle(() =>
    document
      .querySelector('scri-partners')
      .shadowRoot.querySelector('[part~="card-target"] [part="card-copy-link"]')
  );
  await button.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tab.screenshot({path: `screenshots/${name}-copied-320.png`});
}

async function editorShots(tab, name) {
  for (const width of [1280, 390]) {
    await tab.setViewport({width, height: 900});
    await tab.goto(`${server.origin}/${page}`, {waitUntil: 'networkidle0'});
    await tab.screenshot({path: `screenshots/${name}-${width}.png`});
  }
  console.log(`Wrote screenshots/${name}-{1280,390}.png`);
}

/** README's opening picture: the top of the widget on the demo page at 1280 px, with an acronym's tooltip open. */
async function readmePicture(tab) {
  await tab.setViewport({width: 1280, height: 720});
  await tab.goto(`${server.origin}/${page}`, {waitUntil: 'networkidle0'});
  await tab.evaluate(() => {
    const widget = document.querySelector('scri-partners');
    window.scrollTo(0, widget.getBoundingClientRect().top + window.scrollY - 16);
    const tab = widget.shadowRoot.querySelector('[part~="card"] [part~="acronym"][tabindex]');
    tab.focus();
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  mkdirSync('docs', {recursive: true});
  await tab.screenshot({path: 'docs/widget.png'});
  console.log('Wrote docs/widget.png');
}
