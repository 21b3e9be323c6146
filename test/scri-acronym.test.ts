import {expect, html, oneEvent} from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  executeServerCommand,
  sendKeys,
  sendMouse,
  resetMouse,
} from '@web/test-runner-commands';
import '../src/index.js';
import type {ScriAcronym, ScriPartners} from '../src/index.js';
import {scriPartners} from '../src/index.js';
import {glossaryFor} from '../src/data/glossary.js';
import {crossGap, engine, leaveAndTimeClose, mount, searched, wait} from './helpers.js';

const trigger = (acronym: Element) => acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]')!;
const tooltip = (acronym: Element) => acronym.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]');
const isOpen = (acronym: Element) => {
  const tip = tooltip(acronym);
  return Boolean(tip && tip.hasAttribute('data-open') && tip.getBoundingClientRect().width > 0);
};
/** The acronyms a widget draws in its shadow root, in reading order. */
const acronymsOf = (widget: ScriPartners) => [
  ...widget.shadowRoot!.querySelectorAll<HTMLElement>('[part~="acronym"]'),
];
/** The widget's one tooltip. */
const widgetTip = (widget: ScriPartners) =>
  widget.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const widgetOpen = (widget: ScriPartners) => {
  const tip = widgetTip(widget);
  return tip.hasAttribute('data-open') && tip.getBoundingClientRect().width > 0;
};
const builtInGlossary = glossaryFor(scriPartners).entries;
/** The first occurrence of each distinct acronym that is on show, in reading order. */
const firstShown = (widget: ScriPartners) => {
  const seen = new Set<string>();
  return acronymsOf(widget).filter((acronym) => {
    if (acronym.closest('[hidden]') || seen.has(acronym.textContent!)) return false;
    seen.add(acronym.textContent!);
    return true;
  });
};
/**
 * Presses Tab from before the widget until focus reaches the button after it, checking the tooltip at every
 * acronym; returns the acronyms reached and the number of stops in the widget. Focus never leaves the page:
 * a window without focus gets no focus events in Firefox, and WebKit wraps round to the widget.
 */
async function tabThrough(widget: ScriPartners) {
  const after = widget.nextElementSibling as HTMLElement;
  expect(after.localName, 'a button after the widget').to.equal('button');
  const reached: HTMLElement[] = [];
  let stops = 0;
  for (let stop = 0; stop < 200 && document.activeElement !== after; stop++) {
    await sendKeys({press: 'Tab'});
    if (document.activeElement !== widget) continue;
    stops++;
    const focused = widget.shadowRoot!.activeElement as HTMLElement;
    if (focused.matches('[part~="acronym"]')) {
      reached.push(focused);
      expect(widgetOpen(widget), focused.textContent!).to.be.true;
      expect(widgetTip(widget).textContent, focused.textContent!).to.equal(
        builtInGlossary.get(focused.textContent!)
      );
    }
  }
  return {reached, stops};
}
/** The text right after an element, up to the next element, skipping the comment markers Lit leaves. */
const textAfter = (element: Element) => {
  let after = '';
  for (let node = element.nextSibling; node && node.nodeType !== Node.ELEMENT_NODE; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) after += node.textContent;
  }
  return after;
};
const centre = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] as [number, number];
};
const hover = async (element: Element) => {
  await sendMouse({type: 'move', position: centre(element)});
};
/** Two animation frames and a little more: the tooltip follows its acronym in an animation frame. */
const frames = async () => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await wait(50);
};
/** Asserts the tooltip sits 6 px below the acronym, or 6 px above it. */
const expectBeside = (tip: Element, anchor: Element) => {
  const t = tip.getBoundingClientRect();
  const a = anchor.getBoundingClientRect();
  const off = Math.min(Math.abs(t.top - (a.bottom + 6)), Math.abs(t.bottom - (a.top - 6)));
  expect(off, `tooltip ${t.top}–${t.bottom}, acronym ${a.top}–${a.bottom}`).to.be.below(1.5);
};
/** Past the hover delay, with time for the tooltip to render. */
const afterHoverDelay = () => wait(450);

const standalone = () =>
  mount<ScriAcronym>(
    html`<p style="margin: 100px">
      The <scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym> regulates.
    </p>`
  ).then(async (p) => {
    const acronym = p.querySelector('scri-acronym')!;
    await acronym.updateComplete;
    return acronym;
  });

describe('<scri-acronym>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('when the pointer rests on it', () => {
    it('opens the tooltip after a short delay, not at once', async () => {
      const acronym = await standalone();
      await hover(trigger(acronym));
      await wait(50);
      expect(isOpen(acronym)).to.be.false;
      await afterHoverDelay();
      expect(isOpen(acronym)).to.be.true;
      expect(tooltip(acronym)!.textContent).to.equal('Health Sciences Authority');
    });

    it('stays open while the pointer crosses the gap onto the tooltip, and closes after the leave delay', async () => {
      const acronym = await standalone();
      const tip = tooltip(acronym)!;
      // The pointer spends time between the acronym and the tooltip, so that this fails without a leave delay.
      await crossGap(acronym, tip, async () => {
        await hover(trigger(acronym));
        await afterHoverDelay();
        expect(isOpen(acronym), 'open on the acronym').to.be.true;
      });
      await wait(400);
      expect(isOpen(acronym), 'open with the pointer on the tooltip').to.be.true;
      const closedAfter = await leaveAndTimeClose(tip);
      expect(isOpen(acronym), 'open after leaving both').to.be.false;
      // The leave delay is 150 ms; a little less for the clocks' rounding.
      expect(closedAfter, 'ms from leaving the tooltip to closing').to.be.at.least(130);
    });

    it('closes once the pointer leaves both the acronym and the tooltip', async () => {
      const acronym = await standalone();
      await hover(trigger(acronym));
      await afterHoverDelay();
      await sendMouse({type: 'move', position: [5, 5]});
      await wait(400);
      expect(isOpen(acronym)).to.be.false;
    });
  });

  describe('when it gets keyboard focus', () => {
    it('opens at once, with a visible focus ring', async () => {
      const acronym = await standalone();
      await sendKeys({press: 'Tab'});
      expect(acronym.shadowRoot!.activeElement).to.equal(trigger(acronym));
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      const outline = getComputedStyle(trigger(acronym));
      expect(outline.outlineStyle).to.equal('solid');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    });

    it('closes on Escape without moving focus', async () => {
      const acronym = await standalone();
      await sendKeys({press: 'Tab'});
      await acronym.updateComplete;
      await sendKeys({press: 'Escape'});
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.false;
      expect(acronym.shadowRoot!.activeElement).to.equal(trigger(acronym));
    });

    it('closes when focus moves on', async () => {
      const p = await mount(
        html`<p>
          <scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym>
          <a href="#next">next</a>
        </p>`
      );
      const acronym = p.querySelector('scri-acronym')!;
      await sendKeys({press: 'Tab'});
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      await sendKeys({press: 'Tab'});
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.false;
    });
  });

  describe('when its tooltip is open inside a modal <dialog>', () => {
    it('closes the tooltip on Escape and leaves the dialog open; a second Escape closes the dialog', async () => {
      const dialog = await mount<HTMLDialogElement>(
        html`<dialog>
          <p>The <scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym> regulates.</p>
          <button type="button">OK</button>
        </dialog>`
      );
      const acronym = dialog.querySelector('scri-acronym')!;
      await acronym.updateComplete;
      const closes: string[] = [];
      dialog.addEventListener('close', () => closes.push('close'));
      dialog.showModal();
      trigger(acronym).focus();
      await acronym.updateComplete;
      expect(isOpen(acronym), 'open before Escape').to.be.true;

      await sendKeys({press: 'Escape'});
      await acronym.updateComplete;
      expect(isOpen(acronym), 'open after the first Escape').to.be.false;
      // A dialog's close request is handled while the key is processed; give its close event a task to fire.
      await wait(0);
      expect(dialog.open, 'dialog open after the first Escape').to.be.true;
      expect(closes).to.deep.equal([]);

      const closed = oneEvent(dialog, 'close');
      await sendKeys({press: 'Escape'});
      await closed;
      expect(dialog.open).to.be.false;
    });
  });

  describe('when the pointer hovers an acronym and Escape is pressed', () => {
    it('closes the tooltip without moving the pointer or focus', async () => {
      const acronym = await standalone();
      const before = document.activeElement;
      await hover(trigger(acronym));
      await afterHoverDelay();
      await sendKeys({press: 'Escape'});
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.false;
      expect(document.activeElement).to.equal(before);
    });
  });

  describe('when a second tooltip opens', () => {
    it('closes the first: one tooltip at a time on the page', async () => {
      const p = await mount(
        html`<p style="margin: 80px">
          <scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym> and
          <scri-acronym expansion="National Medical Research Council">NMRC</scri-acronym>
        </p>`
      );
      const [first, second] = p.querySelectorAll('scri-acronym');
      await sendKeys({press: 'Tab'});
      await first.updateComplete;
      expect(isOpen(first)).to.be.true;
      await hover(trigger(second));
      await afterHoverDelay();
      expect(isOpen(second)).to.be.true;
      expect(isOpen(first)).to.be.false;
    });
  });

  describe('when tapped on a touch screen', () => {
    it('opens on a real tap and closes on a real tap elsewhere', async function () {
      // Real touch input goes through the DevTools Protocol: Chromium only. (Desktop Firefox over WebDriver BiDi
      // makes no click from a touch action, and WebKit's driver has none.) The synthetic test below runs everywhere.
      if (engine !== 'chromium') this.skip();
      const acronym = await standalone();
      const [x, y] = centre(trigger(acronym));
      await executeServerCommand('tap', {x, y});
      await wait(50);
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      await executeServerCommand('tap', {x: 2, y: 2});
      await wait(50);
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.false;
    });

    it('opens on a synthetic touch tap and closes on one elsewhere (every engine)', async () => {
      const acronym = await standalone();
      const target = trigger(acronym);
      const [x, y] = centre(target);
      const touch = {
        pointerType: 'touch',
        bubbles: true,
        composed: true,
        clientX: x,
        clientY: y,
        isPrimary: true,
      };
      target.dispatchEvent(new PointerEvent('pointerdown', touch));
      target.dispatchEvent(new PointerEvent('pointerup', touch));
      target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, clientX: x, clientY: y}));
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      document.body.dispatchEvent(new PointerEvent('pointerdown', {...touch, clientX: 2, clientY: 2}));
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.false;
    });

    it('does not open from the touch pointer entering it (no sticky hover)', async () => {
      const acronym = await standalone();
      trigger(acronym).dispatchEvent(new PointerEvent('pointerenter', {pointerType: 'touch'}));
      await wait(450);
      expect(isOpen(acronym)).to.be.false;
    });
  });

  describe('for screen readers', () => {
    it('gives the acronym its expansion as its accessible description', async function () {
      // The accessibility tree is read through the Chrome DevTools Protocol.
      if (engine !== 'chromium') this.skip();
      await standalone();
      await sendKeys({press: 'Tab'});
      const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
      const node = findNode(snapshot, (n) => n.description === 'Health Sciences Authority');
      expect(node, JSON.stringify(snapshot)).to.exist;
      expect(node!.focused).to.be.true;
    });

    it('passes the automated accessibility checks with the tooltip open', async () => {
      const acronym = await standalone();
      await sendKeys({press: 'Tab'});
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      await expect(acronym.parentElement).to.be.accessible();
    });
  });

  describe('when it has no expansion and no glossary', () => {
    it('renders the plain acronym: no tooltip, not focusable, no error', async () => {
      const p = await mount(html`<p><scri-acronym>XYZ</scri-acronym></p>`);
      const acronym = p.querySelector('scri-acronym')!;
      await acronym.updateComplete;
      expect(tooltip(acronym)).to.be.null;
      expect(acronym.shadowRoot!.querySelector('[tabindex]')).to.be.null;
      expect(acronym.textContent).to.equal('XYZ');
    });
  });

  describe('when the tooltip opens', () => {
    it('fires scri-acronym-show with the acronym and expansion, bubbling and composed', async () => {
      const acronym = await standalone();
      const event = oneEvent(document, 'scri-acronym-show');
      trigger(acronym).focus();
      const {detail, bubbles, composed} = await event;
      expect(detail).to.deep.equal({acronym: 'HSA', expansion: 'Health Sciences Authority'});
      expect(bubbles && composed).to.be.true;
    });
  });

  describe('when the widget sits in a 120px box with overflow hidden', () => {
    it('shows the whole tooltip, outside the box', async () => {
      // An acronym in the first line, so that it is inside the box's visible area.
      const data = {
        title: 'Partners',
        intro: ['Run with HSA.'],
        groups: [
          {
            id: 'g',
            title: 'G',
            partners: [
              {id: 'hsa', name: 'Health Sciences Authority', acronym: 'HSA', description: 'Regulator.'},
            ],
          },
        ],
      };
      const box = await mount(
        html`<div style="width: 120px; height: 200px; overflow: hidden; contain: paint; margin: 40px">
          <scri-partners .data=${data}></scri-partners>
        </div>`
      );
      const widget = box.querySelector<ScriPartners>('scri-partners')!;
      await widget.updateComplete;
      acronymsOf(widget)[0].focus();
      expect(widgetOpen(widget)).to.be.true;
      const tip = widgetTip(widget);
      const rect = tip.getBoundingClientRect();
      expect(rect.width).to.be.greaterThan(120);
      // The tooltip paints on top at a point outside the clipping box.
      const outside = box.getBoundingClientRect().right + 5;
      const probeX = Math.min(rect.right - 2, outside);
      expect(probeX).to.be.greaterThan(box.getBoundingClientRect().right);
      expect(widget.shadowRoot!.elementFromPoint(probeX, rect.top + rect.height / 2)).to.equal(tip);
    });
  });

  describe('when the acronym is at an edge of the viewport', () => {
    const corners = {
      'top left': 'top: 0; left: 0',
      'top right': 'top: 0; right: 0',
      'bottom left': 'bottom: 0; left: 0',
      'bottom right': 'bottom: 0; right: 0',
    };
    for (const [name, style] of Object.entries(corners)) {
      it(`keeps the tooltip inside the viewport (${name})`, async () => {
        const acronym = await mount<ScriAcronym>(
          html`<scri-acronym
            style="position: fixed; ${style}"
            expansion="Consortium for Clinical Research and Innovation, Singapore"
            >CRIS</scri-acronym
          >`
        );
        trigger(acronym).focus();
        await acronym.updateComplete;
        const rect = tooltip(acronym)!.getBoundingClientRect();
        expect(rect.left).to.be.at.least(0);
        expect(rect.top).to.be.at.least(0);
        expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
        expect(rect.bottom).to.be.at.most(document.documentElement.clientHeight);
        const anchor = trigger(acronym).getBoundingClientRect();
        // Never covers the acronym it explains.
        expect(rect.bottom <= anchor.top || rect.top >= anchor.bottom).to.be.true;
      });
    }
  });

  describe('expand-acronyms', () => {
    it('writes every expansion inline, once, instead of showing tooltips', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners expand-acronyms></scri-partners>`);
      const acronyms = acronymsOf(widget);
      expect(acronyms.length).to.be.greaterThan(20);
      const hsa = acronyms.find((a) => a.textContent === 'HSA')!;
      const text = (hsa.closest('p') as HTMLElement).innerText;
      expect(text).to.contain('HSA (Health Sciences Authority)');
      expect(text.split('(Health Sciences Authority)')).to.have.length(2);
      for (const acronym of acronyms) {
        const after = textAfter(acronym);
        expect(after.startsWith(` (${builtInGlossary.get(acronym.textContent!)})`), after).to.be.true;
        expect(acronym.hasAttribute('tabindex'), acronym.textContent!).to.be.false;
        acronym.click();
        acronym.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
        expect(widgetOpen(widget), acronym.textContent!).to.be.false;
      }
    });

    it('never repeats a full name the text already gives just before the acronym', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners expand-acronyms></scri-partners>`);
      for (const acronym of acronymsOf(widget)) {
        // The text just before it, skipping the comment markers Lit leaves between parts.
        let before = '';
        for (
          let node = acronym.previousSibling;
          node && node.nodeType !== Node.ELEMENT_NODE;
          node = node.previousSibling
        ) {
          if (node.nodeType === Node.TEXT_NODE) before = node.textContent + before;
        }
        expect(before.endsWith(`${builtInGlossary.get(acronym.textContent!)} (`), acronym.textContent!).to.be
          .false;
      }
    });

    it('is set by the visible "Show full names" toggle, which closes an open tooltip', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const toggle = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Show full names');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      acronymsOf(widget)[0].click();
      expect(widgetOpen(widget)).to.be.true;
      toggle.click();
      await widget.updateComplete;
      expect(widget.hasAttribute('expand-acronyms')).to.be.true;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(widgetOpen(widget), 'the tooltip open before the toggle').to.be.false;
      const [acronym] = acronymsOf(widget);
      acronym.click();
      expect(widgetOpen(widget)).to.be.false;
      expect(acronym.hasAttribute('tabindex')).to.be.false;
    });
  });

  describe('when there is a glossary but no expansion attribute', () => {
    it('takes the expansion from the enclosing <scri-partners>', async () => {
      const widget = await mount<ScriPartners>(
        html`<scri-partners
          ><span slot="footer"><scri-acronym>IIT</scri-acronym></span></scri-partners
        >`
      );
      const acronym = widget.querySelector<ScriAcronym>('scri-acronym')!;
      await acronym.updateComplete;
      trigger(acronym).focus();
      await acronym.updateComplete;
      expect(isOpen(acronym)).to.be.true;
      expect(tooltip(acronym)!.textContent).to.equal('Investigator-Initiated Trials');
    });
  });

  describe('when a keyboard user tabs through <scri-partners>', () => {
    it('stops once at each distinct acronym, at its first occurrence, in reading order', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div><scri-partners></scri-partners><button type="button">After</button></div>`
      );
      const widget = page.querySelector('scri-partners')!;
      await widget.updateComplete;
      const acronyms = acronymsOf(widget);
      const distinct = new Set(acronyms.map((a) => a.textContent));
      expect(acronyms.length).to.be.greaterThan(30);
      const {reached, stops} = await tabThrough(widget);
      expect(document.activeElement, 'focus after the widget').to.equal(page.querySelector('button'));
      expect(reached.map((a) => a.textContent)).to.deep.equal([...distinct]);
      expect(reached).to.deep.equal(firstShown(widget));
      // Every other stop: the links and the "Show full names" toggle.
      const others = widget.shadowRoot!.querySelectorAll('a[href], button').length;
      expect(stops).to.equal(distinct.size + others);
      expect(stops).to.be.below(30);
    });

    it('stops at the first occurrence still on show while a search hides the first one', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div><scri-partners searchable></scri-partners><button type="button">After</button></div>`
      );
      const widget = page.querySelector('scri-partners')!;
      await widget.updateComplete;
      const hsaCard = acronymsOf(widget)[0].closest('[part~="card"]')!;
      expect(acronymsOf(widget)[0].textContent, 'the first acronym of all').to.equal('SCRI');
      widget.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();
      await sendKeys({type: 'nus'});
      await searched(widget);
      expect(hsaCard.hasAttribute('hidden'), 'the search hid the first SCRI').to.be.true;
      const shown = firstShown(widget);
      const scri = shown.find((a) => a.textContent === 'SCRI')!;
      expect(scri).not.to.equal(acronymsOf(widget)[0]);
      widget.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.blur();
      document.body.focus();
      const {reached} = await tabThrough(widget);
      expect(reached).to.deep.equal(shown);
      expect(reached).to.include(scri);
    });
  });

  describe('when the page scrolls', () => {
    it('moves the open tooltip with its acronym, and leaves a closed one where it is', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div>
          <scri-partners></scri-partners>
          <div style="height: 3000px"></div>
        </div>`
      );
      const widget = page.querySelector('scri-partners')!;
      await widget.updateComplete;
      const [acronym] = acronymsOf(widget);
      const tip = widgetTip(widget);
      try {
        acronym.focus();
        await frames();
        expect(widgetOpen(widget), 'open on focus').to.be.true;
        const before = acronym.getBoundingClientRect().top;
        const tipBefore = tip.getBoundingClientRect().top;
        scrollBy(0, 60);
        await frames();
        expect(before - acronym.getBoundingClientRect().top, 'the acronym scrolled').to.be.closeTo(60, 1);
        expect(widgetOpen(widget), 'open after scrolling').to.be.true;
        expect(tipBefore - tip.getBoundingClientRect().top, 'the tooltip moved with it').to.be.closeTo(60, 1);
        expectBeside(tip, acronym);

        acronym.blur();
        expect(widgetOpen(widget), 'open after blur').to.be.false;
        const placed = [tip.style.top, tip.style.left];
        scrollBy(0, 60);
        await frames();
        expect(widgetOpen(widget), 'open after scrolling while closed').to.be.false;
        expect([tip.style.top, tip.style.left], 'the closed tooltip placed again').to.deep.equal(placed);
      } finally {
        scrollTo(0, 0);
      }
    });
  });

  describe('when motion is reduced', () => {
    it('opens the tooltip without any transition', async function () {
      // Media emulation goes through the Chrome DevTools Protocol.
      if (engine !== 'chromium') this.skip();
      const acronym = await standalone();
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        trigger(acronym).focus();
        await acronym.updateComplete;
        expect(isOpen(acronym)).to.be.true;
        for (const element of [tooltip(acronym)!, trigger(acronym)]) {
          const style = getComputedStyle(element);
          expect(style.transitionDuration.split(/,\s*/), element.className).to.satisfy((all: string[]) =>
            all.every((duration) => duration === '0s')
          );
          expect(style.animationName, element.className).to.equal('none');
        }
        expect(tooltip(acronym)!.getAnimations()).to.deep.equal([]);
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });
  });
});

interface AXNode {
  role?: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AXNode[];
}

function findNode(node: AXNode, match: (node: AXNode) => boolean): AXNode | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}
