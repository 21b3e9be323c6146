// Properties of the data layer over generated input (test/data-arbitraries.ts, compiled here with esbuild):
// validateData never throws and never keeps an unsafe URL, its output is valid as it is, the JSON Schema agrees with
// it, and the YAML the package writes reads back equal under YAML 1.1. Fixed runs and seed; SCRI_PROP_SEED=<seed>
// replays a failure that fast-check reports (README, "Replaying a random test's failure"). Needs dist/data.js:
// `npm run test:node` builds first.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import {parse} from 'yaml';
import {validateData} from '../../dist/data.js';
import {jekyllDataYaml} from '../../scripts/jekyll-data.mjs';
import {importArbitraries} from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs per property: each file of this test takes a few seconds on a loaded CI machine. */
const runs = {never: 2000, urls: 3000, idempotent: 1000, schema: 2000, yaml: 300};

let dir;
/** The generators and fast-check itself, from one bundle, so that both use the same fast-check. */
let g;
let fc;
let seed;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scri-partners-props-'));
  g = await importArbitraries(dir, [
    "export {meantWebsite} from './src/data/url.ts';",
    "export {toYaml} from './src/editor/yaml.ts';",
  ]);
  fc = g.fc;
  seed = g.seedFrom(process.env.SCRI_PROP_SEED);
});
after(() => rmSync(dir, {recursive: true, force: true}));

/** fast-check's assert with this file's seed, and the failing assertion in its report. */
const check = (property, numRuns) => fc.assert(property, {seed, numRuns, includeErrorInReport: true});

/** Every partner object in a document, however broken the document is. */
const partnersOf = (document) =>
  (Array.isArray(document?.groups) ? document.groups : []).flatMap((group) =>
    Array.isArray(group?.partners) ? group.partners.filter((p) => typeof p === 'object' && p !== null) : []
  );

/** The scheme a browser follows for a URL on an https page: relative URLs take the page's. */
const browserScheme = (url) => {
  try {
    return new URL(url, 'https://host.example/page/').protocol;
  } catch {
    return null; // not a URL at all: a browser follows nothing
  }
};

describe('validateData, for any JSON value', () => {
  it('never throws, for any value, document or near-valid document', () => {
    check(
      fc.property(
        fc.oneof(g.hostileJsonArbitrary, g.nearValidArbitrary, g.partnersDataArbitrary),
        (input) => {
          const {data, problems} = validateData(input);
          assert.ok(data === null || typeof data === 'object');
          assert.ok(Array.isArray(problems));
          for (const problem of problems) assert.equal(typeof problem.found, 'string');
        }
      ),
      runs.never
    );
  });

  it('never throws for deep nesting, huge strings or prototype keys anywhere, and reads each in linear time', () => {
    let deep = [];
    for (let i = 0; i < 100000; i++) deep = [deep];
    let deepObject = {};
    for (let i = 0; i < 100000; i++) deepObject = {groups: deepObject};
    const huge = (char) => char.repeat(200000);
    const partner = (fields) => ({
      title: 'T',
      intro: [],
      groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'N', description: 'D', ...fields}]}],
    });
    const inputs = {
      'an array nested 100,000 deep': deep,
      'groups nested 100,000 deep': deepObject,
      'deep values in every field': {title: 'T', intro: [deep], groups: [deepObject], glossary: {IIT: deep}},
      'prototype keys': JSON.parse(
        '{"__proto__": {"title": "T"}, "constructor": 1, "prototype": [], "groups": {"__proto__": []}}'
      ),
      'huge texts': partner({name: huge('x'), description: huge(' '), acronym: huge('\ud800')}),
      ...Object.fromEntries(
        ['.', ' .', 'a.', '&#', '&#x', '&#1', '\u0000', ':', '/'].flatMap((char) => [
          [`a url of ${JSON.stringify(char)} × 200,000`, partner({url: huge(char)})],
          [`a logo of ${JSON.stringify(char)} × 200,000`, partner({logo: huge(char)})],
          [`a url "www" + ${JSON.stringify(char)} × 200,000 + "sg"`, partner({url: `www${huge(char)}sg`})],
        ])
      ),
    };
    for (const [name, input] of Object.entries(inputs)) {
      const start = performance.now();
      assert.doesNotThrow(() => validateData(input), name);
      // Linear work is a few milliseconds for 200,000 characters; a quadratic pattern takes tens of seconds.
      assert.ok(performance.now() - start < 2000, `${name}: ${Math.round(performance.now() - start)} ms`);
    }
  });

  it('never keeps a link that is not https, http, mailto or relative, nor a logo that is not https, http or relative', () => {
    check(
      fc.property(g.urlArbitrary, g.urlArbitrary, (url, logo) => {
        const {data} = validateData({
          title: 'T',
          intro: [],
          groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'N', description: 'D', url, logo}]}],
        });
        const kept = data.groups[0].partners[0];
        if (kept.url !== undefined)
          assert.ok([null, 'https:', 'http:', 'mailto:'].includes(browserScheme(kept.url)), kept.url);
        if (kept.logo !== undefined)
          assert.ok([null, 'https:', 'http:'].includes(browserScheme(kept.logo)), kept.logo);
      }),
      runs.urls
    );
  });

  it('never keeps an unsafe URL in any partner of a near-valid document', () => {
    check(
      fc.property(g.nearValidArbitrary, (input) => {
        for (const partner of partnersOf(validateData(input).data)) {
          if (partner.url !== undefined)
            assert.ok([null, 'https:', 'http:', 'mailto:'].includes(browserScheme(partner.url)), partner.url);
          if (partner.logo !== undefined)
            assert.ok([null, 'https:', 'http:'].includes(browserScheme(partner.logo)), partner.logo);
        }
      }),
      runs.urls
    );
  });

  it('keeps data that passes validation again unchanged (idempotence), a missing title still missing', () => {
    check(
      fc.property(
        fc.oneof(g.nearValidArbitrary, g.partnersDataArbitrary, g.hostileJsonArbitrary),
        (input) => {
          const {data} = validateData(input);
          if (data === null) return;
          const again = validateData(data);
          // Without a usable title the rest is still shown, under an empty one, which is still no title (README).
          const title = {path: '$.title', expected: 'a non-empty string', found: 'an empty string'};
          assert.deepEqual(again.problems, data.title === '' ? [title] : []);
          assert.deepEqual(again.data, data);
        }
      ),
      runs.idempotent
    );
  });
});

describe('schema/partners.schema.json and validateData, for generated documents', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema/partners.schema.json'), 'utf8'));
  const schemaAccepts = new Ajv2020({allErrors: true, strict: true}).compile(schema);

  /**
   * The differences the schema's description admits to. The schema cannot see duplicate ids, a glossary acronym
   * listed twice with different spaces around it, or a website a browser would take for a path on this site; its
   * URL patterns also refuse an invisible character inside the scheme and an "&" before the first "/".
   */
  const onlySchemaAccepts = (document) => {
    const groups = Array.isArray(document?.groups) ? document.groups : [];
    const ids = (items) => items.map((item) => item?.id).filter((id) => typeof id === 'string');
    const repeated = (list) => new Set(list).size !== list.length;
    const glossary = Object.keys(document?.glossary ?? {});
    return (
      repeated(ids(groups)) ||
      repeated(ids(partnersOf(document))) ||
      repeated(glossary.map((key) => key.trim())) ||
      partnersOf(document).some((partner) => typeof partner.url === 'string' && g.meantWebsite(partner.url))
    );
  };
  // eslint-disable-next-line no-control-regex -- the characters browsers ignore in a URL's scheme
  const invisible = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]|&/;
  const onlyValidatorAccepts = (document) =>
    partnersOf(document).some((partner) =>
      ['url', 'logo'].some((key) => typeof partner[key] === 'string' && invisible.test(partner[key].trim()))
    );

  it('agree on valid and near-valid documents: what one accepts, the other accepts', () => {
    let accepted = 0;
    let refused = 0;
    check(
      fc.property(
        fc.oneof(g.partnersDataArbitrary, g.nearValidArbitrary, g.nearValidArbitrary),
        (document) => {
          const bySchema = schemaAccepts(document);
          const byValidator = validateData(document).problems.length === 0;
          if (bySchema && byValidator) accepted++;
          if (!bySchema && !byValidator) refused++;
          if (bySchema && !byValidator)
            assert.ok(onlySchemaAccepts(document), JSON.stringify(validateData(document).problems));
          if (!bySchema && byValidator)
            assert.ok(onlyValidatorAccepts(document), JSON.stringify(schemaAccepts.errors));
        }
      ),
      runs.schema
    );
    // Both sides exercised: the generators make plenty of each.
    assert.ok(
      accepted > runs.schema / 10 && refused > runs.schema / 10,
      `${accepted} accepted, ${refused} refused`
    );
  });
});

describe('the YAML the package writes, for any valid data', () => {
  const read11 = (text) => parse(text, {version: '1.1'});

  it('reads back equal under YAML 1.1 from the _data file writer (scripts/jekyll-data.mjs)', () => {
    check(
      fc.property(g.partnersDataArbitrary, (raw) => {
        const {data} = validateData(raw);
        assert.deepEqual(read11(jekyllDataYaml(data)), data);
        assert.deepEqual(read11(jekyllDataYaml(raw)), raw);
      }),
      runs.yaml
    );
  });

  it("reads back equal under YAML 1.1 from the editor's export (src/editor/yaml.ts)", () => {
    check(
      fc.property(g.partnersDataArbitrary, (raw) => {
        const {data} = validateData(raw);
        assert.deepEqual(read11(g.toYaml(data)), data);
        assert.deepEqual(read11(g.toYaml(raw)), raw);
      }),
      runs.yaml
    );
  });
});
