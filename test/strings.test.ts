import {expect, html, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {ScriPartners, type PartnersData, type PartnersStrings} from '../src/index.js';
import {engine, mount, searched, wait, warningsDuring} from './helpers.js';

/** The text of the first element matching `selector` in the widget, whitespace collapsed, as a visitor reads it. */
const seen = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent!.replace(/\s+/g, ' ').trim();
const toggle = (el: Element) => seen(el, '[part="toggle"]');
const searchLabel = (el: Element) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  return input.labels![0].textContent!.trim();
};

/** Every string replaced, each one recognisable, with its placeholders. */
const marked: Required<PartnersStrings> = {
  showFullNames: '[full names]',
  search: '[find]',
  visitWebsite: '[visit]',
  linkOf: '[of {name}]',
  externalSite: '[elsewhere]',
  loading: '[loading]',
  error: '[cannot show]',
  retry: '[again]',
  count: '[{count} in {total}]',
  noMatch: '[none for {query}]',
  oneProblem: '[one problem]',
  problems: '[{n} problems]',
  copyLink: '[link to {name}]',
  linkCopied: '[copied]',
  copyFallback: '[copy by hand]',
  targetRevealed: '[showing {name}]',
  targetFilteredOut: '[{name} not here]',
};

/** Data with two problems in it (a partner named by a number, an unsafe link), for `debug`. */
const twoProblems = {
  title: 'T',
  intro: [],
  groups: [
    {
      id: 'g',
      title: 'G',
      partners: [
        {id: 'ok', name: 'Valid', description: 'D.'},
        {id: 'bad', name: 42, description: 'D.'},
        {id: 'js', name: 'Unsafe', description: 'D.', url: 'javascript:alert(1)'},
      ],
    },
  ],
} as unknown as PartnersData;

interface AXNode {
  role?: string;
  name?: string;
  children?: AXNode[];
}
const axNames = (node: AXNode, role: string): string[] => [
  ...(node.role === role && node.name ? [node.name] : []),
  ...(node.children ?? []).flatMap((child) => axNames(child, role)),
];

describe('the widget’s own words', () => {
  describe('with the strings property', () => {
    it('writes each replaced string where English was: toggle, search, links, count, no match', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .strings=${marked}></scri-partners>`
      );
      expect(toggle(el)).to.equal('[full names]');
      expect(searchLabel(el)).to.equal('[find]');
      // The arrow is hidden from screen readers; the words after "[visit]" are heard, not seen.
      expect(seen(el, '[part="card-link"]')).to.equal('[visit] [of Health Sciences Authority] [elsewhere]↗');
      expect(el.shadowRoot!.textContent).to.not.match(
        /Show full names|Search partners|Visit website|external/
      );

      el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();
      await sendKeys({type: 'nus'});
      await searched(el);
      expect(seen(el, '.count')).to.equal('[2 in 15]');
      await sendKeys({type: 'zzz'});
      await searched(el);
      expect(seen(el, '.count')).to.equal('[none for nuszzz]');
    });

    it('gives the button, search box and links accessible names in those words', async function () {
      // The accessibility tree is read through the Chrome DevTools Protocol.
      if (engine !== 'chromium') this.skip();
      await mount<ScriPartners>(
        html`<scri-partners searchable groups="regulators" .strings=${marked}></scri-partners>`
      );
      const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
      expect(axNames(snapshot, 'button')).to.include('[full names]');
      expect(axNames(snapshot, 'searchbox')).to.deep.equal(['[find]']);
      expect(axNames(snapshot, 'link')).to.deep.equal(['[visit] [of Health Sciences Authority] [elsewhere]']);
    });

    it('writes the debug heading with the number of problems, and the singular for one', async () => {
      let widget!: ScriPartners;
      await warningsDuring(async () => {
        widget = await mount<ScriPartners>(
          html`<scri-partners debug .data=${twoProblems} .strings=${marked}></scri-partners>`
        );
      });
      expect(seen(widget, '[part="problems"] > p')).to.equal('[2 problems]');
      await warningsDuring(async () => {
        widget.data = {
          ...twoProblems,
          groups: [{...twoProblems.groups[0], partners: twoProblems.groups[0].partners.slice(0, 2)}],
        };
        await widget.updateComplete;
      });
      expect(seen(widget, '[part="problems"] > p')).to.equal('[one problem]');
    });

    it('writes the loading message, the error message and Retry in those words', async () => {
      const loading = await mount<ScriPartners>(
        html`<scri-partners src="/fault/hang?id=strings-loading" .strings=${marked}></scri-partners>`
      );
      expect(seen(loading, '[role="status"]')).to.equal('[loading]');
      loading.remove();

      let failed!: ScriPartners;
      await warningsDuring(async () => {
        failed = await mount<ScriPartners>(
          html`<scri-partners src="/fault/404" .strings=${marked}></scri-partners>`
        );
        await waitUntil(() => failed.shadowRoot!.querySelector('[part="error"]'), 'no error message', {
          timeout: 5000,
        });
      });
      expect(seen(failed, '[part="error"] p')).to.equal('[cannot show]');
      expect(seen(failed, '[part="retry"]')).to.equal('[again]');
    });

    it('goes back to English for the strings it no longer replaces', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners .strings=${{showFullNames: 'Nama penuh'}}></scri-partners>`
      );
      expect(toggle(el)).to.equal('Nama penuh');
      el.strings = {};
      await el.updateComplete;
      expect(toggle(el)).to.equal('Show full names');
    });
  });

  describe('with the strings attribute', () => {
    it('reads the strings from its JSON, and again when it changes', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners
          searchable
          strings='{"search": "Cari rakan kongsi", "showFullNames": "Nama penuh"}'
        ></scri-partners>`
      );
      expect(searchLabel(el)).to.equal('Cari rakan kongsi');
      expect(toggle(el)).to.equal('Nama penuh');
      el.setAttribute('strings', '{"search": "Cari"}');
      await el.updateComplete;
      expect(searchLabel(el)).to.equal('Cari');
      expect(toggle(el)).to.equal('Show full names');
    });

    it('warns once about JSON it cannot parse and stays in English', async () => {
      let el!: ScriPartners;
      const warnings = await warningsDuring(async () => {
        el = await mount<ScriPartners>(
          html`<scri-partners searchable strings='{"search": Cari}'></scri-partners>`
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^scri-partners: strings: /);
      expect(searchLabel(el)).to.equal('Search partners');
      expect(toggle(el)).to.equal('Show full names');
    });

    it('warns about each unknown name and each value that is not a string, and uses the rest', async () => {
      let el!: ScriPartners;
      const warnings = await warningsDuring(async () => {
        el = await mount<ScriPartners>(
          html`<scri-partners
            searchable
            strings='{"serch": "Cari", "showFullNames": 3, "search": "Cari"}'
          ></scri-partners>`
        );
      });
      expect(warnings).to.deep.equal([
        'scri-partners: strings.serch: expected a documented name with a text value, found "Cari"',
        'scri-partners: strings.showFullNames: expected a documented name with a text value, found 3',
      ]);
      expect(searchLabel(el)).to.equal('Cari');
      expect(toggle(el)).to.equal('Show full names');
    });
  });

  describe('with languages registered for the page', () => {
    // Private-use language tags (qaa–qtz), so that no real language is implied.
    before(() => {
      ScriPartners.addStrings('qaa', {showFullNames: 'qaa names', search: 'qaa search'});
      ScriPartners.addStrings('qab', {showFullNames: 'qab names'});
      ScriPartners.addStrings('qac', {showFullNames: 'qac names', search: 'qac search'});
      ScriPartners.addStrings('QAC-sg', {showFullNames: 'qac-SG names'});
    });

    it('uses the language of the nearest ancestor with lang', async () => {
      const div = await mount<HTMLDivElement>(
        html`<div lang="qaa">
          <p><scri-partners searchable></scri-partners></p>
        </div>`
      );
      const el = div.querySelector('scri-partners')!;
      expect(toggle(el)).to.equal('qaa names');
      expect(searchLabel(el)).to.equal('qaa search');
    });

    it('follows lang from outside a shadow root it sits in', async () => {
      const host = await mount<HTMLDivElement>(html`<div lang="qaa"><div></div></div>`);
      const root = host.firstElementChild!.attachShadow({mode: 'open'});
      const el = document.createElement('scri-partners');
      root.append(el);
      await el.updateComplete;
      expect(toggle(el)).to.equal('qaa names');
    });

    it('uses lang on the widget itself over an ancestor’s', async () => {
      const div = await mount<HTMLDivElement>(
        html`<div lang="qaa"><scri-partners lang="qab"></scri-partners></div>`
      );
      expect(toggle(div.querySelector('scri-partners')!)).to.equal('qab names');
    });

    it('uses the exact tag’s words first, then its primary language’s, whatever the case', async () => {
      const div = await mount<HTMLDivElement>(
        html`<div lang="qac-SG"><scri-partners searchable></scri-partners></div>`
      );
      const el = div.querySelector('scri-partners')!;
      expect(toggle(el)).to.equal('qac-SG names');
      expect(searchLabel(el)).to.equal('qac search');

      const other = await mount<HTMLDivElement>(
        html`<div lang="qac-MY"><scri-partners></scri-partners></div>`
      );
      expect(toggle(other.querySelector('scri-partners')!)).to.equal('qac names');
    });

    it('falls back to English for the words a language leaves out, and for a language nobody registered', async () => {
      const partial = await mount<HTMLDivElement>(
        html`<div lang="qab"><scri-partners searchable></scri-partners></div>`
      );
      expect(searchLabel(partial.querySelector('scri-partners')!)).to.equal('Search partners');
      const unknown = await mount<HTMLDivElement>(
        html`<div lang="qzz"><scri-partners searchable></scri-partners></div>`
      );
      expect(toggle(unknown.querySelector('scri-partners')!)).to.equal('Show full names');
      expect(searchLabel(unknown.querySelector('scri-partners')!)).to.equal('Search partners');
    });

    it('lets the strings property win over the registered language', async () => {
      const div = await mount<HTMLDivElement>(
        html`<div lang="qaa">
          <scri-partners searchable .strings=${{search: 'own search'}}></scri-partners>
        </div>`
      );
      const el = div.querySelector('scri-partners')!;
      expect(searchLabel(el)).to.equal('own search');
      expect(toggle(el)).to.equal('qaa names');
    });

    it('reaches widgets already on the page when a language is registered after they rendered', async () => {
      const div = await mount<HTMLDivElement>(html`<div lang="qad"><scri-partners></scri-partners></div>`);
      const el = div.querySelector('scri-partners')!;
      expect(toggle(el)).to.equal('Show full names');
      ScriPartners.addStrings('qad', {showFullNames: 'qad names', visitWebsite: 'qad visit'});
      await el.updateComplete;
      expect(toggle(el)).to.equal('qad names');
      expect(seen(el, '[part="card-link"]')).to.match(/^qad visit of Health Sciences Authority/);
    });
  });

  describe('when lang changes on the page after the widget rendered', () => {
    before(() => {
      ScriPartners.addStrings('qaf', {showFullNames: 'qaf names'});
      ScriPartners.addStrings('qag', {showFullNames: 'qag names'});
    });
    // The change reaches the widget through a MutationObserver, whose callback runs after the current task's
    // microtasks: a task later, the widget has updated.
    const settled = async (el: ScriPartners) => {
      await wait(0);
      await el.updateComplete;
    };

    it('follows <html lang>, then a nearer ancestor’s lang, then <html lang> again when that is removed', async () => {
      const root = document.documentElement;
      const before = root.getAttribute('lang');
      try {
        const div = await mount<HTMLDivElement>(html`<div><scri-partners></scri-partners></div>`);
        const el = div.querySelector('scri-partners')!;
        expect(toggle(el)).to.equal('Show full names');
        root.lang = 'qaf';
        await settled(el);
        expect(toggle(el)).to.equal('qaf names');
        div.lang = 'qag';
        await settled(el);
        expect(toggle(el)).to.equal('qag names');
        div.removeAttribute('lang');
        await settled(el);
        expect(toggle(el)).to.equal('qaf names');
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.lang = before;
      }
    });

    it('follows a lang changed inside the shadow root it sits in', async () => {
      const host = await mount<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({mode: 'open'});
      const wrapper = document.createElement('div');
      const el = document.createElement('scri-partners');
      wrapper.append(el);
      root.append(wrapper);
      await el.updateComplete;
      expect(toggle(el)).to.equal('Show full names');
      wrapper.lang = 'qag';
      await settled(el);
      expect(toggle(el)).to.equal('qag names');
      host.lang = 'qaf';
      wrapper.removeAttribute('lang');
      await settled(el);
      expect(toggle(el)).to.equal('qaf names');
    });
  });

  describe('when a string holds markup', () => {
    const payload = '<img src=x onerror="window.__stringsRan = true">';

    afterEach(() => {
      delete (window as {__stringsRan?: boolean}).__stringsRan;
    });

    it('shows it as text and runs nothing, from the property, the attribute and a language', async () => {
      ScriPartners.addStrings('qae', {retry: payload});
      const div = await mount<HTMLDivElement>(
        html`<div lang="qae">
          <scri-partners
            searchable
            .strings=${{search: payload, count: `${payload} {count}`}}
          ></scri-partners>
          <scri-partners strings=${JSON.stringify({showFullNames: payload})}></scri-partners>
          <scri-partners src="/fault/404"></scri-partners>
        </div>`
      );
      const [byProperty, byAttribute, byLanguage] = div.querySelectorAll('scri-partners');
      await warningsDuring(() =>
        waitUntil(() => byLanguage.shadowRoot!.querySelector('[part="retry"]'), 'no Retry button', {
          timeout: 5000,
        })
      );
      expect(searchLabel(byProperty)).to.equal(payload);
      byProperty.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();
      await sendKeys({type: 'nus'});
      await searched(byProperty);
      expect(seen(byProperty, '.count')).to.equal(`${payload} 2`);
      expect(toggle(byAttribute)).to.equal(payload);
      expect(seen(byLanguage, '[part="retry"]')).to.equal(payload);
      for (const el of [byProperty, byAttribute, byLanguage]) {
        expect(el.shadowRoot!.querySelector('img')).to.be.null;
      }
      await wait(100);
      expect((window as {__stringsRan?: boolean}).__stringsRan).to.be.undefined;
    });
  });
});
