// Issue 15's "Done when" in WebKit: the same journey as editor-journey.test.mjs (Chromium and Firefox), through
// WebKitGTK's MiniBrowser and WebKitWebDriver, which puppeteer cannot drive. The page is left by navigating away
// (WebKitWebDriver's MiniBrowser keeps one window), which unloads it as closing the tab does. Buttons are pressed
// with their click() (WebDriver classic cannot reach into a shadow root); the fields are typed into with real keys.
// Under `xvfb-run` when there is no display. Skipped only when WebKitGTK's driver or MiniBrowser is missing.
/* global document -- in functions that run in the page (each is sent to the page whole, so it names no helper) */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {remote} from 'webdriverio';
import {webkit, xvfbRunPath} from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fileUrl = pathToFileURL(`${root}dist/editor.html`).href;
const jekyll = ['/usr/bin/jekyll', '/usr/local/bin/jekyll'].find((path) => existsSync(path));
const paths = webkit();
const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skip = !paths
  ? 'WebKitGTK is not installed (apt-get install webkit2gtk-driver)'
  : !display && !xvfbRunPath()
    ? 'no display and no xvfb-run'
    : false;

const moh = {
  name: 'Ministry of Health',
  acronym: 'MOH',
  description: 'Sets national health policy and funds public health research.',
  url: 'https://www.moh.gov.sg',
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

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
    const deadline = Date.now() + 20000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
      } catch {
        // not listening yet
      }
      assert.ok(Date.now() < deadline, 'WebKitWebDriver answered within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: paths.browser, args: ['--automation']},
        'wdio:enforceWebDriverClassic': true,
      },
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
  /** The values of the first group's last partner's fields. */
  const lastPartner = () =>
    browser.execute(() => {
      const partner = [
        ...document
          .querySelector('scri-partners-editor')
          .shadowRoot.querySelector('fieldset.group')
          .querySelectorAll('fieldset.partner'),
      ].at(-1);
      return Object.fromEntries(
        [...partner.querySelectorAll('input, textarea')].map((field) => [
          field.id.split('-').at(-1),
          field.value,
        ])
      );
    });

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
    assert.deepEqual(await lastPartner(), {...moh, id: 'ministry-of-health', logo: ''});

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
    assert.deepEqual(await lastPartner(), {...moh, id: 'ministry-of-health', logo: ''});
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

  it('exports YAML that `scri-partners validate` accepts and Jekyll builds', async () => {
    assert.ok(yaml, 'the journey exported YAML');
    const site = join(tmp, 'site');
    mkdirSync(join(site, '_data'), {recursive: true});
    writeFileSync(join(site, '_data/scri_partners.yml'), yaml);
    const validate = spawnSync(
      process.execPath,
      [join(root, 'bin/scri-partners.js'), 'validate', '_data/scri_partners.yml'],
      {
        cwd: site,
        encoding: 'utf8',
      }
    );
    assert.equal(validate.status, 0, `${validate.stdout}${validate.stderr}`);
    if (!jekyll) return;
    mkdirSync(join(site, '_includes'), {recursive: true});
    copyFileSync(
      join(root, 'jekyll/_includes/scri-partners.html'),
      join(site, '_includes/scri-partners.html')
    );
    writeFileSync(join(site, '_config.yml'), 'title: Journey\n');
    writeFileSync(join(site, 'partners.html'), '---\n---\n{% include scri-partners.html %}\n');
    const build = spawnSync(jekyll, ['build', '--safe', '--quiet'], {cwd: site, encoding: 'utf8'});
    assert.equal(build.status, 0, `${build.stdout}${build.stderr}`);
    const html = readFileSync(join(site, '_site/partners.html'), 'utf8');
    assert.match(html, /Ministry of Health/);
    assert.match(html, /<abbr>MOH<\/abbr>/);
  });
});
