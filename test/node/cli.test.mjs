// The command line, run as users run it: the real bin in a child process, on files in a temp dir.
// Needs dist/data.js: `npm run test:node` builds first.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const bin = fileURLToPath(new URL('../../bin/scri-partners.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'scri-partners-cli-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

/** Runs the command line in the temp dir; returns its exit status, stdout and stderr. */
const run = (...args) => {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};
const file = (name, content) => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
};

const good = {
  $schema: '../schema/partners.schema.json',
  title: 'Our partners',
  intro: ['We work with ACME.'],
  groups: [
    {
      id: 'makers',
      title: 'Makers',
      partners: [
        {
          id: 'acme',
          name: 'Acme Corporation',
          acronym: 'ACME',
          description: 'Makes things.',
          url: 'https://acme.example/',
        },
        {id: 'initech', name: 'Initech', description: 'Makes reports.'},
      ],
    },
  ],
};

describe('scri-partners render', () => {
  it('writes the built-in SCRI data as static HTML to stdout when given no file', () => {
    const {status, stdout, stderr} = run('render');
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^<scri-partners>\n {2}<h2>Public Sector Partners<\/h2>\n/);
    assert.match(stdout, /<li data-partner="hsa">/);
    assert.match(stdout, /<abbr title="Singapore Clinical Research Institute">SCRI<\/abbr>/);
    assert.match(stdout, /<a href="https:\/\/www\.hsa\.gov\.sg\/" rel="noopener noreferrer">/);
    assert.match(stdout, /<\/scri-partners>\n$/);
  });

  it('adds the module script tag after the markup with --script, for a Jekyll include', () => {
    const {status, stdout} = run(
      'render',
      '--script',
      '/assets/js/scri-partners.min.js',
      '-o',
      'include.html'
    );
    assert.equal(status, 0);
    assert.equal(stdout, '');
    const html = readFileSync(join(dir, 'include.html'), 'utf8');
    assert.match(
      html,
      /<\/scri-partners>\n<script type="module" src="\/assets\/js\/scri-partners\.min\.js"><\/script>\n$/
    );
  });

  it('writes a data file to -o, with the heading level and wrapper asked for', () => {
    const input = file('good.json', good);
    const {status, stdout, stderr} = run(
      'render',
      input,
      '-o',
      'out.html',
      '--heading-level',
      '3',
      '--wrapper',
      'div'
    );
    assert.equal(status, 0);
    assert.equal(stdout, '');
    assert.equal(stderr, '');
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(html, /^<div data-scri-partners data-heading-level="3">\n {2}<h3>Our partners<\/h3>\n/);
    assert.match(html, /<h4>Makers<\/h4>/);
    assert.match(html, /<h5>Acme Corporation \(<abbr>ACME<\/abbr>\)<\/h5>/);
    assert.match(html, /<li data-partner="initech">/);
    assert.match(html, /<\/div>\n$/);
  });

  it('reports problems on stderr and renders the valid rest', () => {
    const input = file('partly.json', {
      ...good,
      groups: [...good.groups, {id: 'bad group', title: 'Bad', partners: []}],
    });
    const {status, stdout, stderr} = run('render', input);
    assert.equal(status, 0);
    assert.equal(
      stderr,
      `scri-partners: $.groups[1].id: expected an id of letters, digits, "-" or "_", found "bad group"\n`
    );
    assert.match(stdout, /data-group="makers"/);
    assert.doesNotMatch(stdout, /Bad/);
  });

  it('exits 1 when nothing in the data can be rendered', () => {
    const input = file('unusable.json', {title: 'x', intro: [], groups: []});
    const {status, stdout, stderr} = run('render', input);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^scri-partners: \$\.groups: expected at least one valid group, found an array$/m);
    assert.match(stderr, /unusable\.json has no valid group of partners/);
  });

  it('refuses a heading level outside 2–6 and an unknown wrapper with exit 2', () => {
    assert.equal(run('render', '--heading-level', '7').status, 2);
    assert.equal(run('render', '--wrapper', 'span').status, 2);
    assert.equal(run('render', '--nope').status, 2);
  });
});

describe('scri-partners validate', () => {
  it('prints "<file>: valid" and exits 0 for good data', () => {
    const {status, stdout, stderr} = run('validate', file('good.json', good));
    assert.equal(status, 0);
    assert.equal(stdout, 'good.json: valid\n');
    assert.equal(stderr, '');
  });

  it('prints every problem as "<file>: <path>: expected …, found …" and exits 1', () => {
    const input = file('bad.json', {
      title: '  ',
      intro: ['ok', 3],
      groups: [
        {
          id: 'g',
          title: 'G',
          partners: [
            {id: 'p', name: 'P', description: 'D', url: 'javascript:alert(1)', colour: 'red'},
            {id: 'p', name: 'Twin', description: 'D'},
          ],
        },
      ],
      extra: true,
    });
    const {status, stdout, stderr} = run('validate', input);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'bad.json: $.extra: expected no such property, found boolean true',
      'bad.json: $.title: expected a non-empty string, found an empty string',
      'bad.json: $.intro[1]: expected a non-empty string, found number 3',
      'bad.json: $.groups[0].partners[0].colour: expected no such property, found "red"',
      'bad.json: $.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "javascript:alert(1)"',
      'bad.json: $.groups[0].partners[1].id: expected an id no other partner has, found "p"',
    ]);
  });

  it('says in one sentence, with line and column, that a file is not JSON', () => {
    const input = file('broken.json', '{\n  "title": "x",\n}\n');
    const {status, stdout, stderr} = run('validate', input);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^scri-partners: broken\.json is not valid JSON: .*\(line 3, column 1\)\.\n$/);
  });

  it('says in one sentence that a file is missing', () => {
    for (const command of ['validate', 'render']) {
      const {status, stdout, stderr} = run(command, 'missing.json');
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, 'scri-partners: cannot read missing.json: no such file.\n');
    }
  });

  it('needs exactly one file', () => {
    assert.equal(run('validate').status, 2);
  });
});

describe('scri-partners help and version', () => {
  it('prints the usage for --help, -h and no arguments', () => {
    for (const args of [['--help'], ['-h'], [], ['render', '--help']]) {
      const {status, stdout} = run(...args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: scri-partners <command> \[options\]\n/);
      assert.match(stdout, /render \[data\.json\]/);
      assert.match(stdout, /validate <data\.json>/);
      assert.match(stdout, /--heading-level <2-6>/);
    }
  });

  it('prints the usage and exits 2 for an unknown command', () => {
    const {status, stdout, stderr} = run('publish');
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^scri-partners: unknown command "publish"\.\n\nUsage: scri-partners/);
  });

  it('prints the package version', () => {
    assert.equal(run('--version').stdout, `${pkg.version}\n`);
  });
});
