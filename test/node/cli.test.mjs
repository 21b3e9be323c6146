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
    assert.match(stdout, /<li id="scri-partner-hsa" data-partner="hsa">/);
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
    assert.match(html, /<h5>Acme Corporation<span> \(<\/span><abbr>ACME<\/abbr><span>\)<\/span><\/h5>/);
    assert.match(html, /<li id="scri-partner-initech" data-partner="initech">/);
    assert.match(html, /<\/div>\n$/);
  });

  it('leaves out what --hide names, moves the headings up a level and keeps the hidden title in data-title', () => {
    const input = file('closing.json', {...good, closing: ['Write to us.']});
    for (const hide of [
      ['--hide', 'title,intro'],
      ['--hide', 'title intro'],
      ['--hide', 'intro', '--hide', 'title'],
    ]) {
      const {status, stdout, stderr} = run('render', input, ...hide);
      assert.equal(status, 0, hide.join(' '));
      assert.equal(stderr, '');
      assert.match(
        stdout,
        /^<scri-partners hide="title intro" data-title="Our partners">\n {2}<section id="scri-group-makers" data-group="makers">\n {4}<h2>Makers<\/h2>\n/
      );
      assert.match(stdout, /<h3>Acme Corporation<span> \(<\/span><abbr>ACME<\/abbr><span>\)<\/span><\/h3>/);
      assert.doesNotMatch(stdout, /<h2>Our partners|We work with/);
      assert.match(stdout, /\n {2}<p>Write to us\.<\/p>\n/);
    }
    const {stdout} = run('render', input, '--hide', 'closing', '--wrapper', 'div', '--heading-level', '3');
    assert.match(
      stdout,
      /^<div data-scri-partners data-heading-level="3" data-hide="closing">\n {2}<h3>Our partners<\/h3>\n {2}<p>We work with /
    );
    assert.match(stdout, /<h4>Makers<\/h4>/);
    assert.doesNotMatch(stdout, /Write to us/);
  });

  it('refuses a part --hide does not know with exit 2', () => {
    const {status, stdout, stderr} = run('render', '--hide', 'title,titel');
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'scri-partners: --hide takes title, intro or closing, not "titel". Run "scri-partners --help" for usage.\n'
    );
  });

  it('reports problems on stderr, with the file and line, and renders the valid rest', () => {
    const input = file('partly.json', {
      ...good,
      groups: [...good.groups, {id: 'bad group', title: 'Bad', partners: []}],
    });
    const {status, stdout, stderr} = run('render', input);
    assert.equal(status, 0);
    assert.equal(
      stderr,
      `scri-partners: partly.json:27: $.groups[1].id: expected an id of letters, digits, "-" or "_", found "bad group"\n` +
        'scri-partners: partly.json:29: $.groups[1].partners: expected at least one valid partner, found an array\n'
    );
    assert.match(stdout, /data-group="makers"/);
    assert.doesNotMatch(stdout, /Bad/);
  });

  it('exits 1 when nothing in the data can be rendered', () => {
    const input = file('unusable.json', {title: 'x', intro: [], groups: []});
    const {status, stdout, stderr} = run('render', input);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^scri-partners: unusable\.json:4: \$\.groups: expected at least one valid group, found an array$/m
    );
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

  it('prints every problem as "<file>:<line>: <path>: expected …, found …" and exits 1', () => {
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
      'bad.json:27: $.extra: expected no such property, found boolean true',
      'bad.json:2: $.title: expected a non-empty string, found an empty string',
      'bad.json:5: $.intro[1]: expected a non-empty string, found number 3',
      'bad.json:17: $.groups[0].partners[0].colour: expected no such property, found "red"',
      'bad.json:16: $.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "javascript:alert(1)"',
      'bad.json:20: $.groups[0].partners[1].id: expected an id no other partner has, found "p"',
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

describe('scri-partners with a YAML file', () => {
  const goodYaml = `# Our partners, as a Jekyll _data file
title: Our partners
intro:
  - We work with ACME.
groups:
  - id: makers
    title: Makers
    partners:
      - id: acme
        name: Acme Corporation
        acronym: ACME
        description: Makes things.
        url: https://acme.example/
      - id: initech
        name: Initech
        description: "Makes reports."
`;

  it('renders .yml and .yaml files exactly as the same data in JSON', () => {
    const fromJson = run('render', file('same.json', good), '--heading-level', '3');
    assert.equal(fromJson.status, 0);
    assert.match(fromJson.stdout, /<h4>Makers<\/h4>/);
    for (const name of ['good.yml', 'good.yaml', 'GOOD.YML']) {
      const {status, stdout, stderr} = run('render', file(name, goodYaml), '--heading-level', '3');
      assert.equal(status, 0);
      assert.equal(stderr, '');
      assert.equal(stdout, fromJson.stdout, name);
    }
    assert.equal(run('validate', 'good.yml').stdout, 'good.yml: valid\n');
  });

  it('prints every problem with the line it is on', () => {
    const input = file(
      'bad.yml',
      `title: Our partners
intro:
  - We work with ACME.
groups:
  - id: makers
    title: Makers
    partners:
      - id: acme
        name: Acme Corporation
        acronym: NO
        description: Makes things.
        url: javascript:alert(1)
      - id: initech
        description: Makes reports.
  - id: empty
    title: Empty
    partners: []
glossary:
  IIT: ""
colour: red
`
    );
    const {status, stdout, stderr} = run('validate', input);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'bad.yml:20: $.colour: expected no such property, found "red"',
      // Jekyll reads YAML 1.1, where an unquoted NO is false; so does the command line, to say so.
      'bad.yml:10: $.groups[0].partners[0].acronym: expected a non-empty string, found boolean false',
      'bad.yml:12: $.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "javascript:alert(1)"',
      'bad.yml:13: $.groups[0].partners[1].name: expected a non-empty string, found nothing',
      'bad.yml:17: $.groups[1].partners: expected at least one valid partner, found an array',
      'bad.yml:19: $.glossary["IIT"]: expected a non-empty string, found an empty string',
    ]);
    const rendered = run('render', input);
    assert.equal(rendered.status, 0);
    assert.match(rendered.stderr, /^scri-partners: bad\.yml:12: \$\.groups\[0\]\.partners\[0\]\.url: /m);
  });

  it("points at a property's key, not at the list below it", () => {
    const input = file('unusable.yml', 'title: x\nintro: []\ngroups:\n  - id: bad group\n    title: Bad\n');
    const {status, stdout} = run('validate', input);
    assert.equal(status, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'unusable.yml:4: $.groups[0].id: expected an id of letters, digits, "-" or "_", found "bad group"',
      'unusable.yml:4: $.groups[0].partners: expected an array of partners, found nothing',
      'unusable.yml:3: $.groups: expected at least one valid group, found an array',
    ]);
  });

  it('says in one sentence, with line and column, that a file is not YAML', () => {
    const cases = {
      'indent.yml': ['title: x\nintro:\n  - a\n groups: 1\n', /\(line 4, column 1\)/],
      'quote.yml': ['title: x\nintro:\n  - "a\ngroups: []\n', /closing "quote .*\(line \d, column \d\)/],
      'twice.yml': ['title: x\ntitle: y\n', /keys must be unique \(line 2, column 1\)/],
      'alias.yml': ['title: x\nintro: *nope\n', /alias.*\(line 2, column 8\)/],
    };
    for (const [name, [content, detail]] of Object.entries(cases)) {
      const {status, stdout, stderr} = run('validate', file(name, content));
      assert.equal(status, 1, name);
      assert.equal(stdout, '', name);
      assert.match(
        stderr,
        new RegExp(`^scri-partners: ${name.replace('.', '\\.')} is not valid YAML: [^\\n]+\\.\\n$`)
      );
      assert.match(stderr, detail, name);
    }
  });

  it('says that an empty YAML file is empty', () => {
    const {status, stderr} = run('validate', file('empty.yml', '# nothing yet\n'));
    assert.equal(status, 1);
    assert.equal(stderr, 'scri-partners: empty.yml is empty, not YAML.\n');
  });
});

describe('scri-partners help and version', () => {
  it('prints the usage for --help, -h and no arguments', () => {
    for (const args of [['--help'], ['-h'], [], ['render', '--help']]) {
      const {status, stdout} = run(...args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: scri-partners <command> \[options\]\n/);
      assert.match(stdout, /render \[data\.json\|data\.yml\]/);
      assert.match(stdout, /validate <data\.json\|data\.yml>/);
      assert.match(stdout, /YAML when their name ends in \.yml or \.yaml/);
      assert.match(stdout, /--heading-level <2-6>/);
      assert.match(stdout, /--hide <parts> +Leave out the title, intro or closing/);
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
