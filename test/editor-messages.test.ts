import {expect} from '@open-wc/testing';
import {validateData} from '../src/data/validate.js';
import {describeProblem, stepsOf} from '../src/editor/messages.js';
import './helpers.js';

// The editor's plain words for every kind of problem the shared validator reports (issue 15, D8).

const partner = (extra: Record<string, unknown> = {}) => ({
  id: 'hsa',
  name: 'Health Sciences Authority',
  description: 'Regulates health products.',
  ...extra,
});
const base = (groups: unknown[], extra: Record<string, unknown> = {}) => ({
  title: 'Public Sector Partners',
  intro: ['SCRI works with many.'],
  groups,
  ...extra,
});
const group = (partners: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'regulators',
  title: 'Regulatory authorities',
  partners,
  ...extra,
});

/** Every message for `input`, as the editor would show them. */
const messagesOf = (input: unknown) => validateData(input).problems.map((p) => describeProblem(p, input));

/** No developer words: no JSON path, no "expected … found", no type names. */
function expectPlain(sentence: string) {
  expect(sentence).not.to.match(/\$\.|\[\d+\]|expected|non-empty string|an array|an object|undefined/i);
  expect(sentence).to.match(/^[A-Z"].*[.?]$/);
}

describe('problems in plain words', () => {
  it('reads a path into steps', () => {
    expect(stepsOf('$.groups[2].partners[0].url')).to.deep.equal(['groups', 2, 'partners', 0, 'url']);
    expect(stepsOf('$.glossary["IIT "]')).to.deep.equal(['glossary', 'IIT ']);
    expect(stepsOf('$')).to.deep.equal([]);
  });

  it('names the group and partner of an empty name, and says to fill it in', () => {
    const input = base([group([partner(), partner({id: 'nmrc', name: ' ', acronym: 'NMRC'})])]);
    const [message] = messagesOf(input);
    expect(message).to.deep.equal({
      field: 'groups.0.partners.1.name',
      where: 'Group "Regulatory authorities", partner "NMRC"',
      sentence: 'The name is empty: please fill it in.',
    });
  });

  it('lists every problem of one partner, each in its own words', () => {
    const input = base([group([partner({name: '', description: '', url: 'www.moh.gov.sg'})])]);
    const messages = messagesOf(input);
    expect(messages.map((m) => m.field)).to.deep.equal([
      'groups.0.partners.0.name',
      'groups.0.partners.0.description',
      'groups.0.partners.0.url',
      'groups.0.partners',
      'groups',
    ]);
    expect(messages[2].sentence).to.equal(
      'This website address is incomplete or mistyped. Did you mean https://www.moh.gov.sg?'
    );
    for (const {sentence} of messages) expectPlain(sentence);
  });

  it('names the partner that already has a repeated id', () => {
    const input = base([group([partner(), partner({name: 'National Healthcare Group', id: 'hsa'})])]);
    const [message] = messagesOf(input);
    expect(message.field).to.equal('groups.0.partners.1.id');
    expect(message.sentence).to.equal(
      'The id "hsa" is already used by "Health Sciences Authority". Each partner needs its own id.'
    );
  });

  it('says an acronym is in the glossary twice', () => {
    const input = base([group([partner()])], {
      glossary: {HSA: 'Health Sciences Authority', ' HSA ': 'Again'},
    });
    const [message] = messagesOf(input);
    expect(message.where).to.equal('Glossary, "HSA"');
    expect(message.sentence).to.equal('The acronym "HSA" is in the glossary twice: keep one of them.');
  });

  it('says every other kind of problem without developer words', () => {
    const inputs: unknown[] = [
      'just text',
      {hello: 1},
      base([group([partner({id: 'a b'})])]),
      base([group([partner({url: 'javascript:alert(1)'})])]),
      base([group([partner({logo: 'data:image/png;base64,AAAA'})])]),
      base([group([partner({colour: 'red'})])]),
      base([group([])]),
      base([group([partner()]), group([partner({id: 'x'})])]),
      base([group([partner()], {title: ''})]),
      base([group([partner()])], {intro: ['One.', '']}),
      base([group([partner()])], {closing: 'not a list'}),
      base([group([partner()])], {glossary: {IIT: ''}}),
      base([group([partner()])], {glossary: {'': 'Nothing'}}),
      base([group([partner()])], {glossary: []}),
      base([group([partner({name: 12})])]),
      base([42]),
      base([], {title: ''}),
    ];
    for (const input of inputs) {
      const messages = messagesOf(input);
      expect(messages, JSON.stringify(input)).not.to.be.empty;
      for (const {sentence, where} of messages) {
        expectPlain(sentence);
        expect(where).not.to.match(/\$/);
      }
    }
  });

  it('says what a group heading and a paragraph are', () => {
    expect(messagesOf(base([group([partner()], {title: ''})]))[0].sentence).to.equal(
      "The group's heading is empty: please fill it in."
    );
    const [paragraph] = messagesOf(base([group([partner()])], {intro: ['One.', '']}));
    expect(paragraph).to.deep.equal({
      field: 'intro.1',
      where: 'The introduction, paragraph 2',
      sentence: 'This paragraph is empty: please fill it in.',
    });
  });
});
