import {expect, html} from '@open-wc/testing';
import '../src/index.js';
import {renderStaticHtml, scriPartnersData, upgradeStaticMarkup, type ScriPartners} from '../src/index.js';
import {mount, texts, warningsDuring} from './helpers.js';

const levels = (root: ParentNode) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName.slice(1)));
const base = (el: ScriPartners) => el.shadowRoot!.querySelector('[part="base"]')!;
// Names, never elements, in assertions: printing an element on failure can stall the runner.
const part = (el: ScriPartners, name: string) =>
  el.shadowRoot!.querySelector(`[part="${name}"]`)?.localName ?? 'none';

describe('hide', () => {
  describe('with hide="title intro" under the page’s own h1', () => {
    it('keeps the outline whole: h1, groups at h2, partners at h3, and says the title once', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div>
          <h1>Public Sector Partners</h1>
          <scri-partners hide="title intro" heading-level="2"></scri-partners>
        </div>`
      );
      const el = page.querySelector('scri-partners')!;
      await el.updateComplete;
      const outline = [...levels(page), ...levels(el.shadowRoot!)];
      expect(outline.slice(0, 3)).to.deep.equal([1, 2, 3]);
      expect([...new Set(outline)].sort()).to.deep.equal([1, 2, 3]);
      outline.forEach((level, index) => {
        if (index > 0) expect(level, `heading ${index + 1}`).to.be.at.most(outline[index - 1] + 1);
      });
      expect(texts(el.shadowRoot!, 'h2')[0]).to.equal('Regulatory authorities');
      const visible = `${page.innerText}\n${base(el).textContent}`;
      expect(visible.split('Public Sector Partners').length - 1, 'times the title shows').to.equal(1);
    });

    it('leaves out the title and intro, keeps the closing, and names the section by the title', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners hide="title intro"></scri-partners>`);
      expect(part(el, 'title')).to.equal('none');
      expect(part(el, 'intro')).to.equal('none');
      expect(part(el, 'closing')).to.not.equal('none');
      expect(base(el).getAttribute('aria-label')).to.equal('Public Sector Partners');
      expect(base(el).hasAttribute('aria-labelledby')).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  it('leaves out only the closing with hide="closing", headings where heading-level puts them', async () => {
    const el = await mount<ScriPartners>(html`<scri-partners hide="closing"></scri-partners>`);
    expect(part(el, 'closing')).to.equal('none');
    expect(part(el, 'intro')).to.not.equal('none');
    expect(part(el, 'title')).to.equal('h2');
    expect(part(el, 'group-title')).to.equal('h3');
    expect(base(el).getAttribute('aria-labelledby')).to.equal('title');
    expect(base(el).hasAttribute('aria-label')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('never goes past h6: with heading-level="6" and the title hidden, groups and partners are h6', async () => {
    const el = await mount<ScriPartners>(
      html`<scri-partners hide="title" heading-level="6"></scri-partners>`
    );
    expect([...new Set(levels(el.shadowRoot!))]).to.deep.equal([6]);
  });

  it('shows the parts again when hide is cleared', async () => {
    const el = await mount<ScriPartners>(html`<scri-partners hide="title intro closing"></scri-partners>`);
    el.hide = '';
    await el.updateComplete;
    expect(part(el, 'title')).to.equal('h2');
    expect(part(el, 'intro')).to.not.equal('none');
    expect(part(el, 'closing')).to.not.equal('none');
    expect(part(el, 'group-title')).to.equal('h3');
  });

  it('ignores words it does not know, with one console warning naming them', async () => {
    let el!: ScriPartners;
    const warnings = await warningsDuring(async () => {
      el = await mount<ScriPartners>(html`<scri-partners hide="titel intro nope"></scri-partners>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      'scri-partners: hide: expected "title", "intro" or "closing", found "titel", "nope"',
    ]);
    expect(part(el, 'title')).to.not.equal('none');
    expect(part(el, 'intro')).to.equal('none');
  });

  for (const wrapper of ['element', 'div'] as const) {
    it(`reads static markup written with hide (wrapper "${wrapper}") and shows it the same way`, async () => {
      const host = document.createElement('div');
      host.innerHTML = renderStaticHtml(scriPartnersData, {wrapper, hide: 'title intro'});
      document.body.append(host);
      try {
        upgradeStaticMarkup(host);
        const el = host.querySelector('scri-partners')!;
        await el.updateComplete;
        expect(el.getAttribute('hide')).to.equal('title intro');
        expect(part(el, 'title')).to.equal('none');
        expect(part(el, 'intro')).to.equal('none');
        expect(part(el, 'group-title')).to.equal('h2');
        expect(base(el).getAttribute('aria-label')).to.equal('Public Sector Partners');
        expect(part(el, 'error')).to.equal('none');
      } finally {
        host.remove();
      }
    });
  }
});
