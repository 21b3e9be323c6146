// Properties of the static HTML format over generated data (test/data-arbitraries.ts): whatever valid data a
// host or an editor writes, renderStaticHtml's markup reads back, in this engine's HTML parser, to the same data.
// Fixed runs and seed: SCRI_PROP_SEED=<seed> npx wtr --files test/static-html-properties.test.ts replays a failure
// (fast-check prints the seed and the shrunk counterexample).
import './helpers.js';
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {readStaticHtml} from '../src/data/read-static-html.js';
import {renderStaticHtml} from '../src/data/static-html.js';
import type {PartnersData} from '../src/data/types.js';
import {validateData} from '../src/data/validate.js';
import {
  collapseWhitespace,
  partnersDataArbitrary,
  seedFrom,
  staticHtmlOptionsArbitrary,
} from './data-arbitraries.js';

declare global {
  interface Window {
    __propSeed: string | null;
  }
}

const seed = seedFrom(window.__propSeed);
const numRuns = 300;

/** Parses markup the way a page without JavaScript would, into an inert, detached element. */
const parse = (markup: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild!;
};

/** What the widget reads from some markup: readStaticHtml, then validateData. */
const readBack = (markup: string) => validateData(readStaticHtml(parse(markup)));

describe('the static HTML format, for any valid data', () => {
  it('reads back to the same data, whitespace runs collapsed, with every option', () => {
    fc.assert(
      fc.property(partnersDataArbitrary, staticHtmlOptionsArbitrary, (raw, options) => {
        const {data, problems: rawProblems} = validateData(raw);
        expect(rawProblems, 'the generated data is valid').to.deep.equal([]);
        const hidden = new Set(options.hide ?? []);
        const expected: PartnersData = collapseWhitespace(data!);
        if (hidden.has('intro')) expected.intro = [];
        if (hidden.has('closing')) delete expected.closing;
        const {data: read, problems} = readBack(renderStaticHtml(data!, options));
        expect(problems, 'problems reading the markup back').to.deep.equal([]);
        expect(read, JSON.stringify({read, expected})).to.deep.equal(expected);
      }),
      {seed, numRuns, includeErrorInReport: true}
    );
  });
});
