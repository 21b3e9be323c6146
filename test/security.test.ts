import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse, resetMouse} from '@web/test-runner-commands';
import '../src/index.js';
import type {PartnersData, ScriAcronym, ScriPartners} from '../src/index.js';
import {renderStaticHtml} from '../src/index.js';
import './helpers.js';
import {wait, warningsDuring} from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// Every payload sets window.__pwned if it ever runs (srcdoc frames set their parent's, which is this window).
const run = 'window.__pwned=1';
const textPayloads = [
  `<script>${run}</script>`,
  `<ScRiPt>${run}</sCrIpT>`,
  `<img src=x onerror="${run}">`,
  `<IMG SRC=x OnErRoR=${run}>`,
  `<svg onload=${run}>`,
  `<svg/onload=${run}>`,
  `<svg><script>${run}</script></svg>`,
  `"><img src=x onerror=${run}>`,
  `'><svg onload=${run}>`,
  `</p><img src=x onerror=${run}>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<a href="javascript:${run}">click me</a>`,
  `<details open ontoggle=${run}>`,
  `<input autofocus onfocus=${run}>`,
  `<body onload=${run}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="data:text/html,<script>parent.__pwned=1</script>">`,
  `<form><button formaction="javascript:${run}">go</button></form>`,
  `<scri-acronym expansion="x" onpointerenter="${run}">X</scri-acronym>`,
  `&lt;img src=x onerror=${run}&gt;`,
  `&#60;script&#62;${run}&#60;/script&#62;`,
  `\${${run}}`,
  `{{constructor.constructor('${run}')()}}`,
  `<!--><img src=x onerror=${run}>-->`,
];

// Unsafe URLs: every obfuscation that browsers still treat as a script (or a document) URL.
const unsafeUrls = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  `JAVASCRIPT:${run}`,
  `java\tscript:${run}`,
  `java\nscript:${run}`,
  `java\rscript:${run}`,
  ` javascript:${run}`,
  `\t\n javascript:${run}`,
  `\u0001javascript:${run}`,
  `&#106;avascript:${run}`,
  `&#x6A;avascript:${run}`,
  `&#0000106avascript:${run}`,
  `javascript&colon;${run}`,
  `javascript&#58;${run}`,
  `jav&#x09;ascript:${run}`,
  `jav&Tab;ascript:${run}`,
  `javascript://%0a${run}`,
  `data:text/html,<script>parent.__pwned=1</script>`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+`,
  `DATA:image/svg+xml,<svg onload="${run}"/>`,
  `vbscript:msgbox(1)`,
  `VbScRiPt:msgbox(1)`,
];

type Channel = 'property' | 'inline-json' | 'src' | 'static-html';
const channels: Channel[] = ['property', 'inline-json', 'src', 'static-html'];

/** Data that carries each payload in every text field, each field's text prefixed with the field's name. */
function textCorpus(): PartnersData {
  return {
    title: `title: ${textPayloads.join(' ')}`,
    intro: [
      ...textPayloads.map((p) => `intro: ${p}`),
      ...textPayloads.map((p) => `uses key: ${p} in a sentence`),
    ],
    groups: textPayloads.map((p, i) => ({
      id: `g${i}`,
      title: `group title: ${p}`,
      description: `group description: ${p}`,
      partners: [
        {
          id: `p${i}`,
          name: `name: ${p}`,
          acronym: `acronym: ${p}`,
          description: `description: ${p}`,
          url: 'https://example.org/',
        },
      ],
    })),
    closing: textPayloads.map((p) => `closing: ${p}`),
    glossary: Object.fromEntries(textPayloads.map((p) => [`key: ${p}`, `value: ${p}`])),
  };
}

/** Data with one partner per unsafe URL (as both `url` and `logo`), after one safe partner. */
function urlCorpus(): PartnersData {
  return {
    title: 'Links',
    intro: ['Partners with unsafe links.'],
    groups: [
      {
        id: 'links',
        title: 'Links',
        partners: [
          {id: 'safe', name: 'Safe Partner', description: 'Has a safe link.', url: 'https://example.org/'},
          ...unsafeUrls.map((url, i) => ({
            id: `u${i}`,
            name: `Unsafe ${i}`,
            description: `Carries unsafe URL ${i}.`,
            url,
            logo: url,
          })),
        ],
      },
    ],
  };
}

const escapeAttribute = (text: string) => text.replace(/"/g, '&quot;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The URL corpus in the static HTML format, written as an author would: URLs go into the attributes
 * as they are (only quotes escaped), so that the HTML parser decodes `&#106;` and `&colon;` first.
 */
function urlCorpusMarkup(data: PartnersData) {
  const group = data.groups[0];
  const items = group.partners.map(
    (p) => `<li data-partner="${p.id}">
      ${p.logo ? `<img src="${escapeAttribute(p.logo)}" alt="" width="48" height="48">` : ''}
      <h4>${escapeText(p.name)}</h4>
      <p>${escapeText(p.description)}</p>
      ${p.url ? `<p><a href="${escapeAttribute(p.url)}">${escapeText(p.name)} website</a></p>` : ''}
    </li>`
  );
  return `<scri-partners><h2>${escapeText(data.title)}</h2><p>${escapeText(data.intro[0])}</p>
    <section data-group="${group.id}"><h3>${escapeText(group.title)}</h3><ul>${items.join('')}</ul></section>
  </scri-partners>`;
}

let stored = 0;

/** Renders `data` through one channel and waits until the widget has shown it. */
async function renderThrough(channel: Channel, data: PartnersData, markup?: string): Promise<ScriPartners> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const shown = new Promise<void>((resolve, reject) => {
    host.addEventListener('scri-data-load', () => resolve(), {once: true});
    host.addEventListener('scri-data-error', (event) => reject(new Error(event.detail.message)), {
      once: true,
    });
  });
  let el: ScriPartners;
  if (channel === 'static-html') {
    host.innerHTML = markup ?? renderStaticHtml(data);
    el = host.querySelector('scri-partners')!;
  } else {
    el = document.createElement('scri-partners');
    if (channel === 'property') el.data = data;
    if (channel === 'inline-json') {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(data);
      el.append(script);
    }
    if (channel === 'src') {
      const key = `security-${Date.now()}-${stored++}`;
      const response = await fetch(`/fault/store/${key}`, {method: 'POST', body: JSON.stringify(data)});
      expect(response.ok, 'the test server stored the data').to.be.true;
      el.src = `/fault/store/${key}`;
    }
    host.append(el);
  }
  await shown;
  await settle(el);
  return el;
}

/** Every element in `root` and in every shadow root below it. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The widget's own acronyms and the <scri-acronym> elements in its light DOM, each with its trigger and tooltip. */
const acronymsIn = (el: ScriPartners) => [
  ...[...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="acronym"]')].map((trigger) => ({
    text: trigger.textContent,
    trigger,
    tip: () => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]'),
  })),
  ...[...el.querySelectorAll<ScriAcronym>('scri-acronym')].map((acronym) => ({
    text: acronym.textContent,
    trigger: acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]'),
    tip: () => acronym.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]'),
  })),
];

async function settle(el: ScriPartners) {
  await el.updateComplete;
  await Promise.all([...el.querySelectorAll<ScriAcronym>('scri-acronym')].map((a) => a.updateComplete));
}

/** Lets a click on a link to a web or mail address do nothing, so that the test page stays; script URLs go ahead. */
const keepPage = (event: Event) => {
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && ['http:', 'https:', 'mailto:'].includes(link.protocol)) event.preventDefault();
};

/** Does what a visitor does: hovers, focuses and clicks every acronym, link and button, and expands the acronyms. */
async function useEverything(el: ScriPartners) {
  window.addEventListener('click', keepPage, true);
  try {
    const acronyms = acronymsIn(el);
    for (const [index, {trigger, tip: tipOf}] of acronyms.entries()) {
      if (!trigger) continue;
      if (index < 8) {
        // A real pointer for the first few; synthetic events for the rest, to keep the test quick.
        trigger.scrollIntoView({block: 'center'});
        const box = trigger.getBoundingClientRect();
        await sendMouse({
          type: 'move',
          position: [Math.round(box.x + 2), Math.round(box.y + box.height / 2)],
        });
        await wait(350);
      } else {
        trigger.dispatchEvent(
          new PointerEvent('pointerover', {pointerType: 'mouse', bubbles: true, composed: true})
        );
      }
      trigger.focus();
      trigger.click();
      await settle(el);
      const tip = tipOf();
      tip?.dispatchEvent(
        new PointerEvent('pointerover', {pointerType: 'mouse', bubbles: true, composed: true})
      );
      tip?.click();
      trigger.blur();
      trigger.dispatchEvent(
        new PointerEvent('pointerout', {pointerType: 'mouse', bubbles: true, composed: true})
      );
    }
    await resetMouse();
    for (const link of el.shadowRoot!.querySelectorAll<HTMLElement>('a')) {
      link.focus();
      link.click();
    }
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await settle(el);
    toggle.click();
    await settle(el);
    // Image errors, frame loads and toggle events are asynchronous: give them time to fire.
    await wait(300);
  } finally {
    window.removeEventListener('click', keepPage, true);
  }
}

const allowedTags = new Set([
  'section',
  'div',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'li',
  'a',
  'span',
  'abbr',
  'button',
  'img',
  'slot',
  'scri-acronym',
  'input',
  'label',
  'style',
]);
const urlAttributes = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'srcdoc',
  'background',
];

/** Asserts that the shadow DOM holds only the widget's own kinds of element, no handlers and no unsafe URL. */
function expectOnlySafeMarkup(el: ScriPartners) {
  const elements = deepElements(el.shadowRoot!);
  const strangers = elements.map((element) => element.localName).filter((name) => !allowedTags.has(name));
  expect(strangers, 'elements the widget never renders').to.deep.equal([]);
  for (const element of elements) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `an event handler attribute on <${element.localName}>`).not.to.match(/^on/i);
      if (!urlAttributes.includes(attribute.name)) continue;
      const {protocol} = new URL(attribute.value, document.baseURI);
      expect(['http:', 'https:', 'mailto:'], `${attribute.name}="${attribute.value}"`).to.include(protocol);
    }
  }
}

const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('security', () => {
  let location: string;
  beforeEach(() => {
    delete window.__pwned;
    location = window.location.href;
  });
  afterEach(() => {
    expect(window.__pwned, 'a payload ran').to.be.undefined;
    expect(window.location.href, 'the page navigated').to.equal(location);
  });

  for (const channel of channels) {
    describe(`when script payloads arrive through ${channel} in every text field`, () => {
      let el: ScriPartners;
      beforeEach(async () => {
        el = await renderThrough(channel, textCorpus());
      });

      it('runs none of them, even after hovering, focusing and clicking everything', async () => {
        await wait(300);
        expect(window.__pwned, 'a payload ran on rendering').to.be.undefined;
        await useEverything(el);
        expect(window.__pwned, 'a payload ran on interaction').to.be.undefined;
        expectOnlySafeMarkup(el);
      });

      it('shows every payload as literal text, in every field', async () => {
        const root = el.shadowRoot!;
        expect(textOf(root.querySelector('[part="title"]'))).to.equal(`title: ${textPayloads.join(' ')}`);
        const intro = [...root.querySelectorAll('[part="intro"] p')].map(textOf);
        expect(intro).to.deep.equal([
          ...textPayloads.map((p) => `intro: ${p}`),
          ...textPayloads.map((p) => `uses key: ${p} in a sentence`),
        ]);
        const groups = [...root.querySelectorAll('[part="group"]')];
        expect(groups.map((g) => textOf(g.querySelector('[part="group-title"]')))).to.deep.equal(
          textPayloads.map((p) => `group title: ${p}`)
        );
        expect(groups.map((g) => textOf(g.querySelector('.group-description')))).to.deep.equal(
          textPayloads.map((p) => `group description: ${p}`)
        );
        const cards = [...root.querySelectorAll('[part~="card"]')];
        expect(cards.map((c) => textOf(c.querySelector('[part="card-name"]')))).to.deep.equal(
          textPayloads.map((p) => `name: ${p}`)
        );
        expect(cards.map((c) => textOf(c.querySelector('[part="card-acronym"]')))).to.deep.equal(
          textPayloads.map((p) => `acronym: ${p}`)
        );
        expect(cards.map((c) => textOf(c.querySelector('.description')))).to.deep.equal(
          textPayloads.map((p) => `description: ${p}`)
        );
        expect([...root.querySelectorAll('[part="closing"] p')].map(textOf)).to.deep.equal(
          textPayloads.map((p) => `closing: ${p}`)
        );
      });

      it('shows glossary keys as acronyms and their values as literal tooltip text', async () => {
        const found = new Map<string | null, string | undefined>();
        for (const {text, trigger, tip} of acronymsIn(el)) {
          trigger!.click();
          found.set(text, textOf(tip()));
          expect(tip()!.children, text!).to.have.length(0);
        }
        for (const p of textPayloads) expect(found.get(`key: ${p}`), `key: ${p}`).to.equal(`value: ${p}`);
      });
    });

    describe(`when unsafe URLs arrive through ${channel} as partner links and logos`, () => {
      it('drops each one with a warning naming where it was, and links nothing unsafe', async () => {
        let el!: ScriPartners;
        const data = urlCorpus();
        const warnings = await warningsDuring(async () => {
          el = await renderThrough(
            channel,
            data,
            channel === 'static-html' ? urlCorpusMarkup(data) : undefined
          );
        });
        const expected = unsafeUrls.flatMap((_, i) => [
          `$.groups[0].partners[${i + 1}].url: expected an https, http, mailto or relative URL, found `,
          `$.groups[0].partners[${i + 1}].logo: expected an https, http or relative image URL, found `,
        ]);
        for (const warning of warnings) {
          expect(warning).to.match(/^scri-partners: \$\S+: expected .+, found .+$/s);
        }
        const prefixes = warnings.map((w) =>
          w.slice('scri-partners: '.length).replace(/found [^]*$/, 'found ')
        );
        expect(prefixes.sort()).to.deep.equal(expected.sort());

        const cards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
        expect(cards.map((c) => textOf(c.querySelector('[part="card-name"]')))).to.deep.equal([
          'Safe Partner',
          ...unsafeUrls.map((_, i) => `Unsafe ${i}`),
        ]);
        const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
        expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
        expectOnlySafeMarkup(el);
        await useEverything(el);
        expect(window.__pwned).to.be.undefined;
      });
    });
  }

  describe('links to partner websites', () => {
    it('carry rel="noopener noreferrer" and no target', async () => {
      let el!: ScriPartners;
      await warningsDuring(async () => {
        el = await renderThrough('property', urlCorpus());
      });
      const builtIn = await fixture<ScriPartners>(html`<scri-partners></scri-partners>`);
      const links = [el, builtIn].flatMap((e) => [...e.shadowRoot!.querySelectorAll('a')]);
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) {
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.hasAttribute('target')).to.be.false;
      }
    });
  });

  describe('when <scri-acronym expansion> carries payloads', () => {
    it('shows each as literal tooltip text and runs none, alone or inside <scri-partners>', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const widget = document.createElement('scri-partners');
      const footer = document.createElement('p');
      footer.slot = 'footer';
      widget.append(footer);
      host.append(widget);
      const acronyms = textPayloads.flatMap((payload) =>
        [host, footer].map((parent) => {
          const acronym = document.createElement('scri-acronym');
          acronym.setAttribute('expansion', payload);
          acronym.textContent = 'HSA';
          parent.append(acronym);
          return acronym;
        })
      );
      await widget.updateComplete;
      await Promise.all(acronyms.map((a) => a.updateComplete));
      window.addEventListener('click', keepPage, true);
      for (const acronym of acronyms) {
        const trigger = acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]')!;
        trigger.dispatchEvent(new PointerEvent('pointerenter', {pointerType: 'mouse'}));
        trigger.focus();
        trigger.click();
        await acronym.updateComplete;
        const tip = acronym.shadowRoot!.querySelector('[role="tooltip"]');
        expect(tip!.textContent).to.equal(acronym.getAttribute('expansion'));
        expect(tip!.children).to.have.length(0);
        trigger.blur();
      }
      window.removeEventListener('click', keepPage, true);
      await wait(300);
      expect(window.__pwned).to.be.undefined;
      for (const acronym of acronyms) {
        const elements = deepElements(acronym.shadowRoot!).map((e) => e.localName);
        expect(elements.filter((name) => !allowedTags.has(name))).to.deep.equal([]);
      }
    });
  });

  describe("when the host page's attributes carry payloads", () => {
    it('uses them only as values, never as markup', async () => {
      const payload = `"><img src=x onerror=${run}>`;
      const el = await fixture<ScriPartners>(
        html`<scri-partners groups=${payload} highlight=${payload} layout=${payload}></scri-partners>`
      );
      await settle(el);
      await wait(300);
      expect(window.__pwned).to.be.undefined;
      expectOnlySafeMarkup(el);
    });
  });

  describe('when JSON data carries "__proto__" keys', () => {
    it('pollutes no prototype', async () => {
      const json =
        '{"title":"T","intro":["I"],"__proto__":{"polluted":1},"glossary":{"__proto__":{"polluted":1}},' +
        '"groups":[{"id":"g","title":"G","__proto__":{"polluted":1},' +
        '"partners":[{"id":"p","name":"N","description":"D","__proto__":{"polluted":1}}]}]}';
      await warningsDuring(async () => {
        await renderThrough('property', JSON.parse(json));
      });
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });
});
