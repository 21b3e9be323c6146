import {expect, fixture, html} from '@open-wc/testing';
import {texts} from './helpers.js';

// This file loads only the built script-tag bundle, as a plain HTML page would: `npm test` builds it first.
const bundle = '/dist/scri-partners.min.js';

describe('the script-tag bundle (dist/scri-partners.min.js)', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
  });

  it('shows the whole partners section from <scri-partners></scri-partners> alone', async () => {
    const el = await fixture(html`<scri-partners></scri-partners>`);
    const root = el.shadowRoot!;
    expect(texts(root, '[part="title"]')).to.deep.equal(['Public Sector Partners']);
    expect(texts(root, '[part="card-name"]')).to.have.length(15);
    expect(root.querySelectorAll('[part~="acronym"]').length).to.be.greaterThan(20);
    expect(root.querySelectorAll('[part="tooltip"]')).to.have.length(1);
    expect(root.querySelector('[part="closing"]')).to.exist;
  });

  describe('when a second copy of the same version loads on the page', () => {
    it('neither throws nor warns', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        await import(/* @vite-ignore */ `${bundle}?copy=2`);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('when a copy of another version loads on the page', () => {
    it('does not throw and warns once, naming both versions', async () => {
      const source = await (await fetch(bundle)).text();
      const {version} = await import(/* @vite-ignore */ bundle);
      expect(source).to.contain(`"${version}"`);
      const other = URL.createObjectURL(
        new Blob([source.replaceAll(`"${version}"`, '"99.0.0"')], {type: 'text/javascript'})
      );
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        await import(/* @vite-ignore */ other);
      } finally {
        console.warn = warn;
        URL.revokeObjectURL(other);
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(version).and.to.contain('99.0.0');
      const el = await fixture(html`<scri-partners></scri-partners>`);
      expect(texts(el.shadowRoot!, '[part="title"]')).to.deep.equal(['Public Sector Partners']);
    });
  });
});
