// Issue 15's "Done when", end to end: a person with only a browser opens dist/editor.html from disk, adds MOH
// to the list, closes the tab by mistake, reopens the file and gets the draft back, then exports YAML that
// `scri-partners validate` accepts and Jekyll builds (offline, in safe mode, with the package's include).
// In Chromium and, when installed, Firefox: one browser (one profile) per engine, two tabs one after the other.
// Runs with `node --test test/node/` after `npm run build`; the Jekyll step is skipped only if jekyll is missing.
/* global document -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {
  assertJekyllShowsMoh,
  engines,
  firstGroupForm,
  jekyll,
  moh,
  validateExport,
  watch,
} from './browser-helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = `${root}dist/editor.html`;
const fileUrl = pathToFileURL(file).href;

before(() => {
  if (existsSync(file)) return;
  const build = spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
  assert.equal(build.status, 0, 'npm run build failed');
});

/** Opens dist/editor.html in a new tab of `browser`, watched, once the editor has rendered. */
async function open(browser, requests, errors) {
  const tab = await browser.newPage();
  watch(tab, requests, errors);
  await tab.setViewport({width: 1280, height: 900});
  await tab.goto(fileUrl, {waitUntil: 'load'});
  await tab.waitForFunction(
    () => document.querySelector('scri-partners-editor')?.shadowRoot?.querySelector('#export-text'),
    {timeout: 15000}
  );
  return tab;
}

/** The text field labelled `label` (without "(optional)") in the last partner of the first group. */
const partnerField = (tab, label) =>
  tab.evaluateHandle((text) => {
    const editor = document.querySelector('scri-partners-editor').shadowRoot;
    const partner = [...editor.querySelector('fieldset.group').querySelectorAll('fieldset.partner')].at(-1);
    return [...partner.querySelectorAll('label')].find(
      (item) => item.textContent.replace('(optional)', '').trim() === text
    ).control;
  }, label);

/** Whether the editor's preview (its own <scri-partners>) shows a link to `url`. */
const previewLinks = (tab, url) =>
  tab.evaluate((href) => {
    const preview = document.querySelector('scri-partners-editor').shadowRoot.querySelector('scri-partners');
    return Boolean(preview?.shadowRoot?.querySelector(`a[href="${href}"]`));
  }, url);

for (const engine of engines) {
  describe(`the editor journey in ${engine.name}, from disk`, {skip: engine.skip}, () => {
    let browser;
    let tmp;
    const requests = [];
    const errors = [];
    let yaml = '';

    before(async () => {
      browser = await engine.launch();
      tmp = mkdtempSync(join(tmpdir(), 'scri-journey-'));
    });

    after(async () => {
      await browser?.close();
      if (tmp) rmSync(tmp, {recursive: true, force: true});
    });

    it('adds MOH, loses the tab, gets the draft back on reopening, and exports it as YAML', async () => {
      // 1. Open the file from disk.
      const first = await open(browser, requests, errors);
      assert.equal(
        await first.evaluate(() =>
          Boolean(document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft'))
        ),
        false,
        'no draft offered on a first visit'
      );

      // 2. Add a partner to the first group and fill it in, typing as a person does.
      const add = await first.evaluateHandle(() =>
        document.querySelector('scri-partners-editor').shadowRoot.querySelector('fieldset.group button.add')
      );
      assert.match(await add.evaluate((button) => button.textContent.trim()), /^Add partner to /);
      await add.click();
      await first.waitForFunction(() =>
        document.querySelector('scri-partners-editor').shadowRoot.activeElement?.id.endsWith('-name')
      );
      for (const [label, text] of [
        ['Name', moh.name],
        ['Acronym', moh.acronym],
        ['Description', moh.description],
        ['Website', moh.url],
      ]) {
        const field = await partnerField(first, label);
        await field.focus();
        await first.keyboard.type(text);
      }
      // A pause in typing: the preview catches up (and the editor keeps its draft).
      await first.waitForFunction(
        (href) => {
          const preview = document
            .querySelector('scri-partners-editor')
            .shadowRoot.querySelector('scri-partners');
          return Boolean(preview?.shadowRoot?.querySelector(`a[href="${href}"]`));
        },
        {timeout: 5000},
        moh.url
      );
      assert.deepEqual((await first.evaluate(firstGroupForm)).at(-1), {
        ...moh,
        id: 'ministry-of-health',
        logo: '',
      });

      // The engine's own part: file:// storage outlives a tab (in the same profile), whatever the editor does.
      await first.evaluate(() => localStorage.setItem('scri-journey-probe', 'kept'));

      // 3. Close the tab by mistake, without exporting (a closing tab does not ask).
      await first.close({runBeforeUnload: false});

      // 4. Open the file again in a new tab of the same browser: the draft is offered; restore it.
      const second = await open(browser, requests, errors);
      const offer = await second.evaluate(
        () =>
          document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft')
            ?.textContent ?? ''
      );
      assert.equal(
        await second.evaluate(() => localStorage.getItem('scri-journey-probe')),
        'kept',
        `${engine.name} keeps localStorage for file:// between tabs`
      );
      const saved = await second.evaluate(() => localStorage.getItem('scri-partners-editor-draft'));
      assert.ok(offer, `the draft is offered on reopening (the editor's saved draft: ${saved})`);
      assert.match(offer, /Restore your unsaved draft from /);
      assert.equal(await previewLinks(second, moh.url), false, 'the list is the built-in one until restored');
      const restore = await second.evaluateHandle(() =>
        [
          ...document
            .querySelector('scri-partners-editor')
            .shadowRoot.querySelectorAll('section.draft button'),
        ].find((button) => button.textContent.trim() === 'Restore')
      );
      await restore.click();
      await second.waitForFunction(
        () => !document.querySelector('scri-partners-editor').shadowRoot.querySelector('section.draft')
      );
      assert.deepEqual((await second.evaluate(firstGroupForm)).at(-1), {
        ...moh,
        id: 'ministry-of-health',
        logo: '',
      });

      // 5. The YAML export, as the export box shows it (the same text Download saves).
      await second.waitForFunction(
        (href) =>
          document
            .querySelector('scri-partners-editor')
            .shadowRoot.querySelector('#export-text')
            .value.includes(href),
        {timeout: 5000},
        moh.url
      );
      const exported = await second.evaluate(() => {
        const editor = document.querySelector('scri-partners-editor').shadowRoot;
        return {
          label: editor.querySelector('label[for="export-text"]').textContent.trim(),
          text: editor.querySelector('#export-text').value,
        };
      });
      assert.equal(exported.label, "YAML for Jekyll's _data/scri_partners.yml");
      yaml = exported.text;
      assert.match(yaml, /^ {6}- id: ministry-of-health$/m);
      assert.match(yaml, /^ {8}name: Ministry of Health$/m);
      assert.match(yaml, /^ {8}acronym: MOH$/m);
      assert.match(yaml, /^ {8}url: https:\/\/www\.moh\.gov\.sg$/m);
      await second.close({runBeforeUnload: false});
    });

    it('requested nothing but the file itself, and logged no error', () => {
      // Firefox's WebDriver BiDi reports no file:// requests; editor-html.test.mjs guards it otherwise.
      if (engine.name === 'Chromium')
        assert.equal(
          requests.filter((url) => url === fileUrl).length,
          2,
          `both tabs loaded the file: ${requests}`
        );
      assert.deepEqual(
        requests.filter((url) => url !== fileUrl && !/^(data|blob):/.test(url)),
        []
      );
      assert.deepEqual(errors, []);
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
}
