import {expect, html, waitUntil} from '@open-wc/testing';
import {sendMouse, resetMouse} from '@web/test-runner-commands';
import createDOMPurify from 'dompurify';
import '../src/index.js';
import {renderStaticHtml, scriPartnersData, upgradeStaticMarkup} from '../src/index.js';
import {mount, warningsDuring} from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/**
 * DOMPurify set up as Isomer's CMS sets it up before it saves page content. Restated from isomercms-frontend
 * `src/layouts/EditPage/utils.ts` (commit a9048bcf8fca) and isomercms-backend
 * `src/services/utilServices/Sanitizer.ts` (commit 93cd6c759972), which share one configuration: iframes,
 * comments and scripts added to DOMPurify's defaults, a few iframe and link attributes added, `FORCE_BODY`,
 * and a hook that removes every script whose `src` is not on Isomer's short list. DOMPurify's default
 * `ALLOW_DATA_ATTR: true` stays, so every `data-` attribute survives.
 */
function isomerSanitiser() {
  const purify = createDOMPurify(window);
  const allowedScripts = [
    '//www.instagram.com/embed.js',
    '/jquery/resize-tables.js',
    '/jquery/jquery.min.js',
    '/jquery/bp-menu-new-tab.js',
  ];
  purify.setConfig({
    ADD_TAGS: ['iframe', '#comment', 'script'],
    ADD_ATTR: [
      'allow',
      'allowfullscreen',
      'frameborder',
      'scrolling',
      'marginheight',
      'marginwidth',
      'target',
      'async',
      'mozallowfullscreen',
      'webkitallowfullscreen',
      'referrerpolicy',
    ],
    FORCE_BODY: true,
  });
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'script') return;
    const element = node as Element;
    const allowed =
      element.hasAttribute('src') &&
      element.innerHTML === '' &&
      allowedScripts.includes(element.getAttribute('src') ?? '') &&
      !element.hasAttribute('href') &&
      !element.hasAttribute('xlink:href');
    if (!allowed) element.remove();
  });
  return (dirty: string) => purify.sanitize(dirty) as string;
}

const run = 'window.__pwned=1';
// What an editor (or whoever took over an editor's account) could add to the container in the CMS.
const hostileAttributes = {
  'data-onclick': run,
  'data-onmouseover': run,
  'data-onpointerenter': run,
  'data-onfocus': run,
  'data-onfocusin': run,
  'data-onanimationstart': run,
  'data-ontransitionend': run,
  'data-onload': run,
  'data-style': 'animation: scri-hostile 1ms; transition: color 1ms; display: block',
  'data-src': `javascript:${run}`,
  'data-tabindex': '0',
  'data-autofocus': '',
  'data-contenteditable': 'true',
  'data-class': 'hostile',
  'data-id': 'hostile',
  'data-slot': 'hostile',
  'data-popover': 'auto',
  'data-is': 'hostile',
};

/** The CLI's `--wrapper div` output with hostile attributes on the container, as a CMS editor could save it. */
function hostileMarkup() {
  const markup = renderStaticHtml(scriPartnersData, {wrapper: 'div', headingLevel: 3});
  const attributes = Object.entries(hostileAttributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return markup.replace('<div data-scri-partners', `<div data-scri-partners${attributes}`);
}

/**
 * Upgrades the hostile container in `host` and waits for the widget to settle. data-src is a documented option,
 * so its javascript: URL reaches src: it is fetched as data (which fails), never run, and the widget says it
 * could not load.
 */
async function upgradeHostile(host: HTMLElement) {
  const warnings = await warningsDuring(async () => {
    upgradeStaticMarkup(host);
    const el = host.querySelector('scri-partners')!;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error message', {
      timeout: 8000,
    });
  });
  return {el: host.querySelector('scri-partners')!, warnings};
}

describe('a data-scri-partners container saved by Isomer’s CMS', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('keeps its hostile data- attributes through the sanitiser (so the widget must ignore them)', () => {
    const saved = isomerSanitiser()(hostileMarkup());
    for (const name of Object.keys(hostileAttributes)) expect(saved).to.contain(` ${name}="`);
    expect(saved).to.contain('data-heading-level="3"');
  });

  it('upgrades into a widget that carries only its documented options', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = isomerSanitiser()(hostileMarkup());
    const {el, warnings} = await upgradeHostile(host);
    const options = ['heading-level', 'groups', 'highlight', 'layout', 'searchable', 'expand-acronyms'];
    options.push('hide', 'src', 'timeout', 'debug', 'strings');
    expect(el.getAttributeNames().filter((name) => !options.includes(name))).to.deep.equal([]);
    expect(el.getAttribute('src')).to.equal(`javascript:${run}`);
    // The element reflects its own default layout; nothing else appeared.
    expect(el.getAttributeNames().sort()).to.deep.equal(['heading-level', 'layout', 'src']);
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(warnings.join('\n')).to.contain('src: expected a JSON file of partners');
  });

  it('runs nothing on hover, click, focus or animation', async () => {
    const host = await mount<HTMLDivElement>(
      html`<div>
        <style>
          @keyframes scri-hostile {
            to {
              color: red;
            }
          }
        </style>
      </div>`
    );
    host.insertAdjacentHTML('beforeend', isomerSanitiser()(hostileMarkup()));
    const {el} = await upgradeHostile(host);
    const box = el.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.x + 20), Math.round(box.y + 10)]});
    await sendMouse({type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + 10)]});
    el.focus();
    for (const type of ['click', 'mouseover', 'pointerenter', 'focus', 'focusin', 'load']) {
      el.dispatchEvent(new Event(type));
    }
    el.dispatchEvent(new AnimationEvent('animationstart', {animationName: 'scri-hostile'}));
    el.dispatchEvent(new TransitionEvent('transitionend', {propertyName: 'color'}));
    expect(el.getAnimations(), 'an animation from data-style').to.deep.equal([]);
    expect(window.__pwned, 'a payload ran').to.be.undefined;
  });
});

describe('a data-scri-partners container with data-strings', () => {
  it('passes the words to the widget', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = renderStaticHtml(scriPartnersData, {wrapper: 'div'}).replace(
      '<div data-scri-partners',
      `<div data-scri-partners data-strings='{"showFullNames": "Spell out every name"}'`
    );
    upgradeStaticMarkup(host);
    const el = host.querySelector('scri-partners')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal(
      'Spell out every name'
    );
  });
});
