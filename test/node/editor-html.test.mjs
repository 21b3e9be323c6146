// dist/editor.html as a person with only a browser gets it: opened from disk (file://), it must show the editor
// (not hang on "Loading the editor…"), request nothing but itself, log no error, and export YAML that the
// project's own validator accepts. In Chromium and, when installed, Firefox (puppeteer-core over WebDriver BiDi).
// Runs with `node --test test/node/` after `npm run build`.
/* global document, window -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import YAML from 'yaml';
import {engines, watch} from './browser-helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = `${root}dist/editor.html`;
const fileUrl = pathToFileURL(file).href;

before(() => {
  if (existsSync(file)) return;
  const build = spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
  assert.equal(build.status, 0, 'npm run build failed');
});

describe('dist/editor.html, as a file', () => {
  it('links, loads and imports nothing: one file, with its script and styles inline', () => {
    // The script's own strings (the include HTML it exports) may say <script src>; the page around it may not.
    const html = readFileSync(file, 'utf8').replace(/(<script type="module">)[\s\S]*?(<\/script>)/, '$1…$2');
    assert.doesNotMatch(html, /<script\b[^>]*\ssrc=/i, 'no external script');
    assert.doesNotMatch(html, /<link\b/i, 'no linked stylesheet, font or icon');
    assert.doesNotMatch(html, /<img\b|@import|url\(/i, 'no image, imported stylesheet or url()');
    assert.doesNotMatch(
      html,
      /type="importmap"|node_modules|\.\.\/dist\//,
      'no import map or repository paths'
    );
    assert.equal(html.match(/<script\b/g)?.length, 1, 'one inline script');
    assert.match(
      readFileSync(file, 'utf8'),
      /<script type="module">[^<]{1000,}/,
      'the bundled editor, inline'
    );
  });

  it('uses no eval, and says so in its Content-Security-Policy', () => {
    const html = readFileSync(file, 'utf8');
    const script = html.slice(html.indexOf('<script type="module">'), html.lastIndexOf('</script>'));
    assert.doesNotMatch(script, /\beval\s*\(|\bnew Function\b|\bFunction\s*\(/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(policy, 'a Content-Security-Policy meta tag');
    assert.match(policy, /default-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-eval|connect-src/);
  });
});

describe('dist/editor.html, for people who look for it', () => {
  it('ships in the npm package', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(pack.status, 0, pack.stderr);
    const files = JSON.parse(pack.stdout)[0].files.map((entry) => entry.path);
    assert.ok(files.includes('dist/editor.html'), files.join(' '));
  });

  it('opens README\'s "Editing the partner list" with a link to it and a picture of it', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('\n## Editing the partner list\n'));
    const [, first, second] = section.split(/\n\n/);
    assert.match(first, /\]\(dist\/editor\.html\)/, 'the first paragraph links dist/editor.html');
    assert.match(second, /^!\[[^\]]+\]\(docs\/editor\.png\)$/, 'then the picture');
    assert.ok(existsSync(`${root}docs/editor.png`));
    assert.match(section.slice(0, 1200), /node_modules\/scri-partners\/dist\/editor\.html/);
  });
});

for (const engine of engines) {
  describe(`dist/editor.html opened from disk in ${engine.name}`, {skip: engine.skip}, () => {
    let browser;
    let tab;
    const requests = [];
    const errors = [];

    before(async () => {
      browser = await engine.launch();
      tab = await browser.newPage();
      watch(tab, requests, errors);
      await tab.evaluateOnNewDocument(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.violations.push(`${event.violatedDirective} ${event.blockedURI}`)
        );
      });
      await tab.setViewport({width: 1280, height: 900});
      await tab.goto(fileUrl, {waitUntil: 'load'});
      await tab.waitForFunction(
        () => {
          // The editor and its preview render into shadow roots.
          const all = (node) => [
            node,
            ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
          ];
          const preview = all(document).flatMap((n) => [...n.querySelectorAll('scri-partners')])[0];
          return Boolean(preview?.shadowRoot?.querySelector('[part="title"]'));
        },
        {timeout: 15000}
      );
    });

    after(async () => {
      await browser?.close();
    });

    /** The value of the textarea that holds the YAML export, read wherever it is in the page's shadow roots. */
    const exported = () =>
      tab.evaluate(() => {
        const all = (node) => [
          node,
          ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
        ];
        const areas = all(document).flatMap((n) => [...n.querySelectorAll('textarea')]);
        return areas
          .map((area) => area.value)
          .find((value) => /^groups:|\ngroups:/m.test(value) && !value.trim().startsWith('{'));
      });

    it('shows the editor, not "Loading the editor…"', async () => {
      const state = await tab.evaluate(() => {
        const all = (node) => [
          node,
          ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
        ];
        return {
          loading: document.body.innerText.includes('Loading the editor'),
          headings: all(document)
            .flatMap((n) => [...n.querySelectorAll('h1, h2')])
            .map((heading) => heading.textContent.trim()),
        };
      });
      assert.equal(state.loading, false);
      assert.ok(state.headings.includes('Partners editor'), `headings: ${state.headings}`);
      assert.ok(state.headings.includes('Export'), `headings: ${state.headings}`);
    });

    it('exports YAML that the validator accepts, and that follows an edit', async () => {
      const before = await exported();
      assert.ok(before, 'a YAML export');
      const {validateData} = await import(`${root}dist/data.js`);
      assert.deepEqual(validateData(YAML.parse(before)).problems, []);

      const title = await tab.evaluateHandle(() => {
        const all = (node) => [
          node,
          ...[...node.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : [])),
        ];
        const label = all(document)
          .flatMap((n) => [...n.querySelectorAll('label')])
          .find((item) => item.textContent.replace('(optional)', '').trim() === 'Title');
        return label.control;
      });
      await title.click({count: 3});
      await title.evaluate((input) => input.select());
      await tab.keyboard.type('Partners opened from disk');
      let after = '';
      for (let tries = 0; tries < 50 && !after.includes('Partners opened from disk'); tries++) {
        after = (await exported()) ?? '';
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.match(after, /^title: Partners opened from disk$/m);
      assert.deepEqual(validateData(YAML.parse(after)).problems, []);
    });

    it('requested nothing but the file itself, and logged no error or policy violation', async () => {
      // Firefox's WebDriver BiDi reports no file:// requests, so there the policy and Resource Timing are the guard.
      if (engine.name === 'Chromium')
        assert.ok(requests.includes(fileUrl), `the listener saw the file: ${requests}`);
      const others = requests.filter((url) => url !== fileUrl && !/^(data|blob):/.test(url));
      assert.deepEqual(others, []);
      const resources = await tab.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name)
      );
      assert.deepEqual(resources, []);
      assert.deepEqual(await tab.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
    });

    it('has the browser refuse a request or an eval, should a later change of the editor try one', async () => {
      const refused = await tab.evaluate(async () => {
        const outcome = {};
        try {
          await fetch('https://example.invalid/partners.json');
          outcome.fetch = 'made';
        } catch {
          outcome.fetch = 'refused';
        }
        // In a task of the page's own: code that DevTools evaluates may eval under any policy.
        outcome.eval = await new Promise((resolve) =>
          setTimeout(() => {
            try {
              resolve((0, eval)('"ran"'));
            } catch (error) {
              resolve(error.name);
            }
          })
        );
        outcome.violations = window.violations.map((violation) => violation.split(' ')[0]);
        return outcome;
      });
      assert.equal(refused.fetch, 'refused');
      assert.equal(refused.eval, 'EvalError');
      assert.ok(
        refused.violations.some((directive) => /connect-src|default-src/.test(directive)),
        refused.violations
      );
    });
  });
}
