// The Liquid include (jekyll/_includes/scri-partners.html) and its data file (jekyll/_data/scri_partners.yml),
// built for real by Debian's jekyll, offline and in safe mode (no plugins), as Isomer builds. The include's
// output is compared with the command line's for the same YAML file, byte for byte, and both are read back
// in headless Chromium with the package's own readStaticHtml and validateData, as the widget reads them.
// Runs with `node --test test/node/` after `npm run build`.
/* global window, document, DOMParser -- in functions that run in the page */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
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
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {Document, parse} from 'yaml';
import {serveStatic} from '../../scripts/static-server.mjs';
import {chromeFlags, chromePath} from '../../scripts/browsers.mjs';
import {scriPartnersData, validateData} from '../../dist/data.js';
import {run} from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/scri-partners.js');
const jekyll = ['/usr/bin/jekyll', '/usr/local/bin/jekyll'].find((path) => existsSync(path));

/** Data that text escaping, Liquid, Markdown and acronym matching could each get wrong. All of it is valid. */
const edge = {
  title: `Partners & <friends> "quoted" 'single' {{ site.title }}`,
  intro: [
    'Tom & Jerry <b>bold</b> &amp; {{ site.title }} {% include secret.html %} {{ "x" | upcase }} {% raw %}',
    '中文：新加坡临床研究所（SCRI）与HSA合作。CTU中文 中文CTU',
    'தமிழ்: SCRI மற்றும் HSA, தமிழHSA',
    '  Padded, with *markdown* _emphasis_, [a link](javascript:alert(1)) and <script>alert(1)</script>  ',
  ],
  groups: [
    {
      id: 'g-1',
      title: 'Group <1> & "co" {% endraw %}',
      description: 'NUS, Duke-NUS, NUSX, xNUS, NUS2, NUS_, NUS-led, (NUS), "NUS" and BMS IPO, BMS, BMSIPO.',
      partners: [
        {
          id: 'nus',
          name: 'National University of Singapore',
          acronym: 'NUS',
          description: 'NUS & Duke-NUS: NUS.NUS/NUS',
          url: 'https://www.nus.edu.sg/?a=1&b=<2>&c="3"',
        },
        {
          id: 'duke-nus',
          name: 'Duke-NUS Medical School',
          acronym: 'Duke-NUS',
          description: 'Duke-NUSNUS Duke-NUS-NUS',
          url: '/partners/duke-nus?x=a:b',
          logo: `/logos/duke "nus" & 'co'.png`,
        },
        {
          id: 'a_star',
          name: 'Agency for Science, Technology and Research',
          acronym: 'A*STAR',
          description: 'A*STAR, A*STARS, *STAR and A*STAR*.',
          url: 'mailto:info@a-star.example',
        },
        {
          id: 'evil',
          name: 'Evil {{ page.title }} & <Co>',
          acronym: '<X>',
          description: 'Uses <X>, &<X>, <X>y and {% if true %}<X>{% endif %}.',
          url: 'javascript:alert(1)',
          logo: 'data:image/png;base64,AAAA',
        },
      ],
    },
    {
      id: 'G2',
      title: '第二组 · இரண்டாம்',
      partners: [
        {
          id: 'sg',
          name: '新加坡',
          acronym: 'SG',
          description: 'SG新加坡 SG 新加坡SG SG。',
          url: 'HTTPS://EXAMPLE.SG/',
          logo: 'http://example.sg/logo.png',
        },
        {
          id: 'relative',
          name: 'Relative',
          description: 'Links that go nowhere else.',
          url: 'partners.html',
          // An "&" after the first "/" cannot hide a scheme, so the include keeps it as the command line does.
          logo: 'logos/r&d.png?a=1&b=2',
        },
      ],
    },
  ],
  closing: ['Closing with SCRI, {{ content }} and IIT.', 'NO, yes, on, 1:20 stay text.'],
  glossary: {
    SCRI: 'Singapore Clinical Research Institute',
    IIT: 'Investigator-Initiated "Trials" & <more>',
    // Shorter first, so that only sorting longest first finds "BMS IPO".
    BMS: 'Biomedical Sciences',
    'BMS IPO': 'Biomedical Sciences Industry Partnership Office',
    HSA: 'Health Sciences Authority',
    CTU: 'Clinical Trial Unit',
    NUS: 'The glossary wins over the partner',
    NO: 'Norway',
  },
};

/**
 * Where the include is documented to differ from the command line: it cannot tell every Unicode letter
 * and number apart (a combining mark counts as a letter, a superscript or Roman numeral as a space), and
 * its trim leaves non-ASCII spaces. The widget reads both back to the same data all the same.
 */
const differences = {
  title: '\u00a0Title between no-break spaces\u00a0',
  intro: ['தமிழ்SCRI after a combining mark; SCRI² and SCRIⅫ before number forms.'],
  groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'Plain.'}]}],
  glossary: {SCRI: 'Singapore Clinical Research Institute'},
};

/** YAML as Jekyll reads it (1.1), unfolded; quoted wherever YAML 1.1 would read something else. */
const yaml = (data) => new Document(data, {version: '1.1'}).toString({lineWidth: 0});

const pages = {
  'scri.html': '{% include scri-partners.html %}',
  'scri-options.html':
    '{% include scri-partners.html heading_level=3 wrapper="div" script="/assets/js/scri-partners.min.js" %}',
  'scri-clamped.html': '{% include scri-partners.html heading_level=9 %}',
  'edge.html': '{% include scri-partners.html data=site.data.edge heading_level=4 %}',
  'edge-script.html':
    '{% include scri-partners.html data=site.data.edge script="/assets/js/scri-partners.min.js" %}',
  'differences.html': '{% include scri-partners.html data=site.data.differences %}',
  'scri-hide.html': '{% include scri-partners.html hide="title intro" %}',
  'scri-hide-div.html':
    '{% include scri-partners.html hide="closing,nope  title" heading_level=3 wrapper="div" %}',
  'edge-hide.html':
    '{% include scri-partners.html data=site.data.edge hide="title intro closing" heading_level=6 %}',
  'scri.json': '{{ site.data.scri_partners | jsonify }}',
  'edge.json': '{{ site.data.edge | jsonify }}',
};

/** The command line's output for a data file of the site, with its options. */
const cli = (file, ...options) =>
  run(process.execPath, [bin, 'render', join('_data', file), ...options], site);

let tmp;
let site;
let built;
let browser;
let harness;
let sitePage;
const servers = [];

describe(
  'the Liquid include',
  {skip: jekyll ? false : 'jekyll is not installed (apt-get install jekyll)'},
  () => {
    before(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'scri-liquid-'));
      // The site as an editor sets it up: the include and the data file copied from the package.
      site = join(tmp, 'site');
      mkdirSync(join(site, '_includes'), {recursive: true});
      mkdirSync(join(site, '_data'));
      mkdirSync(join(site, '_layouts'));
      mkdirSync(join(site, 'assets/js'), {recursive: true});
      copyFileSync(
        join(root, 'jekyll/_includes/scri-partners.html'),
        join(site, '_includes/scri-partners.html')
      );
      copyFileSync(join(root, 'jekyll/_data/scri_partners.yml'), join(site, '_data/scri_partners.yml'));
      copyFileSync(join(root, 'dist/scri-partners.min.js'), join(site, 'assets/js/scri-partners.min.js'));
      writeFileSync(join(site, '_data/edge.yml'), yaml(edge));
      writeFileSync(join(site, '_data/differences.yml'), yaml(differences));
      writeFileSync(join(site, '_config.yml'), 'title: SITE TITLE LEAKED\n');
      writeFileSync(
        join(site, '_layouts/default.html'),
        '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ page.title }}</title></head>\n' +
          '<body><main>{{ content }}</main></body>\n</html>\n'
      );
      for (const [name, content] of Object.entries(pages))
        writeFileSync(join(site, name), `---\n---\n${content}`);
      // The include in a Markdown page, as in an Isomer page: kramdown must leave its HTML alone.
      writeFileSync(
        join(site, 'edge-markdown.md'),
        `---\nlayout: default\ntitle: PAGE TITLE LEAKED\n---\n\nSome *Markdown* first.\n\n` +
          `{% include scri-partners.html data=site.data.edge %}\n\nAnd after.\n`
      );
      built = run(jekyll, ['build', '--safe', '--quiet'], site);
      await built;

      // The reader: readStaticHtml and validateData from the npm build, Lit resolved by an import map.
      const reader = join(tmp, 'reader');
      mkdirSync(reader);
      symlinkSync(join(root, 'dist'), join(reader, 'dist'));
      symlinkSync(join(root, 'node_modules'), join(reader, 'node_modules'));
      const imports = {
        lit: '/node_modules/lit/index.js',
        'lit/': '/node_modules/lit/',
        'lit-html': '/node_modules/lit-html/lit-html.js',
        'lit-html/': '/node_modules/lit-html/',
        'lit-element/': '/node_modules/lit-element/',
        '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
        '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
        '@lit/context': '/node_modules/@lit/context/index.js',
      };
      writeFileSync(
        join(reader, 'index.html'),
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>reader</title>\n` +
          `<script type="importmap">${JSON.stringify({imports})}</script>\n` +
          `<script type="module">\nimport {readStaticHtml, validateData} from '/dist/scri-partners.js';\n` +
          `window.reader = {readStaticHtml, validateData};\n</script></head><body></body></html>\n`
      );
      for (const dir of [reader, join(site, '_site')]) servers.push(await serveStatic(dir));
      browser = await puppeteer.launch({executablePath: chromePath(), headless: true, args: chromeFlags});
      harness = await browser.newPage();
      await harness.goto(`${servers[0].origin}/`, {waitUntil: 'load'});
      await harness.waitForFunction(() => window.reader);
      sitePage = (name) => `${servers[1].origin}/${name}`;
    });

    after(async () => {
      await browser?.close();
      await Promise.all(servers.map((server) => server.close()));
      if (tmp) rmSync(tmp, {recursive: true, force: true});
    });

    const output = (name) => readFileSync(join(site, '_site', name), 'utf8');

    /**
     * What the widget reads from some HTML: the raw data readStaticHtml finds in the first static-format root
     * (the element or the data-scri-partners container), and what validateData keeps of it.
     */
    const readBack = (html) =>
      harness.evaluate((markup) => {
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        const container = parsed.querySelector('scri-partners, [data-scri-partners]');
        const raw = window.reader.readStaticHtml(container);
        return {raw, ...window.reader.validateData(raw)};
      }, html);

    it("writes the built-in data byte for byte as the command line does, and the widget reads SCRI's data", async () => {
      const html = output('scri.html');
      assert.equal(html, await cli('scri_partners.yml'));
      assert.equal(
        html,
        await run(process.execPath, [bin, 'render'], site),
        'the data file is the built-in data'
      );
      const {data, problems} = await readBack(html);
      assert.deepEqual(problems, []);
      assert.deepEqual(data, scriPartnersData);
    });

    it('takes heading_level, wrapper and script as the command line takes its options', async () => {
      const html = output('scri-options.html');
      assert.equal(
        html,
        await cli(
          'scri_partners.yml',
          '--heading-level',
          '3',
          '--wrapper',
          'div',
          '--script',
          '/assets/js/scri-partners.min.js'
        )
      );
      assert.match(
        html,
        /^<div data-scri-partners data-heading-level="3">\n {2}<h3>Public Sector Partners<\/h3>\n/
      );
      assert.match(html, /<h4>Regulatory authorities<\/h4>/);
      assert.match(
        html,
        /<h5>Health Sciences Authority<span> \(<\/span><abbr>HSA<\/abbr><span>\)<\/span><\/h5>/
      );
      assert.match(
        html,
        /\n<\/div>\n<script type="module" src="\/assets\/js\/scri-partners\.min\.js"><\/script>\n$/
      );
      assert.deepEqual((await readBack(html)).data, scriPartnersData);
    });

    it('takes hide as the command line takes --hide, and is read back to the data less what it hides', async () => {
      const html = output('scri-hide.html');
      assert.equal(html, await cli('scri_partners.yml', '--hide', 'title,intro'));
      assert.match(
        html,
        /^<scri-partners hide="title intro" data-title="Public Sector Partners">\n {2}<section id="scri-group-regulators" data-group="regulators">\n {4}<h2>Regulatory authorities<\/h2>\n/
      );
      assert.match(
        html,
        /<h3>Health Sciences Authority<span> \(<\/span><abbr>HSA<\/abbr><span>\)<\/span><\/h3>/
      );
      const {intro, ...rest} = scriPartnersData;
      assert.ok(intro.length);
      assert.deepEqual((await readBack(html)).data, {...rest, intro: []});

      const div = output('scri-hide-div.html');
      assert.equal(
        div,
        await cli('scri_partners.yml', '--hide', 'title closing', '--heading-level', '3', '--wrapper', 'div')
      );
      assert.match(
        div,
        /^<div data-scri-partners data-heading-level="3" data-hide="title closing" data-title="Public Sector Partners">\n {2}<p>/
      );
      const {closing, ...open} = scriPartnersData;
      assert.ok(closing.length);
      assert.deepEqual((await readBack(div)).data, open);

      const edgeHidden = output('edge-hide.html');
      assert.equal(
        edgeHidden,
        await cli('edge.yml', '--hide', 'title,intro,closing', '--heading-level', '6')
      );
      assert.equal((await readBack(edgeHidden)).data.title, edge.title);
    });

    it('clamps a heading level past 6 as the widget does', () => {
      const html = output('scri-clamped.html');
      assert.match(html, /^<scri-partners heading-level="6">\n {2}<h6>Public Sector Partners<\/h6>\n/);
      assert.match(html, /<h6>Regulatory authorities<\/h6>/);
      assert.doesNotMatch(html, /<h[1-57]/);
    });

    it('ships a data file that Jekyll reads as exactly the built-in data', () => {
      assert.deepEqual(JSON.parse(output('scri.json')), scriPartnersData);
      const source = readFileSync(join(root, 'jekyll/_data/scri_partners.yml'), 'utf8');
      assert.deepEqual(parse(source, {version: '1.1'}), scriPartnersData);
      assert.match(source, /^# +url +optional: the organisation's website/m, 'fields are explained');
    });

    it('escapes every text of hostile data and never lets Liquid evaluate it, byte for byte as the command line', async () => {
      assert.deepEqual(JSON.parse(output('edge.json')), edge, 'Jekyll read the YAML as the data');
      const html = output('edge.html');
      assert.equal(html, await cli('edge.yml', '--heading-level', '4'));
      // Liquid left data text as written, and nothing of the site or page leaked in.
      assert.doesNotMatch(html, /LEAKED/);
      assert.match(
        html,
        /\{\{ site\.title \}\} \{% include secret\.html %\} \{\{ &#34;x&#34; \| upcase \}\} \{% raw %\}/
      );
      assert.match(html, /Evil \{\{ page\.title \}\} &#38; &#60;Co&#62;/);
      // Escaped: no tag, attribute or entity of the data's own.
      assert.match(html, /Tom &#38; Jerry &#60;b&#62;bold&#60;\/b&#62; &#38;amp;/);
      assert.match(html, /<h4>Partners &#38; &#60;friends&#62; &#34;quoted&#34; &#39;single&#39; /);
      assert.doesNotMatch(html, /<(b|script)>/);
      assert.match(
        html,
        /<abbr title="Investigator-Initiated &#34;Trials&#34; &#38; &#60;more&#62;">IIT<\/abbr>/
      );
      assert.match(html, /<img src="\/logos\/duke &#34;nus&#34; &#38; &#39;co&#39;\.png" alt=""/);
      assert.match(html, /href="https:\/\/www\.nus\.edu\.sg\/\?a=1&#38;b=&#60;2&#62;&#38;c=&#34;3&#34;"/);
      // Unsafe links and logos are left out; safe ones of every kind kept.
      assert.doesNotMatch(html, /(href|src)="(javascript|data):/);
      for (const url of [
        'mailto:info@a-star.example',
        'HTTPS://EXAMPLE.SG/',
        'partners.html',
        '/partners/duke-nus?x=a:b',
      ])
        assert.ok(html.includes(`href="${url}"`), url);
      assert.ok(html.includes('<img src="http://example.sg/logo.png"'));
      assert.ok(html.includes('<img src="logos/r&#38;d.png?a=1&#38;b=2"'));
      // Non-Latin scripts pass through as they are.
      assert.match(
        html,
        /中文：新加坡临床研究所（<abbr title="Singapore Clinical Research Institute">SCRI<\/abbr>）/
      );
      assert.match(html, /தமிழ்: <abbr title="Singapore Clinical Research Institute">SCRI<\/abbr> மற்றும்/);
    });

    it('marks up acronyms as the command line does: longest first, only between non-letters', () => {
      const html = output('edge.html');
      const abbr = (acronym, title) => `<abbr title="${title}">${acronym}</abbr>`;
      const nus = (acronym = 'NUS') => abbr(acronym, 'The glossary wins over the partner');
      const duke = abbr('Duke-NUS', 'Duke-NUS Medical School');
      assert.ok(
        html.includes(
          `<p>${nus()}, ${duke}, NUSX, xNUS, NUS2, ${nus()}_, ${nus()}-led, (${nus()}), &#34;${nus()}&#34; and ` +
            `${abbr('BMS IPO', 'Biomedical Sciences Industry Partnership Office')}, ${abbr('BMS', 'Biomedical Sciences')}, BMSIPO.</p>`
        ),
        'group description'
      );
      assert.ok(html.includes(`<p>${nus()} &#38; ${duke}: ${nus()}.${nus()}/${nus()}</p>`));
      assert.ok(html.includes(`<p>Duke-NUSNUS ${duke}-${nus()}</p>`));
      const astar = abbr('A*STAR', 'Agency for Science, Technology and Research');
      assert.ok(html.includes(`<p>${astar}, A*STARS, *STAR and ${astar}*.</p>`));
      const x = abbr('&#60;X&#62;', 'Evil {{ page.title }} &#38; &#60;Co&#62;');
      assert.ok(html.includes(`<p>Uses ${x}, &#38;${x}, &#60;X&#62;y and {% if true %}${x}{% endif %}.</p>`));
      // Letters of any script are letters: no acronym inside Chinese or Tamil words.
      assert.ok(html.includes(`</abbr>）与HSA合作。CTU中文 中文CTU</p>`));
      assert.ok(
        html.includes('SG新加坡 <abbr title="新加坡">SG</abbr> 新加坡SG <abbr title="新加坡">SG</abbr>。')
      );
      assert.ok(html.includes(', தமிழHSA</p>'));
    });

    it('is read back by the widget to exactly the data it reads from the command line, in HTML and Markdown pages', async () => {
      const fromCli = await readBack(await cli('edge.yml'));
      assert.deepEqual(
        fromCli.problems.map((problem) => problem.path),
        []
      );
      assert.equal(fromCli.data.groups[0].partners.length, 4);
      assert.equal(fromCli.data.title, edge.title);
      for (const name of ['edge.html', 'edge-script.html', 'edge-markdown.html']) {
        const fromJekyll = await readBack(output(name));
        assert.deepEqual(fromJekyll.raw, fromCli.raw, name);
        assert.deepEqual(fromJekyll.data, fromCli.data, name);
      }
      // What the command line dropped as unsafe, the include dropped too.
      const {problems} = validateData(edge);
      assert.deepEqual(
        problems.map((problem) => problem.path),
        ['$.groups[0].partners[3].url', '$.groups[0].partners[3].logo']
      );
    });

    it('differs from the command line only where README says, and is still read back to the same data', async () => {
      const html = output('differences.html');
      const fromCli = await cli('differences.yml');
      assert.notEqual(html, fromCli);
      const scri = '<abbr title="Singapore Clinical Research Institute">SCRI</abbr>';
      assert.ok(fromCli.includes(`<h2>Title between no-break spaces</h2>`));
      assert.ok(html.includes(`<h2>\u00a0Title between no-break spaces\u00a0</h2>`));
      assert.ok(
        fromCli.includes(`<p>தமிழ்${scri} after a combining mark; SCRI² and SCRIⅫ before number forms.</p>`)
      );
      assert.ok(
        html.includes(`<p>தமிழ்SCRI after a combining mark; ${scri}² and ${scri}Ⅻ before number forms.</p>`)
      );
      const normalise = (text) =>
        text.replace(/<abbr title="[^"]*">([^<]*)<\/abbr>/g, '$1').replace('\u00a0', '');
      assert.equal(normalise(normalise(html)), normalise(fromCli), 'nothing else differs');
      const [a, b] = [await readBack(html), await readBack(fromCli)];
      assert.deepEqual(a.raw, b.raw);
      assert.deepEqual(a.data, b.data);
    });

    it('upgrades into the widget with JavaScript on, and reads as plain HTML with it off', async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on(
        'console',
        (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text())
      );
      await page.goto(sitePage('scri-options.html'), {waitUntil: 'load'});
      await page.waitForFunction(
        () => document.querySelector('scri-partners')?.shadowRoot?.querySelector('[part~="card"]'),
        {timeout: 10000}
      );
      const shown = await page.evaluate(() => {
        const element = document.querySelector('scri-partners');
        const shadow = element.shadowRoot;
        return {
          parent: element.parentElement.hasAttribute('data-scri-partners'),
          titleTag: shadow.querySelector('[part~="title"]')?.localName,
          names: [...shadow.querySelectorAll('[part~="card-name"]')].map((name) => name.textContent.trim()),
        };
      });
      assert.ok(shown.parent, 'the widget sits in the data-scri-partners container');
      assert.equal(shown.titleTag, 'h3');
      assert.deepEqual(
        shown.names,
        scriPartnersData.groups.flatMap((group) => group.partners.map((partner) => partner.name))
      );
      assert.deepEqual(errors, []);

      await page.setJavaScriptEnabled(false);
      await page.goto(sitePage('edge-script.html'), {waitUntil: 'load'});
      const off = await page.evaluate(() => ({
        title: document.querySelector('scri-partners > h2')?.textContent,
        text: document.body.innerText,
        links: [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
      }));
      assert.equal(off.title, edge.title);
      assert.ok(off.text.includes(edge.intro[0]), 'the hostile paragraph shows as text');
      assert.ok(off.text.includes('Evil {{ page.title }} & <Co> (<X>)'));
      assert.equal(off.links.length, 5);
      await page.close();
    });
  }
);
