// schema/partners.schema.json and validateData must agree: a document the schema accepts is one
// the validator reports no problems for, and the other way round. Needs dist/data.js.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {scriPartnersData, validateData} from '../../dist/data.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/partners.schema.json', import.meta.url), 'utf8')
);
const ajv = new Ajv2020({allErrors: true, strict: true});
const schemaAccepts = ajv.compile(schema);
const validatorAccepts = (document) => validateData(document).problems.length === 0;

const partner = {id: 'p1', name: 'Partner One', description: 'Does things with us.'};
const group = {id: 'g1', title: 'Group one', partners: [partner]};
const base = {title: 'Partners', intro: ['Hello.'], groups: [group]};

/** `base` with `change` applied to a copy: `change` gets the copy and edits it. */
const edit = (change) => {
  const copy = JSON.parse(JSON.stringify(base));
  change(copy);
  return copy;
};
const withPartner = (fields) => edit((d) => Object.assign(d.groups[0].partners[0], fields));
const withGroup = (fields) => edit((d) => Object.assign(d.groups[0], fields));

const good = {
  'the built-in SCRI data': scriPartnersData,
  'the smallest document': base,
  'a $schema key': {$schema: 'https://example.org/partners.schema.json', ...base},
  'an empty intro': {...base, intro: []},
  'closing paragraphs': {...base, closing: ['Bye.']},
  'an empty closing': {...base, closing: []},
  'a glossary': {...base, glossary: {IIT: 'Investigator-Initiated Trials'}},
  'an empty glossary': {...base, glossary: {}},
  'text with spaces around it': {...base, title: '  Partners  '},
  'a group description': withGroup({description: 'Why we work together.'}),
  'an id with digits, "-" and "_"': withPartner({id: '9a_b-c'}),
  'an acronym': withPartner({acronym: 'P1'}),
  'an https URL': withPartner({url: 'https://example.org/'}),
  'an http URL': withPartner({url: 'http://example.org/'}),
  'an upper-case HTTPS URL': withPartner({url: 'HTTPS://example.org/'}),
  'a mailto URL': withPartner({url: 'mailto:hello@example.org'}),
  'a relative URL': withPartner({url: '../partners/p1.html'}),
  'a protocol-relative URL': withPartner({url: '//example.org/'}),
  'a query URL with "&" and ":"': withPartner({url: '?a=1&b=2:3'}),
  'a fragment URL': withPartner({url: '#p1'}),
  'a relative URL with a colon after "/"': withPartner({url: 'files/a:b.html'}),
  'an https logo': withPartner({logo: 'https://example.org/logo.svg'}),
  'a relative logo': withPartner({logo: 'logos/p1.png'}),
  'two groups': edit((d) => d.groups.push({id: 'g2', title: 'Two', partners: [{...partner, id: 'p2'}]})),
};

const bad = {
  'not an object': [base],
  null: null,
  'a string': 'partners',
  'no title': edit((d) => delete d.title),
  'an empty title': {...base, title: ''},
  'a whitespace title': {...base, title: ' \n\t'},
  'a number title': {...base, title: 3},
  'no intro': edit((d) => delete d.intro),
  'an intro string': {...base, intro: 'Hello.'},
  'an empty intro paragraph': {...base, intro: ['Hello.', '']},
  'a number intro paragraph': {...base, intro: [1]},
  'a closing string': {...base, closing: 'Bye.'},
  'a blank closing paragraph': {...base, closing: [' ']},
  'no groups': edit((d) => delete d.groups),
  'no group in groups': {...base, groups: []},
  'groups as an object': {...base, groups: {g1: group}},
  'a group that is not an object': {...base, groups: ['g1']},
  'an unknown root property': {...base, colour: 'red'},
  'a glossary array': {...base, glossary: [['IIT', 'Investigator-Initiated Trials']]},
  'an empty glossary expansion': {...base, glossary: {IIT: ''}},
  'a number glossary expansion': {...base, glossary: {IIT: 1}},
  'a blank glossary acronym': {...base, glossary: {' ': 'Nothing'}},
  'a group without id': edit((d) => delete d.groups[0].id),
  'a group id with a space': withGroup({id: 'g 1'}),
  'a group id starting with "-"': withGroup({id: '-g'}),
  'a group id starting with "_"': withGroup({id: '_g'}),
  'an empty group id': withGroup({id: ''}),
  'a number group id': withGroup({id: 1}),
  'a group without title': edit((d) => delete d.groups[0].title),
  'a blank group title': withGroup({title: ' '}),
  'an empty group description': withGroup({description: ''}),
  'a group without partners': edit((d) => delete d.groups[0].partners),
  'a group with no partner': withGroup({partners: []}),
  'an unknown group property': withGroup({colour: 'red'}),
  'a partner that is not an object': withGroup({partners: ['p1']}),
  'a partner without id': edit((d) => delete d.groups[0].partners[0].id),
  'a partner id with a dot': withPartner({id: 'p.1'}),
  'a partner id with non-ASCII letters': withPartner({id: 'café'}),
  'a partner without name': edit((d) => delete d.groups[0].partners[0].name),
  'a blank partner name': withPartner({name: '   '}),
  'a partner without description': edit((d) => delete d.groups[0].partners[0].description),
  'an empty partner description': withPartner({description: ''}),
  'an empty acronym': withPartner({acronym: ''}),
  'a number acronym': withPartner({acronym: 42}),
  'an unknown partner property': withPartner({colour: 'red'}),
  'an empty URL': withPartner({url: ''}),
  'a blank URL': withPartner({url: '  '}),
  'a number URL': withPartner({url: 42}),
  'a javascript: URL': withPartner({url: 'javascript:alert(1)'}),
  'a JavaScript: URL in mixed case': withPartner({url: 'JaVaScRiPt:alert(1)'}),
  'a javascript: URL after spaces': withPartner({url: '  javascript:alert(1)'}),
  'a javascript: URL with a tab inside': withPartner({url: 'java\tscript:alert(1)'}),
  'a javascript: URL with an encoded colon': withPartner({url: 'javascript&colon;alert(1)'}),
  'a javascript: URL with an encoded letter': withPartner({url: '&#106;avascript:alert(1)'}),
  'a data: URL': withPartner({url: 'data:text/html,<script>alert(1)</script>'}),
  'a vbscript: URL': withPartner({url: 'VBScript:msgbox(1)'}),
  'an ftp: URL': withPartner({url: 'ftp://example.org/'}),
  'a mailto: logo': withPartner({logo: 'mailto:hello@example.org'}),
  'a data: logo': withPartner({logo: 'data:image/svg+xml,<svg onload=alert(1)>'}),
  'a javascript: logo': withPartner({logo: 'javascript:alert(1)'}),
  'an empty logo': withPartner({logo: ''}),
};

describe('schema/partners.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(ajv.validateSchema(schema), ajv.errorsText(ajv.errors));
  });

  it('describes every property in one sentence', () => {
    const missing = [];
    const visit = (node, path) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (typeof property.description !== 'string' || !property.description.trim()) {
          missing.push(`${path}.${name}`);
        }
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    };
    visit(schema, '#');
    assert.deepEqual(missing, []);
  });

  for (const [name, document] of Object.entries(good)) {
    it(`and validateData both accept ${name}`, () => {
      assert.equal(validatorAccepts(document), true, JSON.stringify(validateData(document).problems));
      assert.equal(schemaAccepts(document), true, ajv.errorsText(schemaAccepts.errors));
    });
  }

  for (const [name, document] of Object.entries(bad)) {
    it(`and validateData both refuse ${name}`, () => {
      assert.equal(validatorAccepts(document), false, 'validateData reported no problem');
      assert.equal(schemaAccepts(document), false, 'the schema accepted it');
    });
  }

  // The differences the schema's description admits to, so that any other difference fails above.
  it('cannot see duplicate ids, which validateData refuses', () => {
    const twinGroups = edit((d) => d.groups.push({...group, partners: [{...partner, id: 'p2'}]}));
    const twinPartners = withGroup({partners: [partner, {...partner, name: 'Twin'}]});
    for (const document of [twinGroups, twinPartners]) {
      assert.equal(schemaAccepts(document), true);
      assert.equal(validatorAccepts(document), false);
    }
  });

  it('refuses a few harmless URLs that validateData accepts after cleaning them', () => {
    for (const url of ['ht\ttps://example.org/', 'a&b.html', 'https&colon;//example.org/']) {
      assert.equal(schemaAccepts(withPartner({url})), false, url);
      assert.equal(validatorAccepts(withPartner({url})), true, url);
    }
  });
});
