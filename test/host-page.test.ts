import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {ScriAcronym, ScriPartners} from '../src/index.js';
import {scriPartnersData} from '../src/index.js';
import './helpers.js';
import {engine, wait} from './helpers.js';

const cardCount = scriPartnersData.groups.flatMap((group) => group.partners).length;

// ---- Colour contrast (WCAG 2.x relative luminance) ----

type Rgba = [number, number, number, number];

/** Reads a computed colour: rgb()/rgba(), or color(srgb …) as newer engines report colour-mix results. */
function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(([^)]+)\)$/.exec(value);
  if (rgb) {
    const [r, g, b, a = '1'] = rgb[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(value);
  if (srgb) {
    const [r, g, b, a = '1'] = srgb[1].split(/[\s/]+/).filter(Boolean);
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`cannot read the colour ${value}`);
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];

/** The parent element, crossing out of shadow roots to their hosts. */
const parentOf = (element: Element): Element | null =>
  element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The colour actually painted behind `element`: its and its ancestors' backgrounds composited, over white. */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const luminance = ([r, g, b]: Rgba) => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** The WCAG contrast ratio of `element`'s text against what is painted behind it. */
function contrastOf(element: Element): number {
  const background = backgroundBehind(element);
  const text = over(parseColor(getComputedStyle(element).color), background);
  const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Every element whose own text a visitor reads on the cards and around them. */
function readableTexts(el: ScriPartners): Element[] {
  const root = el.shadowRoot!;
  const selectors = [
    '[part="title"]',
    '[part="intro"] p',
    '[part="group-title"]',
    '.group-description',
    '[part="card-name"]',
    '[part="card-acronym"]',
    '.description',
    '[part="card-link"]',
    '[part="toggle"]',
    '[part="closing"] p',
  ];
  return selectors.flatMap((selector) => [...root.querySelectorAll(selector)]);
}

const describeElement = (element: Element) =>
  `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : ''} "${element.textContent!.trim().slice(0, 30)}"`;

/** The acronyms a widget draws in its shadow root, once it has rendered. */
async function allAcronymsRendered(el: ScriPartners) {
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="acronym"]')];
}

/** The element an acronym belongs to: the widget for its own acronyms, or the <scri-acronym> itself. */
const ownerOf = (acronym: HTMLElement) =>
  acronym.localName === 'scri-acronym'
    ? acronym
    : ((acronym.getRootNode() as ShadowRoot).host as HTMLElement);

/** The focusable part of an acronym: a widget's acronym itself, or a <scri-acronym>'s trigger. */
const triggerOf = (acronym: HTMLElement) =>
  acronym.localName === 'scri-acronym'
    ? acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]')!
    : acronym;

/** Focuses an acronym (a widget's, or a <scri-acronym>) and reports whether its tooltip is open and showing. */
async function openTooltip(acronym: HTMLElement) {
  const owner = ownerOf(acronym);
  const trigger = triggerOf(acronym);
  trigger.focus();
  await (owner as ScriAcronym).updateComplete;
  const tip = owner.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
  const box = tip.getBoundingClientRect();
  const shown = tip.hasAttribute('data-open') && getComputedStyle(tip).display !== 'none' && box.height > 0;
  const text = tip.textContent;
  trigger.blur();
  await (owner as ScriAcronym).updateComplete;
  return {shown, text};
}

describe('host page', () => {
  describe('when the host stylesheet is hostile', () => {
    let style: HTMLStyleElement;
    afterEach(() => style.remove());

    const hostile = {
      'a reset of every element and html { font-size: 62.5% }': `
        html { font-size: 62.5%; }
        * { all: unset; }
        head, script, style, title { display: none !important; }
      `,
      'a dark theme that forces its colours on every element with !important': `
        html { font-size: 62.5%; }
        html, body, body * { color: #e6e6e6 !important; background-color: #121212 !important; }
        body * { font-size: 1em !important; line-height: 1 !important; font-family: serif !important; }
      `,
    };

    for (const [name, css] of Object.entries(hostile)) {
      describe(`with ${name}`, () => {
        let el: ScriPartners;
        beforeEach(async () => {
          style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          el = await fixture<ScriPartners>(html`<scri-partners></scri-partners>`);
          await allAcronymsRendered(el);
        });

        it('keeps every card text at 12px or more', async () => {
          const small = readableTexts(el)
            .map(
              (element) => [describeElement(element), parseFloat(getComputedStyle(element).fontSize)] as const
            )
            .filter(([, size]) => size < 12);
          expect(small, 'texts smaller than 12px').to.deep.equal([]);
        });

        it('keeps every text at a contrast of 4.5:1 or more against what is behind it', async () => {
          const faint = readableTexts(el)
            .map(
              (element) => [describeElement(element), Math.round(contrastOf(element) * 100) / 100] as const
            )
            .filter(([, ratio]) => ratio < 4.5);
          expect(faint, 'texts below 4.5:1').to.deep.equal([]);
        });

        it('still lays the cards out and opens tooltips readably', async () => {
          const card = el.shadowRoot!.querySelector('[part~="card"]')!;
          expect(getComputedStyle(card).display).to.equal('flex');
          const [trigger] = await allAcronymsRendered(el);
          trigger.focus();
          await el.updateComplete;
          const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
          expect(getComputedStyle(tip).display).not.to.equal('none');
          expect(parseFloat(getComputedStyle(tip).fontSize), 'tooltip font size').to.be.at.least(12);
          expect(contrastOf(tip), 'tooltip contrast').to.be.at.least(4.5);
          trigger.blur();
        });
      });
    }
  });

  describe('when an element is connected and disconnected 1,000 times', () => {
    type Key = string;
    let listeners: Set<Key>;
    let pendingTimers: Set<number>;
    let pendingFrames: Set<number>;
    let restore: () => void;

    /** Counts the listeners on window and document, and the pending timers and frames, from now on. */
    function instrument() {
      listeners = new Set();
      pendingTimers = new Set();
      pendingFrames = new Set();
      const ids = new WeakMap<EventListenerOrEventListenerObject, number>();
      let nextId = 0;
      const keyOf = (
        target: string,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions
      ) => {
        if (!listener) return null;
        if (!ids.has(listener)) ids.set(listener, nextId++);
        const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
        return `${target} ${type} ${ids.get(listener)} ${capture}`;
      };
      const originals: Array<() => void> = [];
      for (const [name, target] of [
        ['window', window],
        ['document', document],
      ] as const) {
        const add = target.addEventListener;
        const remove = target.removeEventListener;
        target.addEventListener = function (
          this: EventTarget,
          type: string,
          listener: EventListenerOrEventListenerObject | null,
          options?: boolean | AddEventListenerOptions
        ) {
          const key = keyOf(name, type, listener, options);
          if (key) listeners.add(key);
          return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
        } as typeof add;
        target.removeEventListener = function (
          this: EventTarget,
          type: string,
          listener: EventListenerOrEventListenerObject | null,
          options?: boolean | EventListenerOptions
        ) {
          const key = keyOf(name, type, listener, options);
          if (key) listeners.delete(key);
          return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
        } as typeof remove;
        originals.push(() => {
          target.addEventListener = add;
          target.removeEventListener = remove;
        });
      }
      const {
        setTimeout: set,
        clearTimeout: clear,
        requestAnimationFrame: frame,
        cancelAnimationFrame: cancel,
      } = window;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id: number = set(
          (...inner: unknown[]) => {
            pendingTimers.delete(id);
            if (typeof handler === 'function') handler(...inner);
          },
          ms,
          ...args
        );
        pendingTimers.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) pendingTimers.delete(id);
        clear(id);
      }) as typeof window.clearTimeout;
      window.requestAnimationFrame = (callback: FrameRequestCallback) => {
        const id = frame((time) => {
          pendingFrames.delete(id);
          callback(time);
        });
        pendingFrames.add(id);
        return id;
      };
      window.cancelAnimationFrame = (id: number) => {
        pendingFrames.delete(id);
        cancel(id);
      };
      restore = () => {
        originals.forEach((undo) => undo());
        Object.assign(window, {
          setTimeout: set,
          clearTimeout: clear,
          requestAnimationFrame: frame,
          cancelAnimationFrame: cancel,
        });
      };
    }

    afterEach(() => restore?.());

    it('leaves no listener on window or document and no pending timer or frame', async function () {
      this.timeout(60000);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('scri-partners');
      container.append(el);
      const acronyms = await allAcronymsRendered(el);
      const [first, second] = acronyms;
      instrument();
      for (let cycle = 0; cycle < 1000; cycle++) {
        container.append(el);
        // Open a tooltip (which listens on window and document) and start a hover timer on another acronym.
        first.focus();
        second.dispatchEvent(
          new PointerEvent('pointerover', {pointerType: 'mouse', bubbles: true, composed: true})
        );
        if (cycle % 100 === 0) await el.updateComplete;
        el.remove();
      }
      await wait(500);
      expect([...listeners], 'listeners left on window or document').to.deep.equal([]);
      expect(pendingTimers.size, 'pending timers').to.equal(0);
      expect(pendingFrames.size, 'pending animation frames').to.equal(0);
      // It still works afterwards.
      container.append(el);
      expect((await openTooltip(acronyms[0])).shown).to.be.true;
    });

    it('aborts every load it started and leaves no timer when it is cycled while loading', async function () {
      this.timeout(30000);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      instrument();
      const el = document.createElement('scri-partners');
      el.src = `/fault/slow?ms=20000&id=cycle-${Date.now()}`;
      for (let cycle = 0; cycle < 50; cycle++) {
        container.append(el);
        await el.updateComplete;
        await wait(5);
        el.remove();
      }
      await wait(500);
      expect(pendingTimers.size, 'pending timers (fetch timeouts)').to.equal(0);
      expect([...listeners]).to.deep.equal([]);
    });

    it('lets disconnected elements be garbage-collected, and the heap stay flat', async function () {
      // A page cannot make JavaScriptCore run a full, precise collection (its stack scan is conservative), so
      // WebKit keeps some dead elements at random; the listener and timer checks above still run there.
      if (engine === 'webkit') this.skip();
      this.timeout(120000);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const memory = (performance as Performance & {memory?: {usedJSHeapSize: number}}).memory;
      // No gc() without flags: fill the old generation with garbage that survives a few tasks, so that
      // a full collection runs; repeat until `done` (a leak never gets there) or 40 rounds.
      const collect = async (done: () => boolean) => {
        for (let round = 0; round < 40 && !done(); round++) {
          let retained: number[][] | null = [];
          for (let chunk = 0; chunk < 40; chunk++) {
            retained.push(new Array(250000).fill(round));
            if (chunk % 10 === 0) await wait(0);
          }
          await wait(20);
          retained = null;
          await wait(50);
        }
      };
      let rounds = 0;
      const settle = () => collect(() => rounds++ >= 10);
      await settle();
      const before = memory?.usedJSHeapSize;
      const refs: WeakRef<ScriPartners>[] = [];
      for (let cycle = 0; cycle < 1000; cycle++) {
        const el = document.createElement('scri-partners');
        container.append(el);
        if (cycle % 10 === 0) {
          const [acronym] = await allAcronymsRendered(el);
          acronym.focus();
        }
        await el.updateComplete;
        el.remove();
        refs.push(new WeakRef(el));
      }
      const alive = () => refs.filter((ref) => ref.deref()).length;
      await collect(() => alive() <= 50);
      rounds = 0;
      await settle();
      expect(alive(), 'disconnected elements still alive after collection').to.be.at.most(50);
      if (memory && before !== undefined) {
        const grown = memory.usedJSHeapSize - before;
        expect(grown, 'bytes the heap grew over 1,000 elements').to.be.below(5 * 1024 * 1024);
      }
    });
  });

  describe('when 200 instances share one page', () => {
    it('renders every one of them in full', async function () {
      this.timeout(60000);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      let loaded = 0;
      container.addEventListener('scri-data-load', () => loaded++);
      const elements = Array.from({length: 200}, () => document.createElement('scri-partners'));
      container.append(...elements);
      await Promise.all(elements.map((el) => el.updateComplete));
      await wait(0);
      expect(loaded).to.equal(200);
      for (const el of elements) {
        expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
          'Public Sector Partners'
        );
        expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(cardCount);
      }
      const last = await allAcronymsRendered(elements[199]);
      expect((await openTooltip(last[0])).shown).to.be.true;
    });
  });

  describe('when an element is moved to another place in the document', () => {
    it('still shows its data and opens its tooltips', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <section id="a"></section>
          <aside id="b"></aside>
        </div>`
      );
      const el = document.createElement('scri-partners');
      const footer = document.createElement('p');
      footer.slot = 'footer';
      footer.innerHTML = 'Funded by <scri-acronym>NMRC</scri-acronym>.';
      el.append(footer);
      page.querySelector('#a')!.append(el);
      const [acronym] = await allAcronymsRendered(el);
      expect((await openTooltip(acronym)).shown).to.be.true;

      page.querySelector('#b')!.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(cardCount);
      expect(acronym.textContent).to.equal('SCRI');
      expect(await openTooltip(acronym)).to.deep.equal({
        shown: true,
        text: 'Singapore Clinical Research Institute',
      });

      // Into another component's shadow root.
      const other = document.createElement('div');
      page.append(other);
      other.attachShadow({mode: 'open'}).append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(cardCount);
      expect((await openTooltip(acronym)).shown).to.be.true;
      const light = el.querySelector<ScriAcronym>('scri-acronym')!;
      await light.updateComplete;
      expect(await openTooltip(light)).to.deep.equal({
        shown: true,
        text: 'National Medical Research Council',
      });
    });

    it('finishes loading src when moved while loading', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <section id="a"></section>
          <aside id="b"></aside>
        </div>`
      );
      const el = document.createElement('scri-partners');
      el.src = `/fault/slow?ms=200&id=moved`;
      page.querySelector('#a')!.append(el);
      await el.updateComplete;
      page.querySelector('#b')!.append(el);
      await new Promise((resolve) => el.addEventListener('scri-data-load', resolve, {once: true}));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Partners moved');
    });
  });
});
