// The README's recipes, tried as written, each in a fresh folder under the system's temp folder, against
// the package as users get it (`npm pack`): plain HTML, Isomer or Jekyll (Debian's jekyll), npm with a
// bundler (esbuild, and tsc for the types) and React 19. The code and commands come from README.md itself,
// so a change there is tested here. Runs with `node --test test/node/` after `npm run build`.
/* global window, document, customElements -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import puppeteer from 'puppeteer-core';
import {serveStatic} from '../../scripts/static-server.mjs';
import {chromeFlags, chromePath} from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const jekyll = ['/usr/bin/jekyll', '/usr/local/bin/jekyll'].find((path) => existsSync(path));

// ---- The README's recipes, as text -------------------------------------------------------------------

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/**
 * The text of the README's `### title` section, up to the next heading of level 2 or 3; or with `part`, of its
 * `#### part` subsection, up to the next heading of level 2 to 4.
 */
function section(title, part) {
  const start = readme.indexOf(`\n### ${title}\n`);
  assert.notEqual(start, -1, `README.md has no "### ${title}" section`);
  const rest = readme.slice(start + 1);
  const end = rest.slice(4).search(/\n#{2,3} /);
  const text = end === -1 ? rest : rest.slice(0, end + 4);
  if (part === undefined) return text;
  const partStart = text.indexOf(`\n#### ${part}\n`);
  assert.notEqual(partStart, -1, `README.md's "${title}" section has no "#### ${part}" part`);
  const partText = text.slice(partStart + 1);
  const partEnd = partText.slice(5).search(/\n#{2,4} /);
  return partEnd === -1 ? partText : partText.slice(0, partEnd + 5);
}

/** The `lang` code blocks of the README's `### title` section (or its `#### part`), unindented (list items indent them). */
function blocks(title, lang, part) {
  const found = [...section(title, part).matchAll(/^( *)```(\w*)\n([\s\S]*?)\n\1```/gm)]
    .filter(([, , language]) => language === lang)
    .map(([, indent, , body]) =>
      body
        .split('\n')
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n')
    );
  assert.ok(found.length, `README.md's "${title}" section ${part ?? ''} has no \`\`\`${lang} block`);
  return found;
}

/** A shell command of the README as words (the README's commands use no quotes or shell syntax). */
function words(command) {
  assert.doesNotMatch(command, /["'`$|&;<>\\]/, `a README command needs a shell: ${command}`);
  return command.trim().split(/\s+/);
}

// ---- Processes ---------------------------------------------------------------------------------------

// `npm run test:node` gives its children npm's settings for this repository (npm_config_local_prefix
// among them); the recipes' npm must see only the user's own settings, as in a fresh terminal.
const userSetting = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|proxy|https_proxy|noproxy)$/i;
const userEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== 'INIT_CWD' && (!/^npm_/i.test(key) || userSetting.test(key))
  )
);
const env = {
  ...userEnv,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

/** Runs a command; resolves with its stdout, or rejects with its stderr in the message. */
async function run(file, args, cwd) {
  try {
    const {stdout} = await promisify(execFile)(file, args, {cwd, env, maxBuffer: 64 * 1024 * 1024});
    return stdout;
  } catch (error) {
    throw new Error(
      `${file} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr || error.message}`
    );
  }
}

// The cache first: once lit, @lit/context, esbuild and React are in npm's cache, no run needs the network.
const npmInstall = (cwd, args) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], cwd);

/** A fresh folder made by `npm init -y`, with `npm install` of `packages` (the tarball among them). */
async function project(name, packages, devPackages = []) {
  const dir = join(tmp, name);
  mkdirSync(dir, {recursive: true});
  await run('npm', ['init', '-y'], dir);
  await npmInstall(dir, packages);
  if (devPackages.length) await npmInstall(dir, ['--save-dev', ...devPackages]);
  return dir;
}

// ---- Serving and the browser -------------------------------------------------------------------------

const servers = [];

/** Serves the files of `dir` on 127.0.0.1; resolves with its origin. */
async function serve(dir) {
  const server = await serveStatic(dir);
  servers.push(server);
  return server.origin;
}

let tmp;
let browser;
let tarball;
let unpacked;
const installs = {};

/**
 * Opens `url` in a new tab and returns `{page, errors, logs, requests}`: console errors, uncaught exceptions
 * and failed requests, every console message, and every URL requested. With `javaScript: false` the page's
 * scripts do not run.
 */
async function open(url, {javaScript = true, beforeLoad} = {}) {
  const page = await browser.newPage();
  const errors = [];
  const logs = [];
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    logs.push(message.text());
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
  });
  await page.setJavaScriptEnabled(javaScript);
  if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
  await page.goto(url, {waitUntil: 'load'});
  return {page, errors, logs, requests};
}

/** Waits until the page's `<scri-partners>` has rendered its data, and returns what it shows. */
async function widget(page) {
  await page.waitForFunction(
    () => document.querySelector('scri-partners')?.shadowRoot?.querySelector('[part~="card"]'),
    {timeout: 10000}
  );
  return page.evaluate(() => {
    const element = document.querySelector('scri-partners');
    const shadow = element.shadowRoot;
    const title = shadow.querySelector('[part~="title"]');
    return {
      defined: Boolean(customElements.get('scri-partners')),
      parent: element.parentElement.localName,
      parentIsContainer: element.parentElement.hasAttribute('data-scri-partners'),
      title: title?.textContent.trim(),
      titleTag: title?.localName,
      cards: shadow.querySelectorAll('[part~="card"]').length,
      names: [...shadow.querySelectorAll('[part~="card-name"]')].map((name) => name.textContent.trim()),
      search: Boolean(shadow.querySelector('[part~="search"]')),
    };
  });
}

before(async () => {
  const bundle = join(root, 'dist/scri-partners.min.js');
  if (!existsSync(bundle) || !existsSync(join(root, 'dist/data.js')))
    await run('npm', ['run', 'build', '--silent'], root);
  tmp = mkdtempSync(join(tmpdir(), 'scri-recipes-'));
  // `npm run test:node` has just built dist/, so the pack skips `prepack` (a second build).
  const [{filename}] = JSON.parse(
    await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], root)
  );
  tarball = join(tmp, filename);
  await run('tar', ['-xzf', tarball, '-C', tmp], tmp);
  unpacked = join(tmp, 'package');

  // The installs run side by side (npm's cache allows that); each recipe waits for its own.
  const readmeInstall = words(blocks('npm with a bundler', 'sh')[0]);
  assert.deepEqual(
    readmeInstall,
    ['npm', 'install', 'scri-partners'],
    'the bundler recipe installs with this'
  );
  installs.jekyll = project('jekyll-tools', [tarball]);
  installs.bundler = project('bundler', [tarball], ['esbuild']);
  installs.react = project('react', [tarball, 'react@19', 'react-dom@19'], ['esbuild']);
  for (const install of Object.values(installs)) install.catch(() => {}); // reported by the recipe's test

  browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args: chromeFlags});
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await Promise.allSettled(Object.values(installs));
  if (tmp) rmSync(tmp, {recursive: true, force: true});
});

// ---- The recipes --------------------------------------------------------------------------------------

describe('README recipe: plain HTML', () => {
  it('shows SCRI partners from the page as written and scri-partners.min.js next to it', async () => {
    const dir = join(tmp, 'plain-html');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), blocks('Plain HTML', 'html')[0]);
    copyFileSync(join(unpacked, 'dist/scri-partners.min.js'), join(dir, 'scri-partners.min.js'));
    const origin = await serve(dir);
    const {page, errors, requests} = await open(`${origin}/`);
    const shown = await widget(page);
    assert.equal(shown.title, 'Public Sector Partners');
    assert.equal(shown.cards, 15);
    assert.deepEqual(errors, []);
    // "with no requests of its own"
    assert.deepEqual(
      requests.filter((url) => !url.endsWith('/favicon.ico')),
      [`${origin}/`, `${origin}/scri-partners.min.js`]
    );
    await page.close();
  });
});

describe(
  'README recipe: Isomer or Jekyll',
  {skip: jekyll ? false : 'jekyll is not installed (apt-get install jekyll)'},
  () => {
    let site;
    let expected;

    before(async () => {
      // A minimal Jekyll site, as Debian's jekyll builds it with no Gemfile and no plugins. It sits in the
      // folder where the tarball is installed, so the README's npx finds the package there (on the registry
      // it is not published yet), and runs from the site's root, where its -o path points.
      const tools = await installs.jekyll;
      site = join(tools, 'site');
      mkdirSync(join(site, '_layouts'), {recursive: true});
      mkdirSync(join(site, '_includes'));
      writeFileSync(join(site, '_config.yml'), 'title: A government site\n');
      writeFileSync(
        join(site, '_layouts/default.html'),
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ page.title }}</title></head>\n' +
          '<body><main>{{ content }}</main></body>\n</html>\n'
      );
      // Step 3: the include in the page.
      const [step3] = blocks('Isomer or Jekyll', 'liquid', 'With the command line');
      writeFileSync(
        join(site, 'partners.md'),
        `---\nlayout: default\ntitle: Our partners\n---\n\nSCRI works with these agencies.\n\n${step3}\n`
      );
      // Step 1: the script in the site's files.
      mkdirSync(join(site, 'assets/js'), {recursive: true});
      copyFileSync(
        join(tools, 'node_modules/scri-partners/dist/scri-partners.min.js'),
        join(site, 'assets/js/scri-partners.min.js')
      );
      const {scriPartnersData} = await import(
        pathToFileURL(join(tools, 'node_modules/scri-partners/dist/data.js'))
      );
      expected = scriPartnersData.groups.flatMap((group) => group.partners);
    });

    /** Step 2 (the README's command, run with npx from the site, plus `extra`), then `jekyll build`. */
    async function build(extra = []) {
      const [command] = blocks('Isomer or Jekyll', 'sh', 'With the command line');
      const [npx, ...args] = words(command);
      assert.equal(npx, 'npx');
      await run('npx', [...args, ...extra], site);
      await run(jekyll, ['build', '--quiet'], site);
      assert.ok(existsSync(join(site, '_site/partners.html')), 'jekyll wrote _site/partners.html');
      return `${await serve(join(site, '_site'))}/partners.html`;
    }

    it('upgrades the include into the widget', async () => {
      const url = await build();
      const include = readFileSync(join(site, '_includes/scri-partners.html'), 'utf8');
      assert.match(include, /^<scri-partners>/);
      assert.match(include, /<script type="module" src="\/assets\/js\/scri-partners\.min\.js"><\/script>\n$/);
      const {page, errors} = await open(url);
      const shown = await widget(page);
      assert.equal(shown.title, 'Public Sector Partners');
      assert.equal(shown.cards, 15);
      assert.deepEqual(
        shown.names,
        expected.map((partner) => partner.name)
      );
      assert.deepEqual(errors, []);
      await page.close();

      // With JavaScript off, the include's plain HTML is what visitors read.
      const off = await open(url, {javaScript: false});
      const text = await off.page.evaluate(() => ({
        defined: Boolean(window.customElements?.get('scri-partners')),
        title: document.querySelector('scri-partners > h2')?.textContent,
        shown: document.body.innerText,
        names: [...document.querySelectorAll('scri-partners li[data-partner] > :is(h3, h4, h5, h6)')].map(
          (name) => name.textContent
        ),
        links: [...document.querySelectorAll('scri-partners li[data-partner] a[href]')].map((link) => ({
          id: link.closest('li').dataset.partner,
          url: link.href,
          text: link.textContent,
        })),
      }));
      assert.equal(text.defined, false, 'no script ran');
      assert.equal(text.title, 'Public Sector Partners');
      assert.ok(text.shown.includes('Public Sector Partners'), 'the title is visible');
      assert.equal(text.names.length, 15);
      for (const [index, partner] of expected.entries()) {
        assert.ok(text.names[index].startsWith(partner.name), `${partner.name} is written out`);
        assert.ok(text.shown.includes(partner.name), `${partner.name} is visible`);
      }
      assert.deepEqual(
        text.links.map(({id, url}) => ({id, url})),
        expected.filter((partner) => partner.url).map(({id, url}) => ({id, url}))
      );
      assert.deepEqual(off.errors, []);
      await off.page.close();
    });

    it('upgrades the <div data-scri-partners> include of --wrapper div', async () => {
      const url = await build(['--wrapper', 'div']);
      assert.match(
        readFileSync(join(site, '_includes/scri-partners.html'), 'utf8'),
        /^<div data-scri-partners>/
      );
      const {page, errors} = await open(url);
      const shown = await widget(page);
      assert.equal(shown.parent, 'div');
      assert.ok(shown.parentIsContainer, 'the element sits in the container');
      assert.equal(shown.title, 'Public Sector Partners');
      assert.equal(shown.cards, 15);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('builds the Liquid include from the YAML file, with no Node in the build, and shows an edit', async () => {
      // A second site, with the package in node_modules as the README's commands expect it.
      const tools = await installs.jekyll;
      const liquidSite = join(tools, 'site-liquid');
      mkdirSync(join(liquidSite, '_layouts'), {recursive: true});
      symlinkSync(join(tools, 'node_modules'), join(liquidSite, 'node_modules'));
      writeFileSync(join(liquidSite, '_config.yml'), 'title: A government site\n');
      writeFileSync(
        join(liquidSite, '_layouts/default.html'),
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ page.title }}</title></head>\n' +
          '<body><main>{{ content }}</main></body>\n</html>\n'
      );
      const part = 'With the Liquid include (no Node)';
      // Step 1: the README's commands, as written.
      const [commands] = blocks('Isomer or Jekyll', 'sh', part);
      for (const line of commands.split('\n').filter((text) => text.trim())) {
        const [command, ...args] = words(line);
        await run(command, args, liquidSite);
      }
      // Step 2: the include in the page.
      const [step2] = blocks('Isomer or Jekyll', 'liquid', part);
      writeFileSync(
        join(liquidSite, 'partners.md'),
        `---\nlayout: default\ntitle: Our partners\n---\n\nSCRI works with these agencies.\n\n${step2}\n`
      );
      // As Isomer builds: safe mode, so no plugin could run, and no Node in the build.
      await run(jekyll, ['build', '--safe', '--quiet'], liquidSite);
      const url = `${await serve(join(liquidSite, '_site'))}/partners.html`;

      const {page, errors} = await open(url);
      const shown = await widget(page);
      assert.equal(shown.title, 'Public Sector Partners');
      assert.equal(shown.cards, 15);
      assert.deepEqual(
        shown.names,
        expected.map((partner) => partner.name)
      );
      assert.deepEqual(errors, []);
      await page.close();

      const off = await open(url, {javaScript: false});
      const text = await off.page.evaluate(() => ({
        defined: Boolean(window.customElements?.get('scri-partners')),
        title: document.querySelector('scri-partners > h2')?.textContent,
        shown: document.body.innerText,
        links: [...document.querySelectorAll('scri-partners li[data-partner] a[href]')].map((link) => ({
          id: link.closest('li').dataset.partner,
          url: link.href,
        })),
      }));
      assert.equal(text.defined, false, 'no script ran');
      assert.equal(text.title, 'Public Sector Partners');
      for (const partner of expected)
        assert.ok(text.shown.includes(partner.name), `${partner.name} is visible`);
      assert.deepEqual(
        text.links,
        expected.filter((partner) => partner.url).map(({id, url}) => ({id, url}))
      );
      assert.deepEqual(off.errors, []);
      await off.page.close();

      // Step 3: an editor changes the YAML file, and the next build shows it.
      const data = join(liquidSite, '_data/scri_partners.yml');
      const yaml = readFileSync(data, 'utf8');
      assert.match(yaml, /^title: Public Sector Partners$/m);
      writeFileSync(data, yaml.replace(/^title: .*$/m, 'title: Our partners in the public sector'));
      await run(jekyll, ['build', '--safe', '--quiet'], liquidSite);
      const edited = await open(url);
      assert.equal((await widget(edited.page)).title, 'Our partners in the public sector');
      assert.deepEqual(edited.errors, []);
      await edited.page.close();
    });
  }
);

describe('README recipe: npm with a bundler', () => {
  let dir;
  before(async () => {
    dir = await installs.bundler;
  });

  it('bundles with esbuild and shows the widget with its title as an h3', async () => {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/main.js'), blocks('npm with a bundler', 'js')[0]);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>An app</title>\n' +
        '<script type="module" src="dist/main.js"></script></head>\n<body><div id="partners"></div></body>\n</html>\n'
    );
    await run(
      'npx',
      [
        '--no-install',
        'esbuild',
        'src/main.js',
        '--bundle',
        '--format=esm',
        '--outfile=dist/main.js',
        '--log-level=warning',
      ],
      dir
    );
    const {page, errors} = await open(`${await serve(dir)}/`);
    const shown = await widget(page);
    assert.equal(shown.parent, 'div');
    assert.equal(shown.title, 'Public Sector Partners');
    assert.equal(shown.titleTag, 'h3');
    assert.equal(shown.cards, 15);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("type-checks `import type {PartnersData} from 'scri-partners'` with tsc", async () => {
    // Each @ts-expect-error line is an error only with the package's own types, so tsc fails ("unused
    // directive") if they do not reach it.
    const check = `import type {PartnersData, PartnerLinkDetail} from 'scri-partners';

const data: PartnersData = {title: 'Partners', intro: [], groups: [{id: 'a', title: 'A', partners: []}]};
// @ts-expect-error: title is a string
export const wrong: PartnersData = {title: 1, intro: [], groups: []};
const element = document.createElement('scri-partners');
element.headingLevel = 3;
element.data = data;
// @ts-expect-error: headingLevel is a number
element.headingLevel = 'three';
element.addEventListener('scri-partner-link', (event) => {
  const detail: PartnerLinkDetail = event.detail;
  console.log(detail.id, detail.url);
  // @ts-expect-error: the detail has no name
  console.log(event.detail.name);
});
`;
    writeFileSync(join(dir, 'check.ts'), check);
    const options = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom'];
    // What bundlers resolve, and what Node resolves (from the CommonJS package that npm init -y makes).
    await Promise.all([
      run(
        process.execPath,
        [tsc, ...options, '--module', 'esnext', '--moduleResolution', 'bundler', 'check.ts'],
        dir
      ),
      run(
        process.execPath,
        [tsc, ...options, '--module', 'nodenext', '--moduleResolution', 'nodenext', 'check.ts'],
        dir
      ),
    ]);
  });
});

describe('README recipe: React 19', () => {
  let dir;
  before(async () => {
    dir = await installs.react;
  });

  it('passes data as a property, sets the attributes and hears scri-partner-link', async () => {
    writeFileSync(join(dir, 'Partners.jsx'), blocks('React 19', 'jsx')[0]);
    const data = {
      title: 'Partners from React',
      intro: ['Passed as the data property.'],
      groups: [
        {
          id: 'regulators',
          title: 'Regulators',
          partners: [
            {
              id: 'hsa',
              name: 'Health Sciences Authority',
              acronym: 'HSA',
              description: 'Regulates health products.',
              url: 'https://www.hsa.gov.sg/',
            },
          ],
        },
      ],
    };
    writeFileSync(
      join(dir, 'main.jsx'),
      `import {createRoot} from 'react-dom/client';\nimport {Partners} from './Partners.jsx';\n\n` +
        `const data = ${JSON.stringify(data)};\n\n` +
        `createRoot(document.querySelector('#root')).render(<Partners data={data} />);\n`
    );
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A React app</title>\n' +
        '<script type="module" src="dist/main.js"></script></head>\n<body><div id="root"></div></body>\n</html>\n'
    );
    await run(
      'npx',
      [
        '--no-install',
        'esbuild',
        'main.jsx',
        '--bundle',
        '--format=esm',
        '--jsx=automatic',
        '--outfile=dist/main.js',
        '--log-level=warning',
      ],
      dir
    );
    // The partner's link leaves for another site; the page stays (the event is sent all the same).
    const {page, errors, logs} = await open(`${await serve(dir)}/`, {
      beforeLoad: () => window.addEventListener('click', (event) => event.preventDefault()),
    });
    const shown = await widget(page);
    assert.equal(shown.title, 'Partners from React', 'the data property reached the element');
    assert.deepEqual(shown.names, ['Health Sciences Authority']);
    assert.equal(shown.titleTag, 'h3', 'heading-level="3"');
    assert.ok(shown.search, 'searchable');

    const link = await page.waitForSelector('scri-partners >>> a[part~="card-link"]');
    await link.click();
    const deadline = Date.now() + 5000;
    while (!logs.includes('partner link hsa') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    assert.ok(
      logs.includes('partner link hsa'),
      `onscri-partner-link ran (console: ${JSON.stringify(logs)})`
    );
    assert.equal(new URL(page.url()).pathname, '/', 'the page stayed');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
