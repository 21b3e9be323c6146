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
import {crossGap, engine, leaveAndTimeClose, mount, wait} from './helpers.js';

// The acronyms that <scri-partners> draws in its own shadow root, and the one tooltip they share.

const acronymsOf = (widget: ScriPartners) => [
  ...widget.shadowRoot!.querySelectorAll<HTMLElement>('[part~="acronym"]'),
];
const tipOf = (widget: ScriPartners) => widget.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const isOpen = (widget: ScriPartners) => {
  const tip = tipOf(widget);
  return tip.hasAttribute('data-open') && tip.getBoundingClientRect().width > 0;
};
/** The second occurrence of SCRI: not a tab stop, but a tooltip like the first. */
const repeated = (widget: ScriPartners) => acronymsOf(widget).filter((a) => a.textContent === 'SCRI')[1];
const centre = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] as [number, number];
};
const scri = 'Singapore Clinical Research Institute';

describe('acronyms in <scri-partners>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('are elements of its own shadow root, with one tooltip for all of them', async () => {
    const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
    const acronyms = acronymsOf(widget);
    expect(acronyms.length).to.be.greaterThan(30);
    expect(widget.shadowRoot!.querySelectorAll('scri-acronym')).to.have.length(0);
    for (const acronym of acronyms) {
      expect(acronym.shadowRoot, acronym.textContent!).to.be.null;
      expect(acronym.localName).to.equal('abbr');
    }
    const tips = widget.shadowRoot!.querySelectorAll('[role="tooltip"]');
    expect(tips).to.have.length(1);
    expect(tips[0].getAttribute('part')).to.equal('tooltip');
    if ('showPopover' in HTMLElement.prototype) expect(tips[0].getAttribute('popover')).to.equal('manual');
  });

  describe('when the pointer rests on an occurrence that is not a tab stop', () => {
    it('opens the tooltip after a short delay, keeps it open across the gap onto the tooltip, and closes it after the leave delay', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const acronym = repeated(widget);
      expect(acronym.hasAttribute('tabindex')).to.be.false;
      acronym.scrollIntoView({block: 'center'});
      // The pointer spends time between the acronym and the tooltip, so that this fails without a leave delay.
      await crossGap(acronym, tipOf(widget), async () => {
        const movedAt = performance.now();
        await sendMouse({type: 'move', position: centre(acronym)});
        await wait(50);
        // Only while the hover delay (300 ms) cannot have run out, by the page's clock, on a loaded machine too.
        if (performance.now() - movedAt < 280) expect(isOpen(widget), 'open at once').to.be.false;
        await wait(400);
        expect(isOpen(widget), 'open after the delay').to.be.true;
        expect(tipOf(widget).textContent).to.equal(scri);
      });
      await wait(400);
      expect(isOpen(widget), 'open with the pointer on the tooltip').to.be.true;
      const closedAfter = await leaveAndTimeClose(tipOf(widget));
      expect(isOpen(widget), 'open after leaving').to.be.false;
      // The leave delay is 150 ms; a little less for the clocks' rounding.
      expect(closedAfter, 'ms from leaving the tooltip to closing').to.be.at.least(130);
    });
  });

  describe('when an occurrence that is not a tab stop is tapped', () => {
    it('opens on a synthetic touch tap and closes on one elsewhere (every engine)', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const acronym = repeated(widget);
      const touch = {pointerType: 'touch', bubbles: true, composed: true, isPrimary: true};
      acronym.dispatchEvent(new PointerEvent('pointerover', touch));
      acronym.dispatchEvent(new PointerEvent('pointerdown', touch));
      acronym.dispatchEvent(new PointerEvent('pointerup', touch));
      acronym.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      expect(isOpen(widget)).to.be.true;
      expect(tipOf(widget).textContent).to.equal(scri);
      document.body.dispatchEvent(new PointerEvent('pointerdown', touch));
      expect(isOpen(widget)).to.be.false;
    });

    it('opens on a real tap and closes on a real tap elsewhere', async function () {
      // Real touch input goes through the DevTools Protocol: Chromium only.
      if (engine !== 'chromium') this.skip();
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const acronym = repeated(widget);
      acronym.scrollIntoView({block: 'center'});
      const [x, y] = centre(acronym);
      await executeServerCommand('tap', {x, y});
      await wait(50);
      expect(isOpen(widget)).to.be.true;
      await executeServerCommand('tap', {x: 2, y: 2});
      await wait(50);
      expect(isOpen(widget)).to.be.false;
    });
  });

  describe('for screen readers', () => {
    it('describes the tab stop and every repeat by the expansion', async function () {
      // The accessibility tree is read through the Chrome DevTools Protocol.
      if (engine !== 'chromium') this.skip();
      const widget = await mount<ScriPartners>(
        html`<scri-partners
          .data=${{
            title: 'Partners',
            intro: ['SCRI and SCRI.'],
            groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'With SCRI.'}]}],
            glossary: {SCRI: scri},
          }}
        ></scri-partners>`
      );
      const acronyms = acronymsOf(widget);
      expect(acronyms).to.have.length(3);
      acronyms[0].focus();
      const focused = findAll((await a11ySnapshot({})) as unknown as AXNode, (n) => Boolean(n.focused));
      expect(focused.map((n) => [n.name, n.description])).to.deep.equal([['SCRI', scri]]);
      const snapshot = (await executeServerCommand('a11y-full-snapshot')) as AXNode;
      const described = findAll(snapshot, (n) => n.description === scri && (n.name || textOf(n)) === 'SCRI');
      expect(described, JSON.stringify(snapshot)).to.have.length(3);
      // The description lives in the same tree as each occurrence; the tooltip is not needed for it.
      for (const acronym of acronyms) {
        const id = acronym.getAttribute('aria-describedby')!;
        expect(widget.shadowRoot!.getElementById(id)!.textContent).to.equal(scri);
      }
    });

    it('passes the automated accessibility checks with the tooltip open', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      acronymsOf(widget)[0].focus();
      expect(isOpen(widget)).to.be.true;
      await expect(widget).to.be.accessible();
    });
  });

  describe('when a tooltip opens', () => {
    it('fires scri-acronym-show from the widget with the acronym and expansion', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const event = oneEvent(document, 'scri-acronym-show');
      repeated(widget).click();
      const shown = await event;
      expect(shown.detail).to.deep.equal({acronym: 'SCRI', expansion: scri});
      expect(shown.bubbles && shown.composed).to.be.true;
      expect(shown.target).to.equal(widget);
    });

    it('closes any other tooltip on the page: in another widget or a standalone <scri-acronym>', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div>
          <p><scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym></p>
          <scri-partners id="a"></scri-partners>
          <scri-partners id="b"></scri-partners>
        </div>`
      );
      const standalone = page.querySelector<ScriAcronym>('scri-acronym')!;
      const [a, b] = page.querySelectorAll<ScriPartners>('scri-partners');
      const standaloneTip = () => standalone.shadowRoot!.querySelector('[part="tooltip"]')!;
      standalone.show();
      expect(standaloneTip().hasAttribute('data-open')).to.be.true;
      acronymsOf(a)[0].focus();
      expect(standaloneTip().hasAttribute('data-open'), 'the standalone acronym').to.be.false;
      expect(isOpen(a)).to.be.true;
      repeated(b).click();
      expect(isOpen(a), 'the first widget').to.be.false;
      expect(isOpen(b)).to.be.true;
      standalone.show();
      expect(isOpen(b), 'the second widget').to.be.false;
      standalone.hide();
    });
  });

  describe('inside a modal <dialog>', () => {
    it('closes the tooltip on Escape and leaves the dialog open and the focus where it was', async () => {
      const dialog = await mount<HTMLDialogElement>(html`<dialog><scri-partners></scri-partners></dialog>`);
      const widget = dialog.querySelector('scri-partners')!;
      dialog.showModal();
      const [acronym] = acronymsOf(widget);
      acronym.focus();
      expect(isOpen(widget)).to.be.true;
      await sendKeys({press: 'Escape'});
      expect(isOpen(widget)).to.be.false;
      await wait(0);
      expect(dialog.open, 'the dialog after Escape').to.be.true;
      expect(widget.shadowRoot!.activeElement).to.equal(acronym);
      dialog.close();
    });
  });

  describe('when the widget sits in a corner of the viewport', () => {
    it('keeps the tooltip on screen, above the acronym', async () => {
      const box = await mount<HTMLDivElement>(
        html`<div style="position: fixed; right: 0; bottom: 0; width: 200px">
          <scri-partners
            .data=${{
              title: 'T',
              intro: [],
              groups: [
                {id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'Ends with SCRI'}]},
              ],
              closing: ['And CRIS'],
              glossary: {SCRI: scri, CRIS: 'Consortium for Clinical Research and Innovation, Singapore'},
            }}
          ></scri-partners>
        </div>`
      );
      const widget = box.querySelector('scri-partners')!;
      await widget.updateComplete;
      const acronym = acronymsOf(widget).at(-1)!;
      acronym.focus();
      const rect = tipOf(widget).getBoundingClientRect();
      const anchor = acronym.getBoundingClientRect();
      expect(rect.right).to.be.at.most(document.documentElement.clientWidth);
      expect(rect.bottom).to.be.at.most(anchor.top);
      expect(rect.left).to.be.at.least(0);
    });
  });

  describe('theming', () => {
    it('lets the host page style the acronyms and the tooltip through ::part', async () => {
      const style = document.createElement('style');
      style.textContent = `
        scri-partners::part(acronym) { color: rgb(1, 2, 3); }
        scri-partners::part(tooltip) { background-color: rgb(4, 5, 6); }
      `;
      document.head.append(style);
      try {
        const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
        const [acronym] = acronymsOf(widget);
        expect(getComputedStyle(acronym).color).to.equal('rgb(1, 2, 3)');
        acronym.focus();
        expect(getComputedStyle(tipOf(widget)).backgroundColor).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });
  });

  describe('at 200% text size', () => {
    it('draws the tooltip text twice as large, never below 12px', async () => {
      const box = await mount<HTMLDivElement>(
        html`<div style="font-size: 200%"><scri-partners></scri-partners></div>`
      );
      const widget = box.querySelector('scri-partners')!;
      await widget.updateComplete;
      acronymsOf(widget)[0].focus();
      expect(parseFloat(getComputedStyle(tipOf(widget)).fontSize)).to.be.at.least(27);
    });
  });

  describe('when printed', () => {
    it('writes every expansion after its acronym and hides the tooltip', async function () {
      // Media emulation goes through the Chrome DevTools Protocol.
      if (engine !== 'chromium') this.skip();
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const acronyms = acronymsOf(widget);
      acronyms[0].focus();
      expect(getComputedStyle(acronyms[0], '::after').content, 'on screen').to.equal('none');
      await emulateMedia({media: 'print'});
      try {
        expect(getComputedStyle(tipOf(widget)).display).to.equal('none');
        for (const acronym of acronyms) {
          expect(getComputedStyle(acronym, '::after').content, acronym.textContent!).to.contain(
            ` (${acronym.dataset.expansion})`
          );
        }
        expect(repeated(widget).dataset.expansion).to.equal(scri);
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  describe('when motion is reduced', () => {
    it('opens the tooltip without any transition', async function () {
      if (engine !== 'chromium') this.skip();
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        acronymsOf(widget)[0].focus();
        expect(isOpen(widget)).to.be.true;
        const style = getComputedStyle(tipOf(widget));
        expect(style.transitionDuration.split(/,\s*/).every((d) => d === '0s')).to.be.true;
        expect(style.animationName).to.equal('none');
        expect(tipOf(widget).getAnimations()).to.deep.equal([]);
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

/** The text of a node's StaticText descendants. */
const textOf = (node: AXNode): string =>
  node.role === 'StaticText' ? (node.name ?? '') : (node.children ?? []).map(textOf).join('');

function findAll(node: AXNode, match: (node: AXNode) => boolean): AXNode[] {
  return [...(match(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, match))];
}
