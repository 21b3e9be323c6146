import {expect, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import type {PartnersData, ScriPartners} from '../src/index.js';
import {mount, searched, texts} from './helpers.js';

/** The partner names a visitor can see: search hides the cards that do not match. */
const names = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="card-name"]')]
    .filter((name) => name.getClientRects().length > 0)
    .map((name) => name.textContent!.trim());
const groupTitles = (el: Element) => texts(el.shadowRoot!, '[part="group-title"]');

describe('host options', () => {
  describe('groups', () => {
    it('shows only the named groups, in the host’s order', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners groups="funders regulators"></scri-partners>`);
      expect(groupTitles(el)).to.deep.equal(['Research funding', 'Regulatory authorities']);
      expect(names(el)).to.deep.equal(['National Medical Research Council', 'Health Sciences Authority']);
    });

    it('ignores ids it does not know', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners groups="nope regulators"></scri-partners>`);
      expect(groupTitles(el)).to.deep.equal(['Regulatory authorities']);
    });
  });

  describe('highlight', () => {
    it('emphasises the named partner’s card', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners highlight="nmrc"></scri-partners>`);
      const highlighted = [...el.shadowRoot!.querySelectorAll('[part~="card-highlighted"]')];
      expect(highlighted).to.have.length(1);
      expect(highlighted[0].querySelector('[part="card-name"]')!.textContent).to.equal(
        'National Medical Research Council'
      );
      const plain = el.shadowRoot!.querySelector('[part="card"]')!;
      expect(getComputedStyle(highlighted[0]).borderTopWidth).to.not.equal(
        getComputedStyle(plain).borderTopWidth
      );
    });
  });

  describe('layout', () => {
    it('puts cards side by side in a wide column by default (grid)', async () => {
      const el = await mount<ScriPartners>(
        html`<div style="width: 1000px"><scri-partners></scri-partners></div>`
      );
      const widget = el.querySelector('scri-partners')!;
      await widget.updateComplete;
      const groups = [...widget.shadowRoot!.querySelectorAll('[part~="group"]')];
      const pair = groups
        .map((group) => group.querySelectorAll('[part~="card"]'))
        .find((cards) => cards.length > 1);
      expect(pair, 'a group with two cards').to.exist;
      const [first, second] = pair!;
      expect(first.getBoundingClientRect().top).to.equal(second.getBoundingClientRect().top);
      expect(second.getBoundingClientRect().left).to.be.greaterThan(first.getBoundingClientRect().right);
    });

    it('puts one card a row with layout="list"', async () => {
      const el = await mount<ScriPartners>(
        html`<div style="width: 1000px"><scri-partners layout="list"></scri-partners></div>`
      );
      const widget = el.querySelector('scri-partners')!;
      await widget.updateComplete;
      const [first, second] = widget.shadowRoot!.querySelectorAll('.group:nth-of-type(2) [part~="card"]');
      expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom);
    });

    it('follows the width of its column, not the viewport: one column in a 320px sidebar', async () => {
      const el = await mount<ScriPartners>(
        html`<div style="width: 320px"><scri-partners></scri-partners></div>`
      );
      const widget = el.querySelector('scri-partners')!;
      await widget.updateComplete;
      const [first, second] = widget.shadowRoot!.querySelectorAll('.group:nth-of-type(2) [part~="card"]');
      expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom);
      expect(widget.getBoundingClientRect().width).to.equal(320);
    });
  });

  describe('searchable', () => {
    it('filters partners by name, acronym or description as one types, announcing the count politely', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(
        'Search partners'
      );
      input.focus();
      await sendKeys({type: 'nus'});
      await searched(el);
      expect(names(el)).to.deep.equal(['National University of Singapore', 'Duke-NUS Medical School']);
      const status = el.shadowRoot!.querySelector('.count')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Showing 2 of 15 partners');
    });

    it('finds a partner by a word of its description', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      input.focus();
      await sendKeys({type: 'sister'});
      await searched(el);
      expect(names(el)).to.deep.equal(['Consortium for Clinical Research and Innovation, Singapore']);
    });

    it('says clearly when no partner matches', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      input.focus();
      await sendKeys({type: 'zzzz'});
      await searched(el);
      expect(names(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal(
        'No partner matches “zzzz”.'
      );
    });

    it('passes the automated accessibility checks', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('logos', () => {
    const withLogo = (logo: string): PartnersData => ({
      title: 'Logos',
      intro: [],
      groups: [
        {
          id: 'g',
          title: 'G',
          partners: [{id: 'p', name: 'Partner', acronym: 'PTR', description: 'D.', logo}],
        },
      ],
    });

    it('shows a logo lazily at a fixed size', async () => {
      const svg = '/test/fixtures/logo.svg';
      const el = await mount<ScriPartners>(html`<scri-partners .data=${withLogo(svg)}></scri-partners>`);
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('[part="card-logo"]')!;
      expect(img.loading).to.equal('lazy');
      expect(img.alt).to.equal('');
      expect([img.width, img.height]).to.deep.equal([48, 48]);
    });

    it('falls back to the acronym tile when the logo is broken, never a broken image', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners .data=${withLogo('/does-not-exist.png')}></scri-partners>`
      );
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('[part="card-logo"]')!;
      img.loading = 'eager';
      await oneEvent(img, 'error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="card-logo"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="card-acronym"]')!.textContent).to.equal('PTR');
    });
  });

  describe('events', () => {
    it('fires scri-partner-link with the partner id and url when a visitor follows a link', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="card-link"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), {once: true});
      const followed = oneEvent(document, 'scri-partner-link');
      link.click();
      const event = await followed;
      expect(event.detail).to.deep.equal({id: 'hsa', url: 'https://www.hsa.gov.sg/'});
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  describe('at 200% text size in a 320px column', () => {
    it('reflows into one column with nothing cut off or scrolling sideways', async () => {
      const box = await mount<HTMLDivElement>(
        html`<div style="width: 320px; font-size: 200%"><scri-partners searchable></scri-partners></div>`
      );
      const widget = box.querySelector('scri-partners')!;
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(parseFloat(getComputedStyle(base).fontSize)).to.be.at.least(32);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const card of widget.shadowRoot!.querySelectorAll('[part~="card"]')) {
        expect(card.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      }
    });
  });

  describe('when the data changes', () => {
    it('renders once per change', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      let renders = 0;
      const render = el.render.bind(el);
      el.render = () => {
        renders++;
        return render();
      };
      el.data = {
        title: 'Once',
        intro: [],
        groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'D.'}]}],
      };
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(renders).to.equal(1);
    });
  });

  describe('heading-level on a page with its own h1 and h2', () => {
    it('keeps the outline in order when set to 3: no level skipped, page headings first', async () => {
      const el = await mount(
        html`<div>
          <h1>Page</h1>
          <h2>Section</h2>
          <scri-partners heading-level="3"></scri-partners>
        </div>`
      );
      const widget = el.querySelector('scri-partners')!;
      await widget.updateComplete;
      const levels = [
        ...[...el.querySelectorAll('h1, h2')].map((h) => h.localName),
        ...[...widget.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName),
      ].map((name) => Number(name.slice(1)));
      expect(levels.slice(0, 4)).to.deep.equal([1, 2, 3, 4]);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level, `heading ${index + 1} after h${levels[index - 1]}`).to.be.at.most(
            levels[index - 1] + 1
          );
      });
      expect(new Set(levels)).to.deep.equal(new Set([1, 2, 3, 4, 5]));
    });
  });
});
