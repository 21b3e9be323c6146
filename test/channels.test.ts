import {expect, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import {
  renderStaticHtml,
  scriPartnersData,
  upgradeStaticMarkup,
  type PartnersData,
  type ScriPartners,
} from '../src/index.js';
import {mount, texts, warningsDuring} from './helpers.js';

const tiny = (title: string): PartnersData => ({
  title,
  intro: [`${title} intro`],
  groups: [
    {id: 'g', title: 'Group', partners: [{id: 'p', name: `${title} partner`, description: 'Works with us.'}]},
  ],
});

const json = (data: unknown) => JSON.stringify(data);
const dataUrl = (data: unknown) => `data:application/json,${encodeURIComponent(json(data))}`;
const titleOf = (el: Element) => texts(el.shadowRoot!, '[part="title"]')[0];

describe('data channels', () => {
  describe('when the data property is set', () => {
    it('shows that data, over src, inline JSON and markup', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners .data=${tiny('From property')} src=${dataUrl(tiny('From src'))}>
          <script type="application/json">
            ${json(tiny('From inline JSON'))}
          </script>
        </scri-partners>`
      );
      expect(titleOf(el)).to.equal('From property');
    });

    it('re-renders when the property changes, and fires scri-data-load', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners .data=${tiny('First')}></scri-partners>`);
      const loaded = oneEvent(el, 'scri-data-load');
      el.data = tiny('Second');
      expect((await loaded).detail).to.deep.equal({source: 'property'});
      expect(titleOf(el)).to.equal('Second');
    });
  });

  describe('when src is set and data is not', () => {
    it('shows the JSON at src, over inline JSON', async () => {
      const el = document.createElement('scri-partners');
      el.src = dataUrl(tiny('From src'));
      el.innerHTML = `<script type="application/json">${json(tiny('From inline JSON'))}</script>`;
      const loaded = oneEvent(el, 'scri-data-load');
      document.body.append(el);
      try {
        expect((await loaded).detail).to.deep.equal({source: 'src'});
        await el.updateComplete;
        expect(titleOf(el)).to.equal('From src');
      } finally {
        el.remove();
      }
    });

    it('holds the space with a loading message until the data arrives', async () => {
      const el = document.createElement('scri-partners');
      el.src = dataUrl(tiny('Later'));
      const loaded = oneEvent(el, 'scri-data-load');
      document.body.append(el);
      try {
        await el.updateComplete;
        const status = el.shadowRoot!.querySelector('[role="status"]');
        expect(status?.textContent).to.equal('Loading partners…');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await loaded;
      } finally {
        el.remove();
      }
    });
  });

  describe('when an inline JSON script is the only data', () => {
    it('shows it, over static markup', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners>
          <script type="application/json">
            ${json(tiny('From inline JSON'))}
          </script>
          <h2>From markup</h2>
        </scri-partners>`
      );
      expect(titleOf(el)).to.equal('From inline JSON');
    });

    it('shows the error message when it is not valid JSON, and warns why', async () => {
      let el!: ScriPartners;
      const warnings = await warningsDuring(async () => {
        el = await mount<ScriPartners>(
          html`<scri-partners>
            <script type="application/json">
              {"title":
            </script>
          </scri-partners>`
        );
      });
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('could not be shown');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^scri-partners: \$: expected valid JSON, found /);
    });
  });

  describe('when the element holds the static HTML format', () => {
    const markup = renderStaticHtml(tiny('From markup'));

    it('reads the markup back and renders it in the widget', async () => {
      const host = await mount(html`<div></div>`);
      host.innerHTML = markup;
      const el = host.querySelector('scri-partners')!;
      await el.updateComplete;
      expect(titleOf(el)).to.equal('From markup');
      expect(texts(el.shadowRoot!, '[part="card-name"]')).to.deep.equal(['From markup partner']);
    });
  });

  describe('when a CMS stripped the <scri-partners> tag and kept a data-scri-partners container', () => {
    it('upgrades the container into the widget, keeping its options', async () => {
      const host = await mount(html`<div></div>`);
      host.innerHTML = renderStaticHtml(scriPartnersData, {wrapper: 'div', headingLevel: 3});
      const container = host.querySelector('[data-scri-partners]')!;
      upgradeStaticMarkup(host);
      const el = container.querySelector('scri-partners')!;
      expect(el, 'a <scri-partners> inside the container').to.exist;
      await el.updateComplete;
      expect(el.getAttribute('heading-level')).to.equal('3');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h3');
      expect(texts(el.shadowRoot!, '[part="card-name"]')).to.have.length(15);
    });
  });

  describe('when nothing is given', () => {
    it('shows the built-in SCRI data and says so in scri-data-load', async () => {
      const el = document.createElement('scri-partners');
      const loaded = oneEvent(el, 'scri-data-load');
      document.body.append(el);
      try {
        expect((await loaded).detail).to.deep.equal({source: 'built-in'});
        expect(titleOf(el)).to.equal('Public Sector Partners');
      } finally {
        el.remove();
      }
    });
  });
});
