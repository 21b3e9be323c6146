import {expect, html} from '@open-wc/testing';
import '../src/index.js';
import type {ScriPartners} from '../src/index.js';
import {scriPartnersData} from '../src/index.js';
import {mount, texts} from './helpers.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('<scri-partners>', () => {
  describe('with no attributes and no data', () => {
    it('shows the title, intro and closing of the Public Sector Partners page', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const root = shadow(el);
      expect(texts(root, '[part="title"]')).to.deep.equal(['Public Sector Partners']);
      expect(root.querySelector('[part="intro"]')!.textContent).to.contain(
        'national academic research organisation'
      );
      expect(root.querySelector('[part="closing"]')!.textContent).to.contain(
        'new heights in clinical research'
      );
    });

    it('shows every organisation the page names, with its name, acronym and link', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const cards = [...shadow(el).querySelectorAll('[part~="card"]')];
      const expected = [
        ['HSA', 'Health Sciences Authority'],
        ['NHG', 'National Healthcare Group'],
        ['SingHealth', 'Singapore Health Services'],
        ['NUHS', 'National University Health System'],
        ['IMU', 'Investigational Medicine Unit'],
        ['CTU', 'Clinical Trial Unit'],
        ['NMRC', 'National Medical Research Council'],
        ['NUS', 'National University of Singapore'],
        ['NTU', 'Nanyang Technological University'],
        ['Duke-NUS', 'Duke-NUS Medical School'],
        ['A*STAR', 'Agency for Science, Technology and Research'],
        ['EDB', 'Economic Development Board'],
        ['ESG', 'Enterprise Singapore'],
        ['BMS IPO', 'Biomedical Sciences Industry Partnership Office'],
        ['CRIS', 'Consortium for Clinical Research and Innovation, Singapore'],
      ];
      expect(
        cards.map((card) => [
          card.querySelector('[part="card-acronym"]')!.textContent,
          card.querySelector('[part="card-name"]')!.textContent,
        ])
      ).to.deep.equal(expected);
      for (const card of cards) {
        const link = card.querySelector<HTMLAnchorElement>('[part="card-link"]');
        if (!link) continue;
        expect(link.href).to.match(/^https:\/\//);
        expect(link.textContent).to.contain('(external site)');
        expect(link.rel).to.equal('noopener noreferrer');
      }
      const linked = cards.filter((card) => card.querySelector('[part="card-link"]')).length;
      expect(linked).to.equal(scriPartnersData.groups.flatMap((g) => g.partners).filter((p) => p.url).length);
    });

    it('groups the partners as the page does, each group under its own heading', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      expect(texts(shadow(el), '[part="group-title"]')).to.deep.equal(
        scriPartnersData.groups.map((g) => g.title)
      );
    });

    it('shows no stray text between its parts', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const base = shadow(el).querySelector('[part="base"]')!;
      const stray = [...base.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent!.trim())
        .filter(Boolean);
      expect(stray).to.deep.equal([]);
    });

    it('passes the automated accessibility checks', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    const levels = (el: Element) =>
      ['title', 'group-title', 'card-name'].map(
        (part) => shadow(el).querySelector(`[part~="${part}"]`)!.localName
      );

    it('defaults to a title at h2, groups at h3 and partner names at h4', async () => {
      const el = await mount(html`<scri-partners></scri-partners>`);
      expect(levels(el)).to.deep.equal(['h2', 'h3', 'h4']);
    });

    it('moves every heading down together when it is 4', async () => {
      const el = await mount(html`<scri-partners heading-level="4"></scri-partners>`);
      expect(levels(el)).to.deep.equal(['h4', 'h5', 'h6']);
    });

    it('never goes past h6', async () => {
      const el = await mount(html`<scri-partners heading-level="6"></scri-partners>`);
      expect(levels(el)).to.deep.equal(['h6', 'h6', 'h6']);
    });

    it('falls back to 2 for a value outside 2–6', async () => {
      const el = await mount(html`<scri-partners heading-level="1"></scri-partners>`);
      expect(levels(el)).to.deep.equal(['h2', 'h3', 'h4']);
    });
  });

  describe('acronyms in the text', () => {
    it('renders every glossary acronym in the intro, descriptions and closing as an acronym part described by its expansion', async () => {
      const el = await mount(html`<scri-partners></scri-partners>`);
      const acronyms = [...shadow(el).querySelectorAll('[part~="acronym"]')];
      const found = new Map(
        acronyms.map((a) => [
          a.textContent,
          shadow(el).getElementById(a.getAttribute('aria-describedby')!)!.textContent,
        ])
      );
      expect(found.get('SCRI')).to.equal('Singapore Clinical Research Institute');
      expect(found.get('IIT')).to.equal('Investigator-Initiated Trials');
      expect(found.get('LCG')).to.equal('Local Clinical Trials Grant');
      expect(found.get('CTG')).to.equal('Clinical Trials Grant');
      expect(found.get('NMRC')).to.equal('National Medical Research Council');
      expect(found.get('BMS IPO')).to.equal('Biomedical Sciences Industry Partnership Office');
    });

    it('resolves an acronym that the host page puts in the light DOM from the glossary', async () => {
      const el = await mount(
        html`<scri-partners
          ><p slot="footer">Funded by <scri-acronym>NMRC</scri-acronym>.</p></scri-partners
        >`
      );
      const acronym = el.querySelector('scri-acronym')!;
      await (acronym as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect(acronym.shadowRoot!.querySelector('[role="tooltip"]')!.textContent).to.equal(
        'National Medical Research Council'
      );
    });
  });
});
