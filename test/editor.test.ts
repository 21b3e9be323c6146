import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import YAML from 'yaml';
import {renderStaticHtml, scriPartnersData, validateData} from '../src/data/index.js';
import type {PartnersData} from '../src/data/index.js';
import {engine, texts, wait} from './helpers.js';

// demo/editor.html as a visitor opens it: the page itself, in an iframe, served from the repository root
// like any static server would (it needs `npm run build`'s dist/ and node_modules, nothing else).

let frame: HTMLIFrameElement | undefined;
let doc: Document;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Polls `check` until it returns true; fails with `what` after a generous limit (a loaded machine is slow). */
async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 8000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens the editor in a `width` px wide frame and waits until its preview shows the partners. */
async function openEditor(width = 1200) {
  frame = document.createElement('iframe');
  frame.title = 'Partners editor';
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
  frame.src = '/demo/editor.html';
  document.body.append(frame);
  await loaded;
  doc = frame.contentDocument!;
  await until(() => previewTexts('[part="title"]').length > 0, 'the preview shows a title');
  // Whatever goes wrong in the editor from here on fails the test, as it does in the test page itself.
  const win = frame.contentWindow! as Window & typeof globalThis;
  win.addEventListener('error', (event) =>
    window.__litIssues.push(`uncaught in the editor: ${event.message}`)
  );
  win.addEventListener('unhandledrejection', (event) =>
    window.__litIssues.push(`unhandled rejection in the editor: ${event.reason}`)
  );
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/lit\.dev\/msg\//.test(text) && !/Lit is in dev mode/.test(text)) window.__litIssues.push(text);
    warn(...args);
  };
  return doc;
}

const preview = () => doc.querySelector('scri-partners')!.shadowRoot!;
const previewTexts = (selector: string) => texts(preview(), selector);
const problems = () => texts(doc, '.problems [aria-live="polite"] li');
const status = () => doc.querySelector('[role="status"]')!.textContent!.trim();

/**
 * An element as a visitor would find it: its tag, id and name. (Comparing the elements themselves makes a failing
 * assertion hang while the test runner serialises the frame's DOM nodes.)
 */
const nameOf = (element: Element | null) =>
  element
    ? `<${element.localName}${element.id ? `#${element.id}` : ''}> ${
        element.getAttribute('aria-label') ?? element.textContent!.replace(/\s+/g, ' ').trim()
      }`.trim()
    : 'nothing';
const focused = () => nameOf(doc.activeElement);

/** The fieldset whose legend starts with `legend`. */
function fieldset(legend: string) {
  const found = [...doc.querySelectorAll('fieldset')].find((set) =>
    set.querySelector(':scope > legend')!.textContent!.trim().startsWith(legend)
  );
  if (!found) throw new Error(`no fieldset "${legend}…"`);
  return found;
}

/** The control labelled `label` (its label's text, without "(optional)") inside `within`. */
function control<T extends HTMLElement = HTMLInputElement>(label: string, within: ParentNode = doc): T {
  const found = [...within.querySelectorAll('label')].find(
    (item) => item.textContent!.replace('(optional)', '').replace(/\s+/g, ' ').trim() === label
  );
  if (!found) throw new Error(`no label "${label}"`);
  return (found.control ?? doc.getElementById(found.htmlFor)) as T;
}

/** The button whose accessible name (aria-label or text) is `name`. */
function button(name: string) {
  const found = [...doc.querySelectorAll('button')].find(
    (item) => (item.getAttribute('aria-label') ?? item.textContent!.replace(/\s+/g, ' ').trim()) === name
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Replaces a field's text by typing, as a visitor does: select all, then type. */
async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.focus();
  field.select();
  if (text) await sendKeys({type: text});
  else await sendKeys({press: 'Backspace'});
}

/** Pastes `text` into a field: one input event with the whole text, as a paste makes. */
function paste(field: HTMLTextAreaElement, text: string) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
}

function choose(legend: string, label: string) {
  control(label, fieldset(legend)).click();
}

const exported = () => control<HTMLTextAreaElement>(exportLabel()).value;
const exportLabel = () =>
  doc.querySelector<HTMLLabelElement>('label[for="export-text"]')!.textContent!.trim();

/** SCRI's data with the first partner renamed, as the tests below edit it. */
const renamed = (name: string): PartnersData => {
  const data = structuredClone(scriPartnersData);
  data.groups[0].partners[0].name = name;
  return data;
};

/** Opens `text` as the file `name` through the page's file input. */
function openFile(name: string, text: string) {
  const input = control('Open a JSON or YAML file');
  const files = new DataTransfer();
  files.items.add(new File([text], name));
  input.files = files.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

describe('the partners editor (demo/editor.html)', () => {
  // An editors' tool, tested in Chromium: its keyboard tests hold Shift and press Space, which the WebDriver
  // command set used for Firefox and WebKit here does not offer, and its phone layout resizes the frame.
  before(function () {
    if (engine !== 'chromium') this.skip();
  });

  describe('when it opens', () => {
    it("shows SCRI's built-in partners in the form and in the preview, with no problems", async () => {
      await openEditor();
      expect(control('Title').value).to.equal('Public Sector Partners');
      expect(previewTexts('[part="title"]')).to.deep.equal(['Public Sector Partners']);
      const names = [...doc.querySelectorAll('fieldset.partner')].map((set) => control('Name', set).value);
      expect(names).to.have.length(15);
      expect(previewTexts('[part="card-name"]')).to.deep.equal(names);
      expect(texts(doc, '.problems [aria-live="polite"]')).to.deep.equal(['No problems.']);
    });
  });

  describe("when a partner's name is changed in the form", () => {
    it('shows the new name in the preview, and names its buttons with it', async () => {
      await openEditor();
      await typeInto(
        control('Name', fieldset('Partner 1: Health Sciences Authority')),
        'Health Sciences Agency'
      );
      await until(
        () => previewTexts('[part="card-name"]')[0] === 'Health Sciences Agency',
        'the preview shows the new name'
      );
      expect(button('Remove partner Health Sciences Agency')).to.exist;
      expect(fieldset('Partner 1: Health Sciences Agency')).to.exist;
    });
  });

  describe('when the title is emptied and a website is unsafe', () => {
    it('lists each problem by path in a polite live region, and marks the fields', async () => {
      await openEditor();
      await typeInto(control('Title'), '');
      await typeInto(
        control('Website', fieldset('Partner 1: Health Sciences Authority')),
        'javascript:alert(1)'
      );
      const expected = [
        '$.title: expected a non-empty string, found an empty string',
        '$.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "javascript:alert(1)"',
      ];
      expect(problems()).to.deep.equal(expected);
      expect(doc.querySelector('.problems ul')!.closest('[aria-live="polite"]')).to.exist;
      expect(control('Title').getAttribute('aria-invalid')).to.equal('true');
      expect(
        doc.getElementById(control('Title').getAttribute('aria-describedby')!)!.textContent!.trim()
      ).to.equal('Expected a non-empty string, found an empty string.');
      await until(() => previewTexts('[part="problems"] li').length === 2, 'the preview lists the problems');
      expect(previewTexts('[part="problems"] li')).to.deep.equal(expected);
      expect(preview().querySelector('[part="card-link"]')!.getAttribute('href')).to.not.contain(
        'javascript'
      );
    });
  });

  describe('when the data is exported', () => {
    it('writes the YAML and the JSON of what was typed, and the same include HTML as the command line', async () => {
      await openEditor();
      await typeInto(
        control('Name', fieldset('Partner 1: Health Sciences Authority')),
        'Health Sciences Agency'
      );
      const expected = renamed('Health Sciences Agency');
      expect(exportLabel()).to.equal("YAML for Jekyll's _data/scri_partners.yml");
      expect(YAML.parse(exported())).to.deep.equal(expected);
      choose('Export as', 'JSON');
      expect(JSON.parse(exported())).to.deep.equal(expected);
      choose('Export as', 'Include HTML');
      expect(exported()).to.equal(
        renderStaticHtml(validateData(expected).data!, {script: '/assets/js/scri-partners.min.js'})
      );
      const level = control<HTMLSelectElement>('Title heading level');
      level.value = '3';
      level.dispatchEvent(new Event('change', {bubbles: true}));
      const wrapper = control<HTMLSelectElement>('Wrapper');
      wrapper.value = 'div';
      wrapper.dispatchEvent(new Event('change', {bubbles: true}));
      await typeInto(control('Script URL (empty for no script tag)'), '');
      expect(exported()).to.equal(
        renderStaticHtml(validateData(expected).data!, {headingLevel: 3, wrapper: 'div'})
      );
    });

    it('downloads the export as a file, from the browser itself', async () => {
      await openEditor();
      const links: HTMLAnchorElement[] = [];
      doc.addEventListener(
        'click',
        (event) => {
          const link = (event.target as Element).closest('a[download]') as HTMLAnchorElement | null;
          if (!link) return;
          links.push(link);
          event.preventDefault();
        },
        {capture: true}
      );
      choose('Export as', 'JSON');
      button('Download scri-partners.json').click();
      expect(links).to.have.length(1);
      expect(links[0].download).to.equal('scri-partners.json');
      expect(links[0].href).to.match(/^blob:/);
      const file = await (await frame!.contentWindow!.fetch(links[0].href)).text();
      expect(file).to.equal(exported());
      expect(JSON.parse(file)).to.deep.equal(scriPartnersData);
      expect(status()).to.equal('Downloaded scri-partners.json.');
    });

    it('reads its own YAML (as a file) and JSON (pasted) back into the same data', async () => {
      await openEditor();
      await typeInto(
        control('Name', fieldset('Partner 1: Health Sciences Authority')),
        'Health Sciences Agency'
      );
      const expected = renamed('Health Sciences Agency');
      const yaml = exported();
      choose('Export as', 'JSON');
      const json = exported();

      button("Start from SCRI's partners").click();
      await until(
        () => previewTexts('[part="card-name"]')[0] === 'Health Sciences Authority',
        'the data resets'
      );
      openFile('partners.yml', yaml);
      await until(() => status() === 'Opened partners.yml.', 'the file opens');
      expect(control('Name', fieldset('Partner 1:')).value).to.equal('Health Sciences Agency');
      await until(
        () => previewTexts('[part="card-name"]')[0] === 'Health Sciences Agency',
        'the preview follows'
      );
      expect(JSON.parse(exported())).to.deep.equal(expected);
      expect(exported()).to.equal(json);

      button("Start from SCRI's partners").click();
      choose('Edit as', 'YAML or JSON text');
      paste(control<HTMLTextAreaElement>('Partners data as YAML'), json);
      choose('Edit as', 'A form');
      expect(control('Name', fieldset('Partner 1:')).value).to.equal('Health Sciences Agency');
      choose('Export as', 'YAML');
      expect(YAML.parse(exported())).to.deep.equal(expected);
      expect(exported()).to.equal(yaml);
    });
  });

  describe('when the view switches between the form and the text', () => {
    it('keeps the edits made in either', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Our partners');
      choose('Edit as', 'YAML or JSON text');
      const text = control<HTMLTextAreaElement>('Partners data as YAML');
      expect(YAML.parse(text.value).title).to.equal('Our partners');
      choose('Text format', 'JSON');
      const json = control<HTMLTextAreaElement>('Partners data as JSON');
      expect(JSON.parse(json.value).title).to.equal('Our partners');
      paste(json, json.value.replace('"Our partners"', '"Partners of SCRI"'));
      await until(
        () => previewTexts('[part="title"]')[0] === 'Partners of SCRI',
        'the preview follows the text'
      );
      choose('Edit as', 'A form');
      expect(control('Title').value).to.equal('Partners of SCRI');
    });

    it('says why text it cannot read stays as text, and keeps the preview', async () => {
      await openEditor();
      choose('Edit as', 'YAML or JSON text');
      const text = control<HTMLTextAreaElement>('Partners data as YAML');
      paste(text, 'title: [unclosed');
      expect(problems()[0]).to.match(/^The text: it is not valid YAML: .+ The preview shows the last text/);
      expect(text.getAttribute('aria-invalid')).to.equal('true');
      choose('Edit as', 'A form');
      expect(status()).to.match(/^Still showing the text: The text: it is not valid YAML/);
      expect(focused()).to.equal(nameOf(text));
      expect(previewTexts('[part="title"]')).to.deep.equal(['Public Sector Partners']);
    });
  });

  describe('with the keyboard', () => {
    it('moves a group down and up again, keeping focus on the move buttons', async () => {
      await openEditor();
      button('Move group Regulatory authorities down').focus();
      await sendKeys({press: 'Enter'});
      await until(
        () => previewTexts('[part="group-title"]')[1] === 'Regulatory authorities',
        'the preview shows the group second'
      );
      expect(previewTexts('[part="group-title"]')[0]).to.equal('Public healthcare clusters');
      expect(focused()).to.equal(nameOf(button('Move group Regulatory authorities down')));
      expect(status()).to.equal('Moved group Regulatory authorities down, now 2 of 9.');
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(focused()).to.equal(nameOf(button('Move group Regulatory authorities up')));
      await sendKeys({press: 'Space'});
      await until(
        () => previewTexts('[part="group-title"]')[0] === 'Regulatory authorities',
        'the preview shows the group first again'
      );
      // First again, so Up is disabled: focus goes to Down rather than being lost.
      expect(button('Move group Regulatory authorities up').disabled).to.be.true;
      expect(focused()).to.equal(nameOf(button('Move group Regulatory authorities down')));
    });

    it('moves focus to the next partner after a removal, and to a new partner’s name after an addition', async () => {
      await openEditor();
      button('Remove partner National Healthcare Group').focus();
      await sendKeys({press: 'Enter'});
      expect(status()).to.equal('Removed partner National Healthcare Group.');
      expect(focused()).to.equal(nameOf(control('Name', fieldset('Partner 1: Singapore Health Services'))));
      await until(
        () => !previewTexts('[part="card-name"]').includes('National Healthcare Group'),
        'the preview drops the partner'
      );
      button('Add partner to Public healthcare clusters').focus();
      await sendKeys({press: 'Enter'});
      const added = fieldset('Partner 3: new-partner-1');
      expect(focused()).to.equal(nameOf(control('Name', added)));
      expect(problems()).to.deep.equal([
        '$.groups[1].partners[2].name: expected a non-empty string, found an empty string',
      ]);
      await sendKeys({type: 'Changi General Hospital'});
      await typeInto(control('Description', added), 'A hospital in the east.');
      await until(
        () => previewTexts('[part="card-name"]').includes('Changi General Hospital'),
        'the preview shows the new partner'
      );
      expect(problems()).to.deep.equal([]);
    });
  });

  describe('when the glossary and the intro are edited', () => {
    it('expands the new acronym in the preview', async () => {
      await openEditor();
      const intro = control<HTMLTextAreaElement>('Introduction');
      intro.focus();
      intro.setSelectionRange(intro.value.length, intro.value.length);
      await sendKeys({type: ' It works with every CRO.'});
      button('Add acronym').click();
      expect(focused()).to.equal(nameOf(doc.querySelector('[aria-label="Acronym, row 5"]')));
      await sendKeys({type: 'CRO'});
      doc.querySelector<HTMLInputElement>('[aria-label="Expansion of CRO"]')!.focus();
      await sendKeys({type: 'Contract Research Organisation'});
      await until(
        () =>
          preview().querySelector(
            '[part="intro"] [part~="acronym"][data-expansion="Contract Research Organisation"]'
          ) !== null,
        'the preview expands CRO'
      );
      expect(button('Remove acronym CRO')).to.exist;
    });
  });

  it('lays the form and the preview side by side on a wide screen, one above the other on a phone', async () => {
    await openEditor(1200);
    let edit = doc.querySelector('.edit')!.getBoundingClientRect();
    let side = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(side.left).to.be.greaterThan(edit.right);
    frame!.style.width = '390px';
    await until(() => doc.documentElement.clientWidth === 390, 'the frame narrows');
    edit = doc.querySelector('.edit')!.getBoundingClientRect();
    side = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(side.top).to.be.greaterThan(edit.bottom);
    expect(doc.documentElement.scrollWidth, 'nothing scrolls sideways').to.equal(390);
  });

  it('requests nothing but its own static files', async () => {
    await openEditor();
    await typeInto(
      control('Website', fieldset('Partner 1: Health Sciences Authority')),
      'https://example.org/'
    );
    choose('Export as', 'Include HTML');
    button('Copy HTML').click();
    // A refused or failed request shows up in the resource timing list a moment later.
    await wait(300);
    const origin = frame!.contentWindow!.location.origin;
    const requests = frame!
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).to.deep.equal([]);
  });

  describe('accessibility', () => {
    /** Runs axe inside the editor's own document; resolves to its violations. */
    async function axeViolations() {
      const win = frame!.contentWindow! as Window & {axe?: {run: (context: Document) => Promise<AxeResults>}};
      if (!win.axe) {
        const script = doc.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
        doc.head.append(script);
        await loaded;
      }
      const {violations} = await win.axe!.run(doc);
      return violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`
      );
    }
    interface AxeResults {
      violations: {id: string; nodes: {html: string}[]}[];
    }

    it('has no axe violations in the form, with problems shown', async () => {
      await openEditor();
      // Not an empty title: the widget then leaves out its title heading but keeps the group headings a level
      // below it, which axe reports as heading-order in the preview (the widget's, not the editor's, to fix).
      await typeInto(control('Name', fieldset('Partner 1: Health Sciences Authority')), '');
      await typeInto(control('Website', fieldset('Partner 1:')), 'javascript:alert(1)');
      button('Add acronym').click();
      expect(problems()).to.have.length(2);
      expect(await axeViolations()).to.deep.equal([]);
    });

    it('has no axe violations in the text view and the HTML export', async () => {
      await openEditor();
      choose('Edit as', 'YAML or JSON text');
      choose('Export as', 'Include HTML');
      expect(await axeViolations()).to.deep.equal([]);
    });
  });
});
