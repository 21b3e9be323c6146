// Issue 15's "Done when" in WebKit: the same journey as editor-journey.test.mjs (Chromium and Firefox), through
// WebKitGTK's MiniBrowser and WebKitWebDriver, which puppeteer cannot drive. The page is left by navigating away
// (WebKitWebDriver's MiniBrowser keeps one window), which unloads it as closing the tab does. Buttons are pressed
// with their click() (WebDriver classic cannot reach into a shadow root); the fields are typed into with real keys.
// Under `xvfb-run` when there is no display. Skipped only when WebKitGTK's driver or MiniBrowser is missing.
/* global document -- in functions that run in the page (each is sent to the page whole, so it names no helper) */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {remote} from 'webdriverio';
import {freePort, waitForDriver, webkit, webkitCapabilities, xvfbRunPath} from '../../scripts/browsers.mjs';
import {assertJekyllShowsMoh, firstGroupForm, jekyll, moh, validateExport} from './browser-helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fileUrl = pathToFileURL(`${root}dist/editor.html`).href;
const paths = webkit();
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skip = !paths
  ? 'WebKitGTK is not installed (apt-get install webkit2gtk-driver)'
  : !display && !xvfbRunPath()
    ? 'no display and no xvfb-run'
    : false;

describe('the editor journey in WebKit, from disk', {skip}, () => {
  let driver;
  let browser;
  let tmp;
  let yaml = '';

  before(async () => {
    if (!existsSync(`${root}dist/editor.html`)) {
      assert.equal(spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'}).status, 0);
    }
    tmp = mkdtempSync(join(tmpdir(), 'scri-journey-webkit-'));
    const port = await freePort();
    const command = [paths.driver, `--port=${port}`];
    // Its own process group, so that xvfb-run, the driver and the X server stop together.
    driver = spawn(display ? command[0] : xvfbRunPath(), display ? command.slice(1) : ['-a', ...command], {
      stdio: 'ignore',
      detached: true,
    });
    await waitForDriver(port, driver);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: webkitCapabilities(paths.browser),
    });
  });

  after(async () => {
    await browser?.deleteSession().catch(() => {});
    if (driver?.pid) {
      try {
        process.kill(-driver.pid);
      } catch {
        // already gone
      }
    }
    if (tmp) rmSync(tmp, {recursive: true, force: true});
  });

  /** Opens the file from disk and waits for the editor. */
  const open = async () => {
    await browser.url(fileUrl);
    await browser.waitUntil(
      () =>
        browser.execute(() =>
          Boolean(document.querySelector('scri-partners-editor')?.shadowRoot?.querySelector('#export-text'))
        ),
      {
        timeout: 15000,
        timeoutMsg: 'the editor did not appear',
      }
    );
  };
  it('adds MOH, leaves the page, gets the draft back on reopening, and exports it as YAML', async () => {
    await open();
    assert.equal(
      await browser.execute(() =>
        Boolean(document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft'))
      ),
      false
    );
    await browser.execute(() =>
      document
        .querySelector('scri-partners-editor')
        .shadowRoot.querySelector('fieldset.group button.add')
        .click()
    );
    for (const [label, text] of [
      ['Name', moh.name],
      ['Acronym', moh.acronym],
      ['Description', moh.description],
      ['Website', moh.url],
    ]) {
      await browser.execute((label) => {
        const partner = [
          ...document
            .querySelector('scri-partners-editor')
            .shadowRoot.querySelector('fieldset.group')
            .querySelectorAll('fieldset.partner'),
        ].at(-1);
        const field = [...partner.querySelectorAll('label')].find(
          (item) => item.textContent.replace('(optional)', '').trim() === label
        ).control;
        field.focus();
      }, label);
      // One key at a time: WebKitWebDriver drops the press of a key that is already down.
      for (const key of text) await browser.keys([key]);
    }
    await browser.waitUntil(
      () =>
        browser.execute(
          (href) =>
            Boolean(
              document
                .querySelector('scri-partners-editor')
                .shadowRoot.querySelector('scri-partners')
                ?.shadowRoot?.querySelector(`a[href="${href}"]`)
            ),
          moh.url
        ),
      {timeout: 5000, timeoutMsg: 'the preview did not show MOH'}
    );
    assert.deepEqual((await browser.execute(firstGroupForm)).at(-1), {
      ...moh,
      id: 'ministry-of-health',
      logo: '',
    });

    // Leave the page without exporting, then open the file again.
    await browser.url('about:blank');
    await open();
    const offer = await browser.execute(
      () =>
        document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft')
          ?.textContent ?? ''
    );
    const saved = await browser.execute(() => localStorage.getItem('scri-partners-editor-draft'));
    assert.match(offer, /Restore your unsaved draft from /, `the draft offer (saved draft: ${saved})`);
    await browser.execute(() =>
      [...document.querySelector('scri-partners-editor').shadowRoot.querySelectorAll('section.draft button')]
        .find((button) => button.textContent.trim() === 'Restore')
        .click()
    );
    await browser.waitUntil(
      () =>
        browser.execute(
          () => !document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft')
        ),
      {
        timeout: 5000,
        timeoutMsg: 'the offer stayed after Restore',
      }
    );
    assert.deepEqual((await browser.execute(firstGroupForm)).at(-1), {
      ...moh,
      id: 'ministry-of-health',
      logo: '',
    });
    await browser.waitUntil(
      () =>
        browser.execute(
          (href) =>
            document
              .querySelector('scri-partners-editor')
              .shadowRoot.querySelector('#export-text')
              .value.includes(href),
          moh.url
        ),
      {timeout: 5000, timeoutMsg: 'the export did not follow'}
    );
    yaml = await browser.execute(
      () => document.querySelector('scri-partners-editor').shadowRoot.querySelector('#export-text').value
    );
    assert.match(yaml, /^ {8}name: Ministry of Health$/m);
    assert.match(yaml, /^ {8}url: https:\/\/www\.moh\.gov\.sg$/m);
  });

  it('exports YAML that `scri-partners validate` accepts', async () => {
    assert.ok(yaml, 'the journey exported YAML');
    const result = await validateExport(join(tmp, 'site'), yaml);
    assert.equal(result.code, 0, `${result.stdout}${result.stderr}`);
  });

  it(
    'exports YAML that Jekyll builds with the package include',
    {skip: jekyll ? false : 'jekyll is not installed (apt-get install jekyll)'},
    () => assertJekyllShowsMoh(join(tmp, 'site'))
  );
});
