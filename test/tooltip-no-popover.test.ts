import {expect, html} from '@open-wc/testing';
import type {ScriAcronym, ScriPartners} from '../src/index.js';
import {mount, wait} from './helpers.js';

// Issue 14, defect 7: the tooltip without popover (older Safari and Firefox), where it is not in the top layer
// but a `position: fixed` element in the page. Every engine this suite runs has popover, so this file takes it
// away before the components load: they decide once, when their module runs. Static imports are hoisted, so the
// components are imported in before(), after the methods are gone. Each test file has a page of its own.

const popoverMethods = ['showPopover', 'hidePopover', 'togglePopover'] as const;

const open = (tip: HTMLElement | null | undefined) =>
  Boolean(tip && tip.hasAttribute('data-open') && tip.getBoundingClientRect().width > 0);
const trigger = (acronym: ScriAcronym) => acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]')!;
const tooltip = (acronym: ScriAcronym) => acronym.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const settled = async () => {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await wait(50);
};

/** Asserts the tooltip sits 6 px below (or above) the acronym, centred on it unless the viewport edge is near. */
function expectNextTo(tip: HTMLElement, anchor: Element) {
  const t = tip.getBoundingClientRect();
  const a = anchor.getBoundingClientRect();
  const where = `tooltip at (${t.left.toFixed(1)}, ${t.top.toFixed(1)})–(${t.right.toFixed(1)}, ${t.bottom.toFixed(1)}), acronym at (${a.left.toFixed(1)}, ${a.top.toFixed(1)})–(${a.right.toFixed(1)}, ${a.bottom.toFixed(1)})`;
  const vertical = Math.min(Math.abs(t.top - (a.bottom + 6)), Math.abs(t.bottom - (a.top - 6)));
  expect(vertical, `6 px below or above: ${where}`).to.be.below(1.5);
  const centred = Math.abs(t.left + t.width / 2 - (a.left + a.width / 2));
  const atEdge =
    Math.abs(t.left - 6) < 1.5 || Math.abs(t.right - (document.documentElement.clientWidth - 6)) < 1.5;
  expect(centred < 1.5 || atEdge, `centred on the acronym: ${where}`).to.be.true;
}

describe('without popover support (issue 14, defect 7)', () => {
  before(async () => {
    for (const name of popoverMethods) Reflect.deleteProperty(HTMLElement.prototype, name);
    await import('../src/index.js');
  });

  it('runs the components without popover', async () => {
    expect(popoverMethods.filter((name) => name in HTMLElement.prototype)).to.deep.equal([]);
    const acronym = await mount<ScriAcronym>(
      html`<scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym>`
    );
    await acronym.updateComplete;
    expect(tooltip(acronym).hasAttribute('popover')).to.be.false;
  });

  describe('when a <scri-acronym> under a transformed ancestor shows its tooltip', () => {
    it('places the tooltip next to its acronym', async () => {
      const box = await mount<HTMLDivElement>(
        html`<div style="transform: translate(100px, 50px); margin: 40px; width: 400px">
          <p>The <scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym> regulates.</p>
        </div>`
      );
      const acronym = box.querySelector('scri-acronym')!;
      await acronym.updateComplete;
      trigger(acronym).focus();
      await settled();
      expect(open(tooltip(acronym)), 'open on focus').to.be.true;
      expectNextTo(tooltip(acronym), trigger(acronym));
    });
  });

  describe('when <scri-partners> under a transformed ancestor shows a tooltip', () => {
    it('places the tooltip next to its acronym', async () => {
      const box = await mount<HTMLDivElement>(
        html`<div style="transform: translateX(150px); margin: 40px; width: 400px">
          <scri-partners
            .data=${{
              title: 'Partners',
              intro: ['Run with HSA.'],
              groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'A partner.'}]}],
              glossary: {HSA: 'Health Sciences Authority'},
            }}
          ></scri-partners>
        </div>`
      );
      const widget = box.querySelector<ScriPartners>('scri-partners')!;
      await widget.updateComplete;
      const acronym = widget.shadowRoot!.querySelector<HTMLElement>('[part~="acronym"]')!;
      acronym.focus();
      await settled();
      const tip = widget.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
      expect(open(tip), 'open on focus').to.be.true;
      expectNextTo(tip, acronym);
    });
  });

  describe('when the tooltip is open', () => {
    it('stacks it above the page’s own layers: its z-index is not auto', async () => {
      const acronym = await mount<ScriAcronym>(
        html`<scri-acronym expansion="Health Sciences Authority">HSA</scri-acronym>`
      );
      await acronym.updateComplete;
      trigger(acronym).focus();
      expect(open(tooltip(acronym)), 'open on focus').to.be.true;
      expect(getComputedStyle(tooltip(acronym)).zIndex).not.to.equal('auto');
    });
  });
});
