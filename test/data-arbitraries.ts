// Generators of partners data for the property tests: the browser's round trip (test/static-html-properties.test.ts)
// and the node tests (test/node/data-properties.test.mjs, test/node/liquid-differential.test.mjs), which compile
// this file with esbuild. One seed for all of them: SCRI_PROP_SEED, 17 unless set (see README, "Replaying a random
// test's failure").
import fc from 'fast-check';
import type {Partner, PartnerGroup, PartnersData} from '../src/data/types.js';
import type {StaticHtmlOptions} from '../src/data/static-html.js';

/** The seed every data property runs from unless SCRI_PROP_SEED says otherwise. */
export const defaultSeed = 17;

/** Reads a seed as SCRI_PROP_SEED gives it (text, or nothing), falling back to `defaultSeed`. */
export const seedFrom = (value: string | null | undefined): number => {
  const seed = Number(value);
  return value != null && value.trim() !== '' && Number.isInteger(seed) ? seed : defaultSeed;
};

const english = [
  'Singapore',
  'Clinical',
  'Research',
  'Institute',
  'works',
  'with',
  'the',
  'and',
  'on',
  'trials',
  "patients'",
  'Health',
  'Sciences',
  'Authority',
  'Ministry',
  'of',
  'National',
  'University',
  'Hospital',
  'co-ordinates',
  'e.g.',
];
const chinese = ['新加坡', '临床研究所', '卫生部', '与', '合作', '研究', '。', '，', '（', '）'];
const malay = ['Kementerian', 'Kesihatan', 'penyelidikan', 'klinikal', 'dan', 'dengan', 'Singapura'];
// Tamil words end in combining marks (virama ், vowel signs), where Liquid's letter test differs (README).
const tamil = ['சிங்கப்பூர்', 'மருத்துவ', 'ஆராய்ச்சி', 'நிறுவனம்', 'மற்றும்', 'சுகாதார'];
// Text that HTML, Liquid, Markdown or YAML could each take for their own.
const marked = [
  '&',
  '&amp;',
  '<b>',
  '"quoted"',
  "it's",
  '{{ site.title }}',
  '{% raw %}',
  '*stars*',
  '_under_',
  '#1',
  '1:20',
  'NO',
  'yes',
  '(',
  ')',
  '()',
  '—',
  ':',
  ',',
  '-',
  '2024',
  '½',
  'Ⅻ',
  '\u0bcd', // a combining mark on its own, after or before an acronym
];

/** Acronyms of the kind SCRI's data has, and a few that look like markup or cross scripts. */
const acronyms = [
  'SCRI',
  'HSA',
  'MOH',
  'NUS',
  'Duke-NUS',
  'A*STAR',
  'NMRC',
  'BMS IPO',
  'BMS',
  'IIT',
  'CTU',
  'NHG',
  'SingHealth',
  '<X>',
  'R&D',
  'KKM',
  'சு.அ',
  '卫生部',
];

/** Separators between words; each whitespace run is collapsed to one space when markup is read back. */
const spaces = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u3000', '\u2009'];

const word = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...english)},
  {weight: 2, arbitrary: fc.constantFrom(...chinese)},
  {weight: 2, arbitrary: fc.constantFrom(...malay)},
  {weight: 2, arbitrary: fc.constantFrom(...tamil)},
  {weight: 2, arbitrary: fc.constantFrom(...marked)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 4})}
);

/**
 * Text of words and acronyms, with acronyms anywhere: first, last, glued to punctuation or to a word of any script
 * (an empty separator), and with whitespace of every kind around and between them. Never blank.
 */
const textWith = (terms: readonly string[], maxWords = 8) =>
  fc
    .array(
      fc.tuple(
        terms.length
          ? fc.oneof({weight: 3, arbitrary: word}, {weight: 2, arbitrary: fc.constantFrom(...terms)})
          : word,
        fc.oneof({weight: 5, arbitrary: fc.constantFrom(...spaces)}, {weight: 1, arbitrary: fc.constant('')})
      ),
      {minLength: 1, maxLength: maxWords}
    )
    .chain((parts) =>
      fc
        .tuple(fc.constantFrom('', '', ' ', '\n  '), fc.constantFrom('', '', ' ', '\t\n'))
        .map(([before, after]) => before + parts.map(([text, space]) => text + space).join('') + after)
    )
    .filter((text) => text.trim() !== '');

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,10}$/);

/** Makes ids unique by suffixing repeats, as an editor would. */
const unique = (ids: string[]) => {
  const seen = new Set<string>();
  return ids.map((value) => {
    let candidate = value;
    for (let n = 2; seen.has(candidate); n++) candidate = `${value}-${n}`;
    seen.add(candidate);
    return candidate;
  });
};

const links = [
  'https://www.moh.gov.sg/',
  'https://www.hsa.gov.sg/clinical-trials?lang=en&page=2#top',
  'http://example.sg/a:b',
  'HTTPS://EXAMPLE.SG/',
  'mailto:info@scri.edu.sg',
  'mailto:a@example.sg?subject=Hello%20SCRI',
  '/partners/hsa',
  'partners.html',
  '../about/',
  '#nmrc',
  '?q=a:b',
  '//cdn.example.sg/x',
  'https://例子.新加坡/路径?名=值',
  '  https://www.nus.edu.sg/  ',
  'https://example.sg/it\'s/"quoted"/<b>',
];
const images = [
  'https://www.moh.gov.sg/logo.svg',
  'http://example.sg/logo.png',
  '/assets/logos/hsa.png',
  'logos/duke "nus" & co.png',
  '//cdn.example.sg/logo.webp',
  ' https://example.sg/标志.png ',
];

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined, freq: 2});

/** Drops properties whose value is `undefined`, as JSON and YAML have none. */
const clean = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/**
 * Valid data as a person writes it: every text non-blank, often with whitespace around it, acronyms in the text,
 * partners' acronyms and a glossary, unique ids. `validateData` reports no problem for any of it and keeps the texts
 * trimmed.
 */
export const partnersDataArbitrary: fc.Arbitrary<PartnersData> = fc
  .record({
    own: fc.uniqueArray(fc.constantFrom(...acronyms), {maxLength: 4}),
    glossaryTerms: fc.uniqueArray(fc.constantFrom(...acronyms), {maxLength: 4}),
    shape: fc.array(fc.integer({min: 1, max: 3}), {minLength: 1, maxLength: 3}),
  })
  .chain(({own, glossaryTerms, shape}) => {
    const terms = [...own, ...glossaryTerms];
    const text = textWith(terms);
    const count = shape.reduce((sum, n) => sum + n, 0);
    const partner = (index: number): fc.Arbitrary<Partner> =>
      fc
        .record({
          id: fc.constant(''),
          name: textWith([], 5),
          acronym: index < own.length ? fc.constant(own[index]) : optional(fc.constantFrom(...acronyms)),
          description: text,
          url: optional(fc.constantFrom(...links)),
          logo: optional(fc.constantFrom(...images)),
        })
        .map(clean);
    const group = (partners: Partner[]): fc.Arbitrary<PartnerGroup> =>
      fc
        .record({id: fc.constant(''), title: textWith(terms, 4), description: optional(text)})
        .map((fields) => clean({...fields, partners}));
    return fc
      .record({
        groupIds: fc.array(id, {minLength: shape.length, maxLength: shape.length}),
        partnerIds: fc.array(id, {minLength: count, maxLength: count}),
        partners: fc.tuple(...Array.from({length: count}, (_, index) => partner(index))),
      })
      .chain(({groupIds, partnerIds, partners}) => {
        const ids = unique(partnerIds);
        partners.forEach((item, index) => (item.id = ids[index]));
        let next = 0;
        const lists = shape.map((size) => partners.slice(next, (next += size)));
        const gIds = unique(groupIds);
        return fc.record({
          title: textWith(terms, 5),
          intro: fc.array(text, {maxLength: 3}),
          groups: fc
            .tuple(...lists.map(group))
            .map((groups) => groups.map((item, index) => ({...item, id: gIds[index]}))),
          closing: optional(fc.array(text, {minLength: 1, maxLength: 2})),
          glossary: glossaryTerms.length
            ? fc
                .tuple(...glossaryTerms.map(() => textWith([], 4)))
                .map((expansions) =>
                  Object.fromEntries(glossaryTerms.map((term, i) => [term, expansions[i]]))
                )
            : fc.constant(undefined),
        });
      })
      .map((data) => clean(data) as PartnersData);
  });

/** The options the static HTML writer, the command line and the Liquid include take. */
export const staticHtmlOptionsArbitrary: fc.Arbitrary<StaticHtmlOptions> = fc
  .record({
    headingLevel: optional(fc.integer({min: 2, max: 6})),
    hide: optional(fc.subarray(['title', 'intro', 'closing'])),
    wrapper: optional(fc.constantFrom('element' as const, 'div' as const)),
  })
  .map(clean);

/**
 * The data the static HTML format keeps: every text with its whitespace runs collapsed to one space, as the reader
 * (and any browser showing it) does. URLs and ids are kept as they are. README documents this normalisation.
 */
export function collapseWhitespace(data: PartnersData): PartnersData {
  const text = (value: string) => value.replace(/\s+/g, ' ');
  const texts = <T extends object>(object: T, keys: readonly string[]): T =>
    Object.fromEntries(
      Object.entries(object).map(([key, value]) => [
        key,
        keys.includes(key) && typeof value === 'string' ? text(value) : value,
      ])
    ) as T;
  const result: PartnersData = {
    ...data,
    title: text(data.title),
    intro: data.intro.map(text),
    groups: data.groups.map((group) => ({
      ...texts(group, ['title', 'description']),
      partners: group.partners.map((partner) => texts(partner, ['name', 'acronym', 'description'])),
    })),
  };
  if (data.closing) result.closing = data.closing.map(text);
  if (data.glossary)
    result.glossary = Object.fromEntries(
      Object.entries(data.glossary).map(([key, value]) => [text(key), text(value)])
    );
  return result;
}

/** Keys that JavaScript objects inherit or treat specially, which plain-object lookups get wrong. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** Characters browsers ignore inside a URL's scheme, and entities for its letters and colon. */
const hidden = ['\t', '\n', '\r', '\u0000', ' ', '\u00ad', '\u200b', '\ufeff', '\u2028'];

/**
 * URLs of every scheme, safe or not, disguised as a page's author or an attacker would: mixed case, invisible
 * characters inside or before the scheme, entities for a letter or the colon (also past the last code point).
 */
export const urlArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...links, ...images),
  fc
    .record({
      before: fc.constantFrom('', ' ', '\u0001', '\u00a0', '\u3000', '\n\t'),
      scheme: fc.constantFrom(
        'javascript',
        'data',
        'vbscript',
        'https',
        'http',
        'mailto',
        'ftp',
        'file',
        'blob',
        'x'
      ),
      upper: fc.array(fc.boolean(), {minLength: 10, maxLength: 10}),
      insert: fc.option(
        fc.tuple(fc.nat(9), fc.constantFrom(...hidden, '&#106;', '&#x6A;', '&tab;', '&newline;'))
      ),
      colon: fc.constantFrom(
        ':',
        ':',
        '&colon;',
        '&#58;',
        '&#x3a;',
        '&#0058',
        '&#x110000;:',
        `&#${'9'.repeat(400)};:`
      ),
      rest: fc.constantFrom('alert(1)', '//example.sg/', 'text/html,<script>alert(1)</script>', 'a@b.sg', ''),
    })
    .map(({before, scheme, upper, insert, colon, rest}) => {
      let name = [...scheme].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join('');
      if (insert) name = name.slice(0, insert[0]) + insert[1] + name.slice(insert[0]);
      return before + name + colon + rest;
    }),
  fc.string({unit: 'binary', maxLength: 20}),
  fc.stringMatching(/^[a-z.\s/:&#;]{0,30}$/)
);

/** Strings a host or CMS may put anywhere: blanks, lone surrogates, prototype keys, markup, URLs. */
export const hostileStringArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    '\n\t',
    '\ud800',
    'x\udfff',
    '-a',
    '_a',
    'a b',
    'é',
    'A',
    '0',
    ...prototypeKeys
  ),
  fc.string({unit: 'binary', maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 12}),
  urlArbitrary
);

/** Any JSON value, with hostile strings and prototype keys in it. */
export const hostileJsonArbitrary: fc.Arbitrary<unknown> = fc.letrec<{value: unknown}>((tie) => ({
  value: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    hostileStringArbitrary,
    fc.oneof(
      fc.integer(),
      fc.double({noNaN: true, noDefaultInfinity: true}),
      fc.boolean(),
      fc.constant(null)
    ),
    fc.array(tie('value'), {maxLength: 3}),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...prototypeKeys), hostileStringArbitrary), tie('value')), {
        maxLength: 3,
      })
      // As JSON.parse makes them: "__proto__" is an own key, not the prototype.
      .map((entries) => Object.fromEntries(entries))
  ),
})).value;

type Json = unknown;

/** One change to a document: which node (by index in document order), and what to do to it. */
interface Mutation {
  node: number;
  action: 'replace' | 'delete' | 'add' | 'repeat' | 'pad';
  key: string;
  value: Json;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  node: fc.nat(),
  action: fc.constantFrom('replace', 'replace', 'delete', 'add', 'repeat', 'pad'),
  key: fc.oneof(fc.constantFrom(...prototypeKeys, 'id', 'url', 'logo', 'colour'), hostileStringArbitrary),
  value: fc.oneof(hostileStringArbitrary, urlArbitrary, hostileJsonArbitrary),
});

const copy = (value: Json): Json => JSON.parse(JSON.stringify(value));

/** Applies a mutation to a copy of `document`: every object and array in it, and every property, can be hit. */
export function mutate(document: Json, {node, action, key, value}: Mutation): Json {
  const result = copy(document);
  const slots: [parent: Record<string, Json> | Json[], key: string | number][] = [];
  const walk = (item: Json) => {
    if (Array.isArray(item)) item.forEach((child, index) => (slots.push([item, index]), walk(child)));
    else if (typeof item === 'object' && item !== null)
      for (const [name, child] of Object.entries(item))
        (slots.push([item as Record<string, Json>, name]), walk(child));
  };
  walk(result);
  if (!slots.length) return result;
  const [parent, slot] = slots[node % slots.length];
  const target = (parent as Record<string, Json>)[slot];
  if (action === 'replace') (parent as Record<string, Json>)[slot] = value;
  else if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(slot as number, 1);
    else delete parent[slot as string];
  } else if (action === 'add' && typeof target === 'object' && target !== null && !Array.isArray(target))
    Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
  else if (action === 'repeat' && Array.isArray(parent)) parent.splice(slot as number, 0, copy(target));
  else if (action === 'pad' && typeof target === 'string')
    (parent as Record<string, Json>)[slot] = `${typeof value === 'string' ? value : ' '}${target}`;
  else (parent as Record<string, Json>)[slot] = value;
  return result;
}

/** Valid data with one to three mutations: near-valid documents, mostly with a problem or two. */
export const nearValidArbitrary: fc.Arbitrary<Json> = fc
  .tuple(partnersDataArbitrary, fc.array(mutationArbitrary, {minLength: 1, maxLength: 3}))
  .map(([data, mutations]) => mutations.reduce<Json>(mutate, data));
