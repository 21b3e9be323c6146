// validateData on its own, through the build the command line uses (dist/data.js): the website rule, every
// problem of an object, and the glossary's acronyms. Needs dist/data.js: `npm run test:node` builds first.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {formatProblem, validateData} from '../../dist/data.js';

const partner = (fields = {}) => ({
  id: 'moh',
  name: 'Ministry of Health',
  description: 'Sets policy.',
  ...fields,
});
const withPartners = (...partners) => ({
  title: 'Partners',
  intro: [],
  groups: [{id: 'g', title: 'G', partners: partners.length ? partners : [partner()]}],
});
const withUrl = (url) => withPartners(partner({url}));
const messages = (input) => validateData(input).problems.map(formatProblem);

describe('validateData, for a partner website', () => {
  const meant = [
    ['www.moh.gov.sg', 'https://www.moh.gov.sg'],
    ['moh.gov.sg', 'https://moh.gov.sg'],
    ['moh.gov.sg/about-us/', 'https://moh.gov.sg/about-us/'],
    ['https//www.moh.gov.sg', 'https://www.moh.gov.sg'],
    ['https:/www.moh.gov.sg', 'https://www.moh.gov.sg'],
    ['http:www.x.sg', 'http://www.x.sg'],
    ['HTTPS:///www.moh.gov.sg/a?b#c', 'https://www.moh.gov.sg/a?b#c'],
    ['https://www moh.gov.sg', 'https://www.moh.gov.sg'],
    ['www moh.gov.sg', 'https://www.moh.gov.sg'],
    ['  www.moh.gov.sg  ', 'https://www.moh.gov.sg'],
    ['enquiries@moh.gov.sg', 'mailto:enquiries@moh.gov.sg'],
  ];
  for (const [url, suggestion] of meant) {
    describe(`when it is ${JSON.stringify(url)}`, () => {
      it(`reports it with the suggestion ${suggestion}`, () => {
        const {problems} = validateData(withUrl(url));
        assert.equal(problems.length, 1);
        assert.equal(problems[0].path, '$.groups[0].partners[0].url');
        assert.equal(problems[0].suggestion, suggestion);
        assert.match(
          formatProblem(problems[0]),
          new RegExp(`; did you mean ${suggestion.replace(/[.?*/]/g, '\\$&')}\\?$`)
        );
      });

      it('drops it from the kept partner, as it drops an unsafe URL', () => {
        const {data} = validateData(withUrl(url));
        assert.equal(data.groups[0].partners[0].name, 'Ministry of Health');
        assert.equal('url' in data.groups[0].partners[0], false);
      });
    });
  }

  const fine = [
    '/about-us/partners/',
    '../x',
    './www.moh.gov.sg',
    'about.html',
    'partners/moh.htm',
    'index.php?id=1',
    'Default.aspx',
    'report.pdf',
    '#team',
    '?q=1',
    '//www.moh.gov.sg/',
    'https://www.moh.gov.sg/',
    'HTTP://moh.gov.sg',
    'mailto:enquiries@moh.gov.sg',
    'files/a:b.html',
    'v1.2/notes',
  ];
  for (const url of fine) {
    it(`accepts ${JSON.stringify(url)} and keeps it`, () => {
      const {data, problems} = validateData(withUrl(url));
      assert.deepEqual(problems, []);
      assert.equal(data.groups[0].partners[0].url, url);
    });
  }
});

describe('validateData, for a URL with a character reference past the last code point', () => {
  for (const url of ['javascript&#x110000;:alert(1)', `java&#${'9'.repeat(400)};script:alert(1)`]) {
    it(`refuses ${JSON.stringify(url.slice(0, 30))} as a link and a logo, and throws nothing`, () => {
      const {data, problems} = validateData(withPartners(partner({url, logo: url})));
      assert.deepEqual(
        problems.map((problem) => problem.path),
        ['$.groups[0].partners[0].url', '$.groups[0].partners[0].logo']
      );
      assert.equal(data.groups[0].partners[0].name, 'Ministry of Health');
    });
  }

  it('keeps a relative URL with one, as a browser reads it as a path', () => {
    const {data, problems} = validateData(withUrl('a&#X1F600000;b'));
    assert.deepEqual(problems, []);
    assert.equal(data.groups[0].partners[0].url, 'a&#X1F600000;b');
  });
});

describe('validateData, for a website of 200,000 dots', () => {
  it('refuses it as fast as any other long URL (the website rule is linear)', () => {
    for (const url of ['.'.repeat(200000), `https://www${'. '.repeat(100000)}sg`]) {
      const start = performance.now();
      const {problems} = validateData(withUrl(url));
      const took = performance.now() - start;
      assert.deepEqual(
        problems.map((problem) => problem.path),
        url.startsWith('https') ? ['$.groups[0].partners[0].url'] : []
      );
      // A few milliseconds when linear; the quadratic pattern took over 30 seconds.
      assert.ok(took < 2000, `${took} ms`);
    }
  });
});

describe('validateData, for an object with several problems', () => {
  it('reports every problem of a partner, not only the first', () => {
    assert.deepEqual(
      messages(withPartners(partner(), partner({id: 'x', name: ' ', description: '', url: 'www.x.sg'}))),
      [
        '$.groups[0].partners[1].name: expected a non-empty string, found an empty string',
        '$.groups[0].partners[1].description: expected a non-empty string, found an empty string',
        '$.groups[0].partners[1].url: expected an https, http, mailto or relative URL, found "www.x.sg"; did you mean https://www.x.sg?',
      ]
    );
  });

  it('reports every problem of a partner whose id is taken, and still leaves it out', () => {
    const {data, problems} = validateData(withPartners(partner(), partner({name: ''})));
    assert.deepEqual(problems.map(formatProblem), [
      '$.groups[0].partners[1].id: expected an id no other partner has, found "moh"',
      '$.groups[0].partners[1].name: expected a non-empty string, found an empty string',
    ]);
    assert.equal(data.groups[0].partners.length, 1);
  });

  it('reports every problem of a group', () => {
    assert.deepEqual(messages({title: 'T', intro: [], groups: [{id: 'bad id', title: '', partners: []}]}), [
      '$.groups[0].id: expected an id of letters, digits, "-" or "_", found "bad id"',
      '$.groups[0].title: expected a non-empty string, found an empty string',
      '$.groups[0].partners: expected at least one valid partner, found an array',
      '$.groups: expected at least one valid group, found an array',
    ]);
  });
});

describe('validateData, for a property named like an object property', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`reports a partner's or a group's "${key}" as no such property, and keeps them`, () => {
      const input = JSON.parse(
        `{"title": "T", "intro": [], "groups": [{"id": "g", "title": "G", "${key}": 1, "partners": ` +
          `[{"id": "p", "name": "N", "description": "D", "${key}": 2}]}]}`
      );
      const {data, problems} = validateData(input);
      assert.deepEqual(problems.map(formatProblem), [
        `$.groups[0].${key}: expected no such property, found number 1`,
        `$.groups[0].partners[0].${key}: expected no such property, found number 2`,
      ]);
      assert.deepEqual(data.groups[0].partners[0], {id: 'p', name: 'N', description: 'D'});
    });
  }
});

describe('validateData, for intro and closing paragraphs', () => {
  it('trims them as it trims every other text, and leaves out blank ones', () => {
    const input = {...withPartners(), intro: ['  Hello.\n', '\u00a0'], closing: ['\tBye. ']};
    const {data, problems} = validateData(input);
    assert.deepEqual(data.intro, ['Hello.']);
    assert.deepEqual(data.closing, ['Bye.']);
    assert.deepEqual(problems.map(formatProblem), [
      '$.intro[1]: expected a non-empty string, found an empty string',
    ]);
  });
});

describe('validateData, for the glossary', () => {
  const withGlossary = (glossary, ...partners) => ({...withPartners(...partners), glossary});

  it('reports two acronyms that differ only by the spaces around them, and keeps the first', () => {
    const {data, problems} = validateData(
      withGlossary({HSA: 'Health Sciences Authority', ' HSA ': 'Something else'})
    );
    assert.deepEqual(problems.map(formatProblem), [
      '$.glossary[" HSA "]: expected an acronym not already listed, found "HSA"',
    ]);
    assert.deepEqual(data.glossary, {HSA: 'Health Sciences Authority'});
  });

  it('keeps an acronym with spaces around it under its trimmed form', () => {
    const {data, problems} = validateData(withGlossary({' IIT ': 'Investigator-Initiated Trials'}));
    assert.deepEqual(problems, []);
    assert.deepEqual(data.glossary, {IIT: 'Investigator-Initiated Trials'});
  });

  it('keeps acronyms that are also names of JavaScript object properties, each once', () => {
    const glossary = JSON.parse(
      '{"__proto__": "Prototype", "constructor": "Constructor", "toString": "To string", " constructor ": "Again"}'
    );
    const {data, problems} = validateData(withGlossary(glossary));
    assert.deepEqual(problems.map(formatProblem), [
      '$.glossary[" constructor "]: expected an acronym not already listed, found "constructor"',
    ]);
    assert.deepEqual(Object.entries(data.glossary), [
      ['__proto__', 'Prototype'],
      ['constructor', 'Constructor'],
      ['toString', 'To string'],
    ]);
  });

  it("says nothing of an acronym whose expansion differs from the partner's name, as the glossary wins", () => {
    const {data, problems} = validateData(
      withGlossary({MOH: 'Ministry of Housing'}, partner({acronym: 'MOH'}))
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(data.glossary, {MOH: 'Ministry of Housing'});
  });
});

describe('scri-partners validate', () => {
  const bin = fileURLToPath(new URL('../../bin/scri-partners.js', import.meta.url));
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'scri-partners-validate-'));
  });
  after(() => rmSync(dir, {recursive: true, force: true}));
  const validate = (name, text) => {
    writeFileSync(join(dir, name), text);
    const {status, stdout, stderr} = spawnSync(process.execPath, [bin, 'validate', name], {
      cwd: dir,
      encoding: 'utf8',
    });
    return {status, stdout, stderr};
  };
  const yaml = (url) => `title: Partners
intro: []
groups:
  - id: g
    title: G
    partners:
      - id: moh
        name: Ministry of Health
        description: Sets policy.
        url: ${url}
`;

  it('prints the suggestion for a website without https:// with its line, and exits 1', () => {
    const {status, stdout, stderr} = validate('bare.yml', yaml('www.moh.gov.sg'));
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      'bare.yml:10: $.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "www.moh.gov.sg"; did you mean https://www.moh.gov.sg?\n'
    );
    assert.equal(status, 1);
  });

  it('prints the suggestion for a mistyped scheme', () => {
    const {status, stdout} = validate('scheme.yml', yaml('https//www.moh.gov.sg'));
    assert.match(stdout, /found "https\/\/www\.moh\.gov\.sg"; did you mean https:\/\/www\.moh\.gov\.sg\?\n$/);
    assert.equal(status, 1);
  });

  it('says a YAML glossary that lists an acronym twice is not valid, with the line', () => {
    const {status, stdout, stderr} = validate(
      'twice.yml',
      `${yaml('https://www.moh.gov.sg/')}glossary:\n  HSA: Health Sciences Authority\n  HSA: Again\n`
    );
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^scri-partners: twice\.yml is not valid YAML: Map keys must be unique \(line 13, column 3\)\.\n$/
    );
    assert.equal(status, 1);
  });

  it('reports a JSON glossary that lists an acronym twice, with the line', () => {
    const json = `{"title": "Partners", "intro": [], "groups": [{"id": "g", "title": "G",
  "partners": [{"id": "moh", "name": "Ministry of Health", "description": "Sets policy."}]}],
  "glossary": {"HSA": "Health Sciences Authority",
    "HSA": "Again"}}`;
    const {status, stdout, stderr} = validate('twice.json', json);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      'twice.json:4: $.glossary["HSA"]: expected an acronym not already listed, found "HSA"\n'
    );
    assert.equal(status, 1);
  });
});
