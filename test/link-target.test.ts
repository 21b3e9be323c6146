import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import type {ScriPartners} from '../src/index.js';
import {renderStaticHtml} from '../src/data/static-html.js';
import type {PartnersData} from '../src/data/types.js';
import './helpers.js';
import {mount, wait} from './helpers.js';

// Links to a partner or group (#scri-partner-<id>, #scri-group-<id>) as a visitor follows them: each page is a
// real document in a frame whose URL carries the hash, so the browser's own fragment navigation runs too.

const partner = (id: string, name: string) => ({id, name, description: `${name} works with SCRI.`});
const data: PartnersData = {
  title: 'Our partners',
  intro: ['SCRI works with these agencies.'],
  groups: [
    {
      id: 'regulators',
      title: 'Regulators',
      partners: [partner('hsa', 'Health Sciences Authority'), partner('moh', 'Ministry of Health')],
    },
    {
      id: 'funders',
      title: 'Funders',
      partners: [
        partner('a-star', 'Agency for Science, Technology and Research'),
        {...partner('nmrc', 'National Medical Research Council'), acronym: 'NMRC'},
        partner('nrf', 'National Research Foundation'),
      ],
    },
  ],
};

const json = JSON.stringify(data).replace(/</g, '\\u003c');
const inlineJson = `<script type="application/json">${json}</script>`;
const script = '<script type="module" src="/src/define.ts"></script>';
// Tall enough that every target starts below the frame's fold.
const spacer = '<div id="nmrc" style="height: 1200px">The host page’s own NMRC section.</div>';

let pages = 0;

/** Serves `body` as a page and opens it in a 600×400 frame at `hash`; resolves when the page has loaded. */
async function openPage(body: string, hash = ''): Promise<Window> {
  const key = `link-page-${Date.now()}-${pages++}`;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin: 0">${body}</body></html>`;
  await fetch(`/fault/store/${key}`, {method: 'POST', body: page});
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 400px; border: 0';
  frame.src = `/fault/page/${key}${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const widgetIn = (page: Window) => page.document.querySelector<ScriPartners>('scri-partners')!;
const rendered = (page: Window, id: string) => widgetIn(page).shadowRoot?.getElementById(id) ?? null;

/** Whether `element`'s top edge is inside its page's viewport. */
const inView = (element: Element) => {
  const {top} = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView!;
  return top >= -1 && top < view.innerHeight;
};

/** Waits until the widget in `page` shows `id` as the target: scrolled into view, marked and focused. */
async function landed(page: Window, id: string, part: 'card-target' | 'group-target' = 'card-target') {
  await waitUntil(() => rendered(page, id)?.part.contains(part), `#${id} never became the target`, {
    timeout: 10000,
  });
  const target = rendered(page, id)!;
  const heading = target.querySelector('h2, h3, h4, h5, h6')!;
  await waitUntil(
    () => widgetIn(page).shadowRoot!.activeElement === heading,
    `focus never reached #${id}'s heading`
  );
  expect(inView(target), `#${id} in view (top ${target.getBoundingClientRect().top})`).to.equal(true);
  expect(page.document.activeElement, 'the widget holds the focus').to.equal(widgetIn(page));
  expect(heading.getAttribute('tabindex')).to.equal('-1');
  return {target, heading};
}

describe('links to a partner', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  describe('when the page opens with #scri-partner-<id>', () => {
    it('scrolls to the card, marks it as the target and focuses its name', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners>${inlineJson}</scri-partners>${script}`,
        '#scri-partner-nmrc'
      );
      const {target, heading} = await landed(page, 'scri-partner-nmrc');
      expect(heading.textContent).to.contain('National Medical Research Council');
      expect(page.getComputedStyle(target).outlineStyle, 'a visible outline').to.equal('solid');
      // No layout shift after the first scroll: the card stays where it landed.
      const top = target.getBoundingClientRect().top;
      await wait(500);
      expect(target.getBoundingClientRect().top).to.equal(top);
      expect(page.scrollY).to.be.greaterThan(0);
    });

    it('scrolls to a group with #scri-group-<id>', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners>${inlineJson}</scri-partners>${script}`,
        '#scri-group-funders'
      );
      const {heading} = await landed(page, 'scri-group-funders', 'group-target');
      expect(heading.textContent).to.equal('Funders');
    });
  });

  describe('when scripts are off', () => {
    it('the static markup’s own ids take the browser to the card', async () => {
      const page = await openPage(`${spacer}${renderStaticHtml(data)}`, '#scri-partner-nmrc');
      const card = page.document.getElementById('scri-partner-nmrc')!;
      expect(card.getAttribute('data-partner')).to.equal('nmrc');
      await waitUntil(() => inView(card), 'the browser never scrolled to the static card');
    });
  });

  describe('when the script arrives after the page has scrolled to the static markup', () => {
    it('lands on the widget’s card once it upgrades', async function () {
      this.timeout(30000);
      const page = await openPage(`${spacer}${renderStaticHtml(data)}`, '#scri-partner-nmrc');
      const card = page.document.getElementById('scri-partner-nmrc')!;
      await waitUntil(() => inView(card), 'the browser never scrolled to the static card');
      page.scrollTo(0, 0);
      const late = page.document.createElement('script');
      late.type = 'module';
      late.src = '/src/define.ts';
      page.document.body.append(late);
      await landed(page, 'scri-partner-nmrc');
    });
  });

  describe('when the data comes from src and is still loading', () => {
    it('lands on the card once the data renders', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners src="/fault/slow?ms=800&id=link"></scri-partners>${script}`,
        '#scri-partner-hsa'
      );
      await waitUntil(() => widgetIn(page).shadowRoot?.querySelector('[role="status"]'), 'never rendered', {
        timeout: 10000,
      });
      expect(rendered(page, 'scri-partner-hsa'), 'no card while loading').to.equal(null);
      await landed(page, 'scri-partner-hsa');
    });
  });

  describe('when the hash changes on the page', () => {
    it('lands on the new target, and the old one is no longer marked', async function () {
      this.timeout(30000);
      const page = await openPage(`${spacer}<scri-partners>${inlineJson}</scri-partners>${script}`);
      await waitUntil(() => rendered(page, 'scri-partner-moh'), 'never rendered', {timeout: 10000});
      const card = rendered(page, 'scri-partner-nmrc')!;
      const height = card.getBoundingClientRect().height;
      page.location.hash = '#scri-partner-moh';
      await landed(page, 'scri-partner-moh');
      page.location.hash = '#scri-partner-nmrc';
      await landed(page, 'scri-partner-nmrc');
      expect(rendered(page, 'scri-partner-moh')!.part.contains('card-target')).to.equal(false);
      expect(card.getBoundingClientRect().height, 'marking it changed its size').to.equal(height);
    });
  });

  describe('when a visitor follows an in-page link', () => {
    it('lands on the card, and again after scrolling away when the hash is unchanged', async function () {
      this.timeout(30000);
      const page = await openPage(
        `<a id="go" href="#scri-partner-nmrc">Our work with NMRC</a>${spacer}<scri-partners>${inlineJson}</scri-partners>${script}`
      );
      await waitUntil(() => rendered(page, 'scri-partner-nmrc'), 'never rendered', {timeout: 10000});
      page.document.getElementById('go')!.click();
      await landed(page, 'scri-partner-nmrc');
      page.scrollTo(0, 0);
      page.document.getElementById('go')!.focus();
      expect(inView(rendered(page, 'scri-partner-nmrc')!)).to.equal(false);
      page.document.getElementById('go')!.click();
      await landed(page, 'scri-partner-nmrc');
    });
  });

  describe('when the host page has an element with the bare id', () => {
    it('#nmrc goes to the host’s element and #scri-partner-nmrc to the card', async function () {
      this.timeout(30000);
      const page = await openPage(
        `<p style="height: 900px">Intro</p>${spacer}<scri-partners>${inlineJson}</scri-partners>${script}`,
        '#nmrc'
      );
      await waitUntil(() => rendered(page, 'scri-partner-nmrc'), 'never rendered', {timeout: 10000});
      await wait(200);
      expect(inView(page.document.getElementById('nmrc')!), 'the host’s #nmrc in view').to.equal(true);
      expect(rendered(page, 'scri-partner-nmrc')!.part.contains('card-target')).to.equal(false);
      expect(page.document.activeElement).to.equal(page.document.body);
      page.location.hash = '#scri-partner-nmrc';
      await landed(page, 'scri-partner-nmrc');
    });
  });

  describe('when the host page itself has an element with the prefixed id', () => {
    it('leaves that link to the host’s element', async function () {
      this.timeout(30000);
      const page = await openPage(
        `<p style="height: 900px">Intro</p><div id="scri-partner-nmrc" style="height: 1200px">Our own NMRC page.</div><scri-partners>${inlineJson}</scri-partners>${script}`,
        '#scri-partner-nmrc'
      );
      await waitUntil(() => rendered(page, 'scri-partner-nmrc'), 'never rendered', {timeout: 10000});
      await wait(300);
      expect(rendered(page, 'scri-partner-nmrc')!.part.contains('card-target')).to.equal(false);
      expect(
        inView(page.document.getElementById('scri-partner-nmrc')!),
        'the host’s element in view'
      ).to.equal(true);
      expect(page.document.activeElement).to.equal(page.document.body);
    });
  });

  describe('when a search hides the target', () => {
    /** A page with a searchable widget, once NMRC's card has rendered, and its search box. */
    const searchablePage = async () => {
      const page = await openPage(
        `${spacer}<scri-partners searchable>${inlineJson}</scri-partners>${script}`
      );
      await waitUntil(() => rendered(page, 'scri-partner-nmrc'), 'never rendered', {timeout: 10000});
      const widget = widgetIn(page);
      const search = widget.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      return {page, widget, search};
    };

    it('clears the search, says so, and lands on the card', async function () {
      this.timeout(30000);
      const {page, widget, search} = await searchablePage();
      search.value = 'health';
      search.dispatchEvent(new Event('input'));
      // The widget applies a search in the task after the frame that shows the typed key.
      await waitUntil(() => rendered(page, 'scri-partner-nmrc')!.closest('[hidden]'), 'hidden by the search');
      page.location.hash = '#scri-partner-nmrc';
      await landed(page, 'scri-partner-nmrc');
      expect(search.value).to.equal('');
      const status = widget.shadowRoot!.querySelector('[part="link-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Search cleared to show National Medical Research Council');
    });
    it('counts a search typed just before the link was followed', async function () {
      this.timeout(30000);
      const {page, widget, search} = await searchablePage();
      // Typed and followed in one task: the widget has not applied the search yet.
      search.value = 'health';
      search.dispatchEvent(new Event('input'));
      page.location.hash = '#scri-partner-nmrc';
      await landed(page, 'scri-partner-nmrc');
      // Frames and tasks later, the search typed before stays cleared and the target stays on show.
      await wait(100);
      expect(search.value).to.equal('');
      expect(rendered(page, 'scri-partner-nmrc')!.closest('[hidden]'), 'on show').to.equal(null);
      expect(widget.shadowRoot!.querySelector('[part="link-status"]')!.textContent!.trim()).to.equal(
        'Search cleared to show National Medical Research Council'
      );
    });
  });

  describe('when `groups` leaves the target out', () => {
    it('says on screen that it is not listed, and moves nothing', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners groups="regulators">${inlineJson}</scri-partners>${script}`,
        '#scri-partner-nmrc'
      );
      await waitUntil(
        () => widgetIn(page).shadowRoot?.querySelector('[part="link-status"]')?.textContent?.trim(),
        'nothing was said',
        {timeout: 10000}
      );
      const status = widgetIn(page).shadowRoot!.querySelector<HTMLElement>('[part="link-status"]')!;
      expect(status.textContent!.trim()).to.equal(
        'National Medical Research Council is not listed in this section'
      );
      expect(status.getBoundingClientRect().height, 'shown, not only announced').to.be.greaterThan(10);
      expect(page.document.activeElement).to.equal(page.document.body);
    });
  });

  describe('when two widgets show the target', () => {
    it('lands on the first in the page', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners id="one">${inlineJson}</scri-partners><scri-partners id="two">${inlineJson}</scri-partners>${script}`,
        '#scri-partner-nrf'
      );
      await landed(page, 'scri-partner-nrf');
      const second = page.document.getElementById('two') as ScriPartners;
      await second.updateComplete;
      expect(second.shadowRoot!.getElementById('scri-partner-nrf')!.part.contains('card-target')).to.equal(
        false
      );
    });

    it('does not land again when the first one’s data arrives after the second landed', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners id="one" src="/fault/slow?ms=800&id=late"></scri-partners><scri-partners id="two">${inlineJson}</scri-partners>${script}`,
        '#scri-partner-hsa'
      );
      const [first, second] = [...page.document.querySelectorAll<ScriPartners>('scri-partners')];
      await waitUntil(() => second.shadowRoot?.activeElement?.localName === 'h4', 'the second never landed', {
        timeout: 10000,
      });
      const heading = second.shadowRoot!.activeElement;
      await waitUntil(
        () => first.shadowRoot?.getElementById('scri-partner-hsa'),
        'the slow data never came',
        {
          timeout: 10000,
        }
      );
      await wait(300);
      expect(second.shadowRoot!.activeElement, 'the focus stays where the link landed').to.equal(heading);
      // The first widget's card grew above it (the browser's scroll anchoring keeps the view), but the page
      // was not taken back up to that card.
      expect(inView(heading!), 'the landed heading is still in view').to.equal(true);
      expect(
        inView(first.shadowRoot!.getElementById('scri-partner-hsa')!),
        'not scrolled to the first'
      ).to.equal(false);
      expect(first.shadowRoot!.getElementById('scri-partner-hsa')!.part.contains('card-target')).to.equal(
        false
      );
    });
  });

  describe('when a later link does not land in the widget', () => {
    it('unmarks the old target, and what it said goes when the hash moves on', async function () {
      this.timeout(30000);
      const page = await openPage(
        `${spacer}<scri-partners groups="regulators">${inlineJson}</scri-partners>${script}`,
        '#scri-partner-hsa'
      );
      await landed(page, 'scri-partner-hsa');
      const status = () => widgetIn(page).shadowRoot!.querySelector<HTMLElement>('[part="link-status"]')!;
      page.location.hash = '#scri-partner-nmrc';
      await waitUntil(() => status().textContent!.trim(), 'nothing was said');
      expect(rendered(page, 'scri-partner-hsa')!.part.contains('card-target'), 'HSA still marked').to.equal(
        false
      );
      page.location.hash = '#scri-partner-moh';
      await landed(page, 'scri-partner-moh');
      expect(status().textContent!.trim(), 'the old message').to.equal('');
      expect(status().getBoundingClientRect().height, 'the status is hidden again').to.be.below(2);
    });
  });
});

describe('the "copy link" button', () => {
  const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const fakeClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText}});
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else delete (navigator as {clipboard?: unknown}).clipboard;
  });

  const status = (el: ScriPartners) =>
    el.shadowRoot!.querySelector('[part="link-status"]')!.textContent!.trim();
  const button = (el: ScriPartners, id: string) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>(`#scri-partner-${id} [part="card-copy-link"]`)!;

  describe('when the clipboard accepts the link', () => {
    it('copies the URL with the card’s target from the keyboard and says "Link copied"', async () => {
      const copied: string[] = [];
      fakeClipboard(async (text) => void copied.push(text));
      const el = await mount<ScriPartners>(html`<scri-partners copy-links .data=${data}></scri-partners>`);
      const copy = button(el, 'nmrc');
      expect(copy.getAttribute('aria-label')).to.equal('Copy link to National Medical Research Council');
      const {width, height} = copy.getBoundingClientRect();
      expect(Math.min(width, height), 'touch target ≥ 24 px').to.be.at.least(24);
      copy.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => status(el) === 'Link copied', `status said "${status(el)}"`);
      const url = new URL(location.href);
      url.hash = '#scri-partner-nmrc';
      expect(copied).to.deep.equal([url.href]);
      const note = (id: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>(`#scri-partner-${id} .copied-note`)].filter(
          (item) => item.getClientRects().length > 0
        );
      expect(
        note('nmrc').map((item) => item.textContent!.trim()),
        'shown beside the button too, for those who do not hear the status'
      ).to.deep.equal(['Link copied']);
      expect(note('hsa'), 'not on the other cards').to.deep.equal([]);
      await expect(el).to.be.accessible();
      // It stays long enough to read, then the card is as it was; the status keeps what it said.
      await wait(1500);
      expect(note('nmrc'), 'still there 1.5 s later').to.have.length(1);
      await waitUntil(() => note('nmrc').length === 0, 'the note never went', {timeout: 5000});
      expect(status(el)).to.equal('Link copied');

      // A second copy is announced again: the status empties in between, which a screen reader hears as new.
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(status(el)));
      observer.observe(el.shadowRoot!.querySelector('[part="link-status"]')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      await sendKeys({press: 'Enter'});
      await waitUntil(() => said.at(-1) === 'Link copied', `status said ${JSON.stringify(said)}`);
      observer.disconnect();
      expect(said).to.deep.equal(['', 'Link copied']);
      expect(copied).to.have.length(2);
    });
  });

  describe('when the Clipboard API is missing or refuses', () => {
    for (const [condition, setUp] of [
      [
        'missing',
        () => Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined}),
      ],
      ['refusing', () => fakeClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')))],
    ] as const) {
      it(`(${condition}) shows the link in a field, selected and focused, to copy by hand`, async () => {
        setUp();
        const el = await mount<ScriPartners>(html`<scri-partners copy-links .data=${data}></scri-partners>`);
        button(el, 'hsa').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.copied input'), 'no field with the link');
        const field = el.shadowRoot!.querySelector<HTMLInputElement>('.copied input')!;
        expect(field.readOnly).to.equal(true);
        expect(field.value).to.equal(new URL('#scri-partner-hsa', location.href).href);
        await waitUntil(() => el.shadowRoot!.activeElement === field, 'the field never got the focus');
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        expect(status(el)).to.equal('Copy this link:');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('without copy-links', () => {
    it('leaves the buttons out', async () => {
      const el = await mount<ScriPartners>(html`<scri-partners .data=${data}></scri-partners>`);
      expect(el.shadowRoot!.querySelectorAll('[part="card-copy-link"]').length).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(5);
    });
  });

  describe('with its words replaced', () => {
    it('names the button and announces in those words', async () => {
      fakeClipboard(async () => undefined);
      const el = await mount<ScriPartners>(
        html`<scri-partners
          copy-links
          .data=${data}
          strings='{"copyLink": "Pautan ke {name}", "linkCopied": "Pautan disalin"}'
        ></scri-partners>`
      );
      expect(button(el, 'moh').getAttribute('aria-label')).to.equal('Pautan ke Ministry of Health');
      button(el, 'moh').click();
      await waitUntil(() => status(el) === 'Pautan disalin', `status said "${status(el)}"`);
    });
  });
});
