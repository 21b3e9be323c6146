import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import type {DataErrorDetail, DataLoadDetail, PartnersData, ScriPartners} from '../src/index.js';
import {engine, mount, searched, texts, wait, warningsDuring} from './helpers.js';

// The widget's states and preferences as a visitor meets them, and the loading cases that the
// PartnersDataController handles: styles under media emulation, sources that change mid-load, axe in every state.

const title = (el: ScriPartners) => texts(el.shadowRoot!, '[part="title"]')[0];
const serverJson = async (path: string) => (await fetch(path)).json();
let unique = 0;
const freshId = () => `states-${Date.now()}-${unique++}`;

/** Every text a visitor can see in `root`, across shadow roots and slots, whitespace collapsed. */
function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && parent.getClientRects().length > 0 && getComputedStyle(parent).visibility === 'visible') {
        parts.push(node.textContent ?? '');
      }
      return;
    }
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      if (node.localName === 'slot') {
        (node as HTMLSlotElement).assignedNodes({flatten: true}).forEach(walk);
        return;
      }
      if (node.shadowRoot) {
        node.shadowRoot.childNodes.forEach(walk);
        return;
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The colour a system colour keyword resolves to on this page (for forced-colours comparisons). */
function systemColour(keyword: string, property: 'color' | 'backgroundColor' = 'color') {
  const probe = document.createElement('span');
  probe.style[property] = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe)[property];
  probe.remove();
  return value;
}

/** Records the widget's data events on `el`. */
function recordEvents(el: EventTarget) {
  const events: string[] = [];
  const record = (event: Event) =>
    events.push(`${event.type} ${(event as CustomEvent<DataLoadDetail | DataErrorDetail>).detail.source}`);
  el.addEventListener('scri-data-load', record);
  el.addEventListener('scri-data-error', record);
  return events;
}

const small = (name: string): PartnersData => ({
  title: name,
  intro: [],
  groups: [
    {id: 'g', title: 'G', partners: [{id: 'p', name: `${name} partner`, description: 'Works with us.'}]},
  ],
});

describe('states and preferences', () => {
  describe('when colours are forced (Windows High Contrast)', () => {
    it('draws card borders and the pressed toggle in system colours', async function () {
      if (engine !== 'chromium') this.skip();
      const el = await mount<ScriPartners>(html`<scri-partners expand-acronyms></scri-partners>`);
      await executeServerCommand('forced-colors', {active: true});
      try {
        const card = getComputedStyle(el.shadowRoot!.querySelector('[part~="card"]')!);
        expect(card.borderTopStyle).to.equal('solid');
        expect(parseFloat(card.borderTopWidth)).to.be.at.least(1);
        expect(card.borderTopColor).to.equal(systemColour('CanvasText'));
        const toggle = getComputedStyle(el.shadowRoot!.querySelector('[part="toggle"]')!);
        expect(toggle.backgroundColor).to.equal(systemColour('Highlight', 'backgroundColor'));
        expect(toggle.color).to.equal(systemColour('HighlightText'));
      } finally {
        await executeServerCommand('forced-colors', {active: false});
      }
    });
  });

  describe('when the keyboard moves through the search box, the toggle and a website link', () => {
    const linked: PartnersData = {
      title: 'Focus',
      intro: [],
      groups: [
        {
          id: 'g',
          title: 'G',
          partners: [{id: 'p', name: 'Partner', description: 'Works with us.', url: 'https://example.org/'}],
        },
      ],
    };
    /** Presses Tab until the widget's focused element has `part`, and returns that element's computed style. */
    const tabTo = async (el: ScriPartners, part: string) => {
      for (let i = 0; i < 5 && el.shadowRoot!.activeElement?.getAttribute('part') !== part; i++) {
        await sendKeys({press: 'Tab'});
      }
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focused part').to.equal(part);
      return getComputedStyle(el.shadowRoot!.activeElement!);
    };

    it('rings each in the focus colour', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners
          searchable
          style="--scri-partners-focus-color: rgb(1, 2, 3)"
          .data=${linked}
        ></scri-partners>`
      );
      for (const part of ['search', 'toggle', 'card-link']) {
        const ring = await tabTo(el, part);
        expect(ring.outlineStyle, part).to.equal('solid');
        expect(parseFloat(ring.outlineWidth), part).to.be.at.least(2);
        expect(ring.outlineColor, part).to.equal('rgb(1, 2, 3)');
      }
    });
  });

  describe('when the page is printed', () => {
    it('hides the toolbar and writes every expansion inline', async function () {
      if (engine !== 'chromium') this.skip();
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      await emulateMedia({media: 'print'});
      try {
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="toolbar"]')!).display).to.equal('none');
        const text = visibleText(el);
        expect(text).not.to.contain('Show full names');
        // On paper each acronym is followed by its expansion, written by the style sheet after it.
        for (const acronym of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="acronym"]')) {
          const after = getComputedStyle(acronym, '::after').content;
          expect(after, acronym.textContent!).to.match(/^" \("|attr\(data-expansion\)|\(/);
          expect(acronym.dataset.expansion, acronym.textContent!).to.be.a('string').and.not.be.empty;
        }
        expect(el.shadowRoot!.querySelectorAll('[part~="acronym"]').length).to.be.greaterThan(30);
      } finally {
        await emulateMedia({media: 'screen'});
      }
      const first = el.shadowRoot!.querySelector('[part~="acronym"]')!;
      expect(getComputedStyle(first, '::after').content, 'on screen').to.be.oneOf(['none', 'normal']);
    });
  });

  describe('when src returns valid JSON with nothing usable in it', () => {
    it('shows the message, fires scri-data-error once and does not try again', async () => {
      const key = freshId();
      await fetch(`/fault/store/${key}`, {
        method: 'POST',
        body: JSON.stringify({title: 42, intro: 'none', groups: [{id: '?', partners: 'none'}]}),
      });
      const src = `/fault/store/${key}`;
      // The test server counts the POST above as one request to the same path.
      expect(await serverJson(`/fault/count?path=${src}`)).to.deep.equal({count: 1});
      let el!: ScriPartners;
      let events!: string[];
      const warnings = await warningsDuring(async () => {
        el = document.createElement('scri-partners');
        events = recordEvents(el);
        const errored = oneEvent(el, 'scri-data-error');
        el.src = src;
        (await fixture(html`<div></div>`)).append(el);
        const {detail} = await errored;
        expect(detail.message).to.contain('$.title');
      });
      expect(warnings.length).to.be.greaterThan(0);
      const alert = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('could not be shown');
      // Retrying cannot help data that is there but unusable.
      // Compared as a boolean: a failing assertion that prints an element can stall the test runner.
      expect(Boolean(el.shadowRoot!.querySelector('[part="retry"]')), 'a Retry button').to.be.false;
      await wait(500);
      expect(events).to.deep.equal(['scri-data-error src']);
      expect(await serverJson(`/fault/count?path=${src}`), 'the POST and one GET').to.deep.equal({count: 2});
    });
  });

  describe('when src is removed while it loads', () => {
    it('cancels the request and shows the next source, with no error', async () => {
      const id = freshId();
      const el = document.createElement('scri-partners');
      const events = recordEvents(el);
      el.setAttribute('src', `/fault/hang?id=${id}`);
      (await fixture(html`<div></div>`)).append(el);
      await waitUntil(
        async () => ((await serverJson(`/fault/hang-status?id=${id}`)) as {state: string}).state === 'open',
        'the request never reached the server',
        {interval: 20, timeout: 8000}
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading partners…');
      const loaded = oneEvent(el, 'scri-data-load');
      el.removeAttribute('src');
      await loaded;
      await el.updateComplete;
      expect(title(el)).to.equal('Public Sector Partners');
      await waitUntil(
        async () =>
          ((await serverJson(`/fault/hang-status?id=${id}`)) as {state: string}).state ===
          'closed by the client',
        'the request was never cancelled',
        {interval: 20, timeout: 8000}
      );
      expect(events).to.deep.equal(['scri-data-load built-in']);
    });
  });

  describe('when data is set and then cleared while src loads', () => {
    it('shows the data, then loads src again and shows it', async () => {
      const id = freshId();
      const el = document.createElement('scri-partners');
      const events = recordEvents(el);
      el.src = `/fault/slow?ms=300&id=${id}`;
      (await fixture(html`<div></div>`)).append(el);
      el.data = small('From the property');
      await el.updateComplete;
      expect(title(el)).to.equal('From the property');
      const loaded = oneEvent(el, 'scri-data-load');
      el.data = undefined;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading partners…');
      await loaded;
      await el.updateComplete;
      expect(title(el)).to.equal(`Partners ${id}`);
      expect(events).to.deep.equal(['scri-data-load property', 'scri-data-load src']);
    });
  });

  describe('when the inline JSON is edited after the widget read it', () => {
    it('keeps what it read until reload() reads the children again', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners
          ><script type="application/json">
            {
              "title": "First",
              "intro": [],
              "groups": [
                {"id": "g", "title": "G", "partners": [{"id": "p", "name": "P", "description": "D."}]}
              ]
            }
          </script></scri-partners
        >`
      );
      expect(title(el)).to.equal('First');
      el.querySelector('script')!.textContent = JSON.stringify(small('Edited'));
      el.requestUpdate();
      await el.updateComplete;
      expect(title(el)).to.equal('First');
      const loaded = oneEvent(el, 'scri-data-load');
      el.reload();
      expect((await loaded).detail).to.deep.equal({source: 'inline-json'});
      expect(title(el)).to.equal('Edited');
    });
  });

  describe('columns follow the width of the widget’s container', () => {
    const rowsOf = async (width: number) => {
      const el = await mount<HTMLDivElement>(
        html`<div style="width: ${width}px; font-size: 16px"><scri-partners></scri-partners></div>`
      );
      const widget = el.querySelector('scri-partners')!;
      await widget.updateComplete;
      // The public healthcare clusters: the group with three partners.
      const group = widget.shadowRoot!.getElementById('group-clusters')!.closest('[part~="group"]')!;
      const tops = [...group.querySelectorAll('[part~="card"]')].map(
        (card) => card.getBoundingClientRect().top
      );
      expect(tops).to.have.length(3);
      return new Set(tops).size;
    };

    it('puts three cards in a row from 56em (896px) wide', async () => {
      expect(await rowsOf(1000)).to.equal(1);
    });

    it('puts two in a row below that', async () => {
      expect(await rowsOf(800)).to.equal(2);
    });

    it('puts one in a row in a narrow column', async () => {
      expect(await rowsOf(400)).to.equal(3);
    });
  });

  describe('axe finds nothing to fix', () => {
    it('while loading', async () => {
      const el = await fixture<ScriPartners>(
        html`<scri-partners src=${`/fault/hang?id=${freshId()}`} timeout="30000"></scri-partners>`
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('in the error state', async () => {
      let el!: ScriPartners;
      await warningsDuring(async () => {
        el = document.createElement('scri-partners');
        const errored = oneEvent(el, 'scri-data-error');
        el.src = '/fault/404';
        (await fixture(html`<div></div>`)).append(el);
        await errored;
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with debug listing problems', async () => {
      let el!: ScriPartners;
      const broken = {...small('Debugged'), intro: [42]} as unknown as PartnersData;
      await warningsDuring(async () => {
        el = await mount<ScriPartners>(html`<scri-partners debug .data=${broken}></scri-partners>`);
      });
      expect(el.shadowRoot!.querySelector('[part="problems"] li')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with a search that matches nothing', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners searchable></scri-partners>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();
      await sendKeys({type: 'zzzz'});
      await searched(el);
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.contain('No partner matches');
      await expect(el).to.be.accessible();
    });

    it('with expand-acronyms', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners expand-acronyms></scri-partners>`);
      expect(visibleText(el)).to.contain('SCRI (Singapore Clinical Research Institute)');
      await expect(el).to.be.accessible();
    });
  });
});
