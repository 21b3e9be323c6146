import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import YAML from 'yaml';
import {renderStaticHtml, scriPartnersData, validateData} from '../src/data/index.js';
import type {PartnersData} from '../src/data/index.js';
import '../src/editor/index.js';
import type {ScriPartnersEditor} from '../src/editor/scri-partners-editor.js';
import type {EditorChangeDetail} from '../src/events.js';
import {engine, mount, texts, wait} from './helpers.js';

// <scri-partners-editor> as an editor uses it: real typing and key presses where the keyboard is the point,
// element.click() for buttons where a real click would add nothing.

const draftKey = 'scri-partners-editor-draft';
let editor: ScriPartnersEditor;
let root: ShadowRoot;

// The preview is a <scri-partners debug>, which warns of each problem in the data, as the tests below make them.
const warn = console.warn;
beforeEach(() => {
  localStorage.removeItem(draftKey);
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('scri-partners: $')) warn(...args);
  };
});
afterEach(() => {
  console.warn = warn;
  localStorage.removeItem(draftKey);
});

/** Polls `check` until it returns true; fails with `what` after a generous limit (a loaded machine is slow). */
async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 8000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Mounts the editor `width` px wide and waits until its preview shows the partners. */
async function openEditor(width = 1200) {
  editor = await mount<ScriPartnersEditor>(
    html`<scri-partners-editor style=${`width: ${width}px`}></scri-partners-editor>`
  );
  root = editor.shadowRoot!;
  await until(() => previewTexts('[part="title"]').length > 0, 'the preview shows a title');
  return editor;
}

const preview = () => root.querySelector('scri-partners')!.shadowRoot!;
const previewTexts = (selector: string) => texts(preview(), selector);
const problems = () => texts(root, '.problems [aria-live="polite"] li');
const status = () => root.querySelector('[role="status"]')!.textContent!.trim();
/** Waits until typing has settled: the preview and the problems list have caught up (200 ms, with a margin). */
const settled = () => wait(400);

/** An element as a visitor would find it: its tag, id and name. */
const nameOf = (element: Element | null) =>
  element
    ? `<${element.localName}${element.id ? `#${element.id}` : ''}> ${
        element.getAttribute('aria-label') ?? element.textContent!.replace(/\s+/g, ' ').trim()
      }`.trim()
    : 'nothing';
const focused = () => nameOf(root.activeElement);

/** The fieldset whose legend starts with `legend`. */
function fieldset(legend: string) {
  const found = [...root.querySelectorAll('fieldset')].find((set) =>
    set.querySelector(':scope > legend')!.textContent!.trim().startsWith(legend)
  );
  if (!found) throw new Error(`no fieldset "${legend}…"`);
  return found;
}

/** The control labelled `label` (its label's text, without "(optional)") inside `within`. */
function control<T extends HTMLElement = HTMLInputElement>(label: string, within: ParentNode = root): T {
  const found = [...within.querySelectorAll('label')].find(
    (item) => item.textContent!.replace('(optional)', '').replace(/\s+/g, ' ').trim() === label
  );
  if (!found) throw new Error(`no label "${label}"`);
  return (found.control ?? root.getElementById(found.htmlFor)) as T;
}

/** The button whose accessible name (aria-label or text) is `name`. */
function button(name: string, within: ParentNode = root) {
  const found = [...within.querySelectorAll('button')].find(
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

/** The open confirmation dialog, once it is open. */
async function dialog() {
  await until(() => root.querySelector('dialog[open]') !== null, 'the confirmation opens');
  return root.querySelector('dialog')!;
}

/** Answers the open confirmation with the button named `name`, and waits until it closes. */
async function answer(name: string) {
  button(name, await dialog()).click();
  await until(() => root.querySelector('dialog[open]') === null, 'the confirmation closes');
  // The answer takes effect in the task after the click.
  await wait(0);
  await editor.updateComplete;
}

/** Presses Ctrl (or Cmd) with `key`, as real key presses in every engine. */
async function chord(modifier: 'Control' | 'Meta', key: string, shift = false) {
  if (engine === 'webkit') {
    await sendKeys({press: `${modifier}+${shift ? 'Shift+' : ''}${key}`});
    return;
  }
  await sendKeys({down: modifier});
  if (shift) await sendKeys({down: 'Shift'});
  await sendKeys({press: key});
  if (shift) await sendKeys({up: 'Shift'});
  await sendKeys({up: modifier});
}

const exported = () => control<HTMLTextAreaElement>(exportLabel()).value;
const exportLabel = () =>
  root.querySelector<HTMLLabelElement>('label[for="export-text"]')!.textContent!.trim();

/** SCRI's data with the first partner renamed, as the tests below edit it. */
const renamed = (name: string): PartnersData => {
  const data = structuredClone(scriPartnersData);
  data.groups[0].partners[0].name = name;
  return data;
};

/** Chooses `file` in the editor's file input. */
function chooseFile(file: File) {
  const input = control('Open a JSON or YAML file');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}
const openFile = (name: string, text: string) => chooseFile(new File([text], name));

/** Whether leaving the page now would ask first. */
function leavingAsks() {
  const event = new Event('beforeunload', {cancelable: true});
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<scri-partners-editor>', () => {
  describe('when it opens', () => {
    it("shows SCRI's built-in partners in the form and in the preview, with no problems", async () => {
      await openEditor();
      expect(control('Title').value).to.equal('Public Sector Partners');
      expect(previewTexts('[part="title"]')).to.deep.equal(['Public Sector Partners']);
      const names = [...root.querySelectorAll('fieldset.partner')].map((set) => control('Name', set).value);
      expect(names).to.have.length(15);
      expect(previewTexts('[part="card-name"]')).to.deep.equal(names);
      expect(texts(root, '.problems [aria-live="polite"]')).to.deep.equal(['No problems.']);
      expect(leavingAsks(), 'nothing to lose yet').to.be.false;
    });

    it('offers links to Export, Problems, Preview and each group, which move focus there', async () => {
      await openEditor();
      const links = texts(root, 'nav a');
      expect(links.slice(0, 5)).to.deep.equal(['Open', 'Edit', 'Problems (0)', 'Preview', 'Export']);
      expect(links).to.include('Public healthcare clusters');
      [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Export')!.click();
      expect(focused()).to.equal('<h2#export-heading> Export');
      const groupLink = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find(
        (a) => a.textContent === 'Public healthcare clusters'
      )!;
      groupLink.closest('nav')!; // the group's details may be closed: the link opens it
      root.querySelectorAll('details')[1].open = false;
      groupLink.click();
      expect(root.querySelectorAll('details')[1].open).to.be.true;
      expect(focused()).to.equal(nameOf(control('Heading', fieldset('Group 2: Public healthcare clusters'))));
    });
  });

  describe("when a partner's name is changed in the form", () => {
    it('shows the new name in the preview, names its buttons with it, and tells the host page', async () => {
      await openEditor();
      const changes: EditorChangeDetail[] = [];
      editor.addEventListener('scri-editor-change', (event) => changes.push(event.detail));
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
      await until(() => changes.length > 0, 'the change event');
      const last = changes[changes.length - 1];
      expect(last.data).to.deep.equal(renamed('Health Sciences Agency'));
      expect(last.problems).to.deep.equal([]);
    });
  });

  describe('when the title is emptied and a website is unsafe', () => {
    it('marks the field at once, then lists each problem in plain words as a link to its field', async () => {
      await openEditor();
      await typeInto(control('Title'), '');
      // The field's own message does not wait for typing to pause.
      expect(control('Title').getAttribute('aria-invalid')).to.equal('true');
      expect(
        root.getElementById(control('Title').getAttribute('aria-describedby')!)!.textContent!.trim()
      ).to.equal('The title is empty: please fill it in.');
      await typeInto(
        control('Website', fieldset('Partner 1: Health Sciences Authority')),
        'javascript:alert(1)'
      );
      await until(() => problems().length === 2, 'the problems list catches up');
      expect(problems()).to.deep.equal([
        'The section: The title is empty: please fill it in.',
        'Group "Regulatory authorities", partner "Health Sciences Authority": The website must start with https:// (or http://, or mailto: for an email address), not "javascript:alert(1)".',
      ]);
      expect(root.querySelector('.problems ul')!.closest('[aria-live="polite"]')).to.exist;
      // The preview is the widget's own debug list, by path, as the command line reports it.
      await until(() => previewTexts('[part="problems"] li').length === 2, 'the preview lists the problems');
      expect(previewTexts('[part="problems"] li')).to.deep.equal([
        '$.title: expected a non-empty string, found an empty string',
        '$.groups[0].partners[0].url: expected an https, http, mailto or relative URL, found "javascript:alert(1)"',
      ]);
      expect(preview().querySelector('[part="card-link"]')!.getAttribute('href')).to.not.contain(
        'javascript'
      );
      root.querySelector<HTMLAnchorElement>('.problems li:nth-child(2) a')!.click();
      expect(focused()).to.equal(
        nameOf(control('Website', fieldset('Partner 1: Health Sciences Authority')))
      );
      root.querySelector<HTMLAnchorElement>('.problems li:nth-child(1) a')!.click();
      expect(focused()).to.equal(nameOf(control('Title')));
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
      // The export, like the preview, is written again once typing pauses.
      await settled();
      expect(exportLabel()).to.equal("YAML for Jekyll's _data/scri_partners.yml");
      expect(YAML.parse(exported())).to.deep.equal(expected);
      choose('Export as', 'JSON');
      await editor.updateComplete;
      expect(JSON.parse(exported())).to.deep.equal(expected);
      choose('Export as', 'Include HTML');
      await editor.updateComplete;
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
      await editor.updateComplete;
      expect(exported()).to.equal(
        renderStaticHtml(validateData(expected).data!, {headingLevel: 3, wrapper: 'div'})
      );
    });

    it('downloads the export as a file, from the browser itself, and then leaving asks nothing', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Our partners');
      expect(leavingAsks()).to.be.true;
      const links: HTMLAnchorElement[] = [];
      root.addEventListener(
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
      await editor.updateComplete;
      button('Download scri-partners.json').click();
      expect(links).to.have.length(1);
      expect(links[0].download).to.equal('scri-partners.json');
      expect(links[0].href).to.match(/^blob:/);
      const file = await (await fetch(links[0].href)).text();
      expect(file).to.equal(exported());
      expect(JSON.parse(file)).to.deep.equal({...scriPartnersData, title: 'Our partners'});
      await editor.updateComplete;
      expect(status()).to.equal('Downloaded scri-partners.json.');
      expect(leavingAsks()).to.be.false;
    });

    it('reads its own YAML (as a file) and JSON (pasted) back into the same data', async () => {
      await openEditor();
      await typeInto(
        control('Name', fieldset('Partner 1: Health Sciences Authority')),
        'Health Sciences Agency'
      );
      const expected = renamed('Health Sciences Agency');
      await settled();
      const yaml = exported();
      choose('Export as', 'JSON');
      await editor.updateComplete;
      const json = exported();

      button("Start from SCRI's partners").click();
      await answer('Replace');
      await until(
        () => previewTexts('[part="card-name"]')[0] === 'Health Sciences Authority',
        'the data resets'
      );
      openFile('partners.yml', yaml);
      await answer('Replace');
      await until(() => status() === 'Opened partners.yml.', 'the file opens');
      expect(control('Name', fieldset('Partner 1:')).value).to.equal('Health Sciences Agency');
      await until(
        () => previewTexts('[part="card-name"]')[0] === 'Health Sciences Agency',
        'the preview follows'
      );
      expect(JSON.parse(exported())).to.deep.equal(expected);
      expect(exported()).to.equal(json);

      button("Start from SCRI's partners").click();
      await answer('Replace');
      choose('Edit as', 'YAML or JSON text');
      await editor.updateComplete;
      paste(control<HTMLTextAreaElement>('Partners data as YAML'), json);
      choose('Edit as', 'A form');
      await editor.updateComplete;
      expect(control('Name', fieldset('Partner 1:')).value).to.equal('Health Sciences Agency');
      choose('Export as', 'YAML');
      await editor.updateComplete;
      expect(YAML.parse(exported())).to.deep.equal(expected);
      expect(exported()).to.equal(yaml);
    });
  });

  describe('when a YAML file with comments is opened and edited', () => {
    it("keeps the file's comments in the YAML export, and quotes what YAML 1.1 would misread", async () => {
      await openEditor();
      const data = renamed('Health Sciences Authority');
      const yaml = `# SCRI's partners: edit with care\n${YAML.stringify(data)}`.replace(
        'groups:',
        '# Shown in this order\ngroups:'
      );
      openFile('scri_partners.yml', yaml);
      await answer('Replace');
      await typeInto(control('Acronym', fieldset('Partner 1: Health Sciences Authority')), 'NO');
      await settled();
      expect(exported()).to.match(/^# SCRI's partners: edit with care$/m);
      expect(exported()).to.match(/^# Shown in this order$/m);
      expect(exported()).to.match(/^ {8}acronym: "NO"$/m);
    });
  });

  describe('when the view switches between the form and the text', () => {
    it('keeps the edits made in either', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Our partners');
      choose('Edit as', 'YAML or JSON text');
      await editor.updateComplete;
      const text = control<HTMLTextAreaElement>('Partners data as YAML');
      expect(YAML.parse(text.value).title).to.equal('Our partners');
      choose('Text format', 'JSON');
      await editor.updateComplete;
      const json = control<HTMLTextAreaElement>('Partners data as JSON');
      expect(JSON.parse(json.value).title).to.equal('Our partners');
      paste(json, json.value.replace('"Our partners"', '"Partners of SCRI"'));
      await until(
        () => previewTexts('[part="title"]')[0] === 'Partners of SCRI',
        'the preview follows the text'
      );
      choose('Edit as', 'A form');
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Partners of SCRI');
    });

    // D5: the form was marked as chosen while the text stayed, and Export offered the last readable data.
    it('keeps the text view chosen while its text cannot be read, and turns Export off with the reason', async () => {
      await openEditor();
      choose('Edit as', 'YAML or JSON text');
      await editor.updateComplete;
      const text = control<HTMLTextAreaElement>('Partners data as YAML');
      paste(text, 'title: [unclosed');
      await editor.updateComplete;
      expect(problems()[0]).to.match(/^The text is not valid YAML: .+ The preview shows the last text/);
      expect(text.getAttribute('aria-invalid')).to.equal('true');
      choose('Edit as', 'A form');
      await editor.updateComplete;
      expect(control('A form', fieldset('Edit as')).checked, '"A form" stays unchosen').to.be.false;
      expect(control('YAML or JSON text', fieldset('Edit as')).checked).to.be.true;
      expect(status()).to.match(/^Still showing the text: The text is not valid YAML/);
      await until(() => focused() === nameOf(text), 'focus goes to the text');
      expect(button('Download scri_partners.yml').disabled).to.be.true;
      expect(button('Copy YAML').disabled).to.be.true;
      expect(root.getElementById('export-note')!.textContent).to.match(
        /^Export is off until the text can be read: The text is not valid YAML/
      );
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
      button('Move group Regulatory authorities up').focus();
      await sendKeys({press: 'Enter'});
      await until(
        () => previewTexts('[part="group-title"]')[0] === 'Regulatory authorities',
        'the preview shows the group first again'
      );
      // First again, so Up is disabled: focus goes to Down rather than being lost.
      expect(button('Move group Regulatory authorities up').disabled).to.be.true;
      expect(focused()).to.equal(nameOf(button('Move group Regulatory authorities down')));
    });

    it('asks before removing a partner, then moves focus to the next partner; a new partner’s id follows its name', async () => {
      await openEditor();
      button('Remove partner National Healthcare Group').focus();
      await sendKeys({press: 'Enter'});
      expect((await dialog()).textContent).to.contain('Remove partner National Healthcare Group?');
      await answer('Remove partner National Healthcare Group');
      expect(status()).to.equal('Removed partner National Healthcare Group.');
      await until(
        () => focused() === nameOf(control('Name', fieldset('Partner 1: Singapore Health Services'))),
        'focus moves to the next partner'
      );
      await until(
        () => !previewTexts('[part="card-name"]').includes('National Healthcare Group'),
        'the preview drops the partner'
      );
      button('Add partner to Public healthcare clusters').focus();
      await sendKeys({press: 'Enter'});
      const added = fieldset('Partner 3: new-partner-1');
      await until(() => focused() === nameOf(control('Name', added)), 'focus moves to the new name');
      await until(() => problems().length === 2, 'the problems list catches up');
      expect(problems()).to.deep.equal([
        'Group "Public healthcare clusters", partner 3: The name is empty: please fill it in.',
        'Group "Public healthcare clusters", partner 3: The description is empty: please fill it in.',
      ]);
      await sendKeys({type: 'Changi General Hospital'});
      expect(control('Id', added).value).to.equal('changi-general-hospital');
      await typeInto(control('Description', added), 'A hospital in the east.');
      await until(
        () => previewTexts('[part="card-name"]').includes('Changi General Hospital'),
        'the preview shows the new partner'
      );
      await until(() => problems().length === 0, 'no problems');
      // Once the id is edited by hand, it stays.
      await typeInto(control('Id', added), 'cgh');
      await typeInto(control('Name', added), 'Changi General');
      expect(control('Id', added).value).to.equal('cgh');
    });

    it('takes back typing with Ctrl+Z and makes it again with Ctrl+Shift+Z, and Cmd on a Mac', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Our partners');
      await chord('Control', 'z');
      await editor.updateComplete;
      // All the letters typed in one field are one step.
      expect(control('Title').value).to.equal('Public Sector Partners');
      await chord('Control', 'z', true);
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Our partners');
      await chord('Meta', 'z');
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Public Sector Partners');
    });
  });

  describe('when changes are undone and redone', () => {
    it('takes back a form edit and a text edit in turn, and redoes them', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Our partners');
      choose('Edit as', 'YAML or JSON text');
      await editor.updateComplete;
      const text = control<HTMLTextAreaElement>('Partners data as YAML');
      paste(text, text.value.replace('Our partners', 'Partners of SCRI'));
      choose('Edit as', 'A form');
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Partners of SCRI');
      button('Undo').click();
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Our partners');
      button('Undo').click();
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Public Sector Partners');
      expect(button('Undo').disabled).to.be.true;
      button('Redo').click();
      button('Redo').click();
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Partners of SCRI');
      await until(() => previewTexts('[part="title"]')[0] === 'Partners of SCRI', 'the preview follows');
    });

    it('brings back a removed group', async () => {
      await openEditor();
      button('Remove group Regulatory authorities').click();
      expect((await dialog()).textContent).to.contain('Remove group Regulatory authorities and its partner?');
      await answer('Remove group Regulatory authorities');
      expect(texts(root, 'fieldset.group > legend')[0]).to.equal('Group 1: Public healthcare clusters');
      button('Undo').click();
      await editor.updateComplete;
      expect(texts(root, 'fieldset.group > legend')[0]).to.equal('Group 1: Regulatory authorities');
    });
  });

  describe('when data would be replaced or removed', () => {
    it('asks first; Cancel keeps the data and the confirmation replaces it', async () => {
      await openEditor();
      button('Start an empty list').click();
      expect((await dialog()).textContent).to.contain('Replace the list you are editing with an empty one?');
      await answer('Cancel');
      expect(control('Title').value).to.equal('Public Sector Partners');
      expect(root.querySelectorAll('fieldset.partner')).to.have.length(15);
      button('Start an empty list').click();
      await answer('Replace');
      expect(control('Title').value).to.equal('Our partners');
      expect(root.querySelectorAll('fieldset.partner')).to.have.length(1);
    });

    it('asks before a removal, and Cancel keeps the partner', async () => {
      await openEditor();
      button('Remove group Regulatory authorities').click();
      await answer('Cancel');
      button('Remove partner Health Sciences Authority').click();
      await answer('Cancel');
      expect(fieldset('Partner 1: Health Sciences Authority')).to.exist;
      expect(fieldset('Group 1: Regulatory authorities')).to.exist;
    });

    it('asks before a file replaces the data', async () => {
      await openEditor();
      openFile('other.json', JSON.stringify(renamed('Other name')));
      await answer('Cancel');
      expect(control('Name', fieldset('Partner 1:')).value).to.equal('Health Sciences Authority');
    });
  });

  // D5, D6: a file that cannot be a partners list threw, emptied the title and kept the old groups.
  describe('when a file that is not a usable partners list is opened', () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024).fill(97)], 'huge.yml');
    const binary = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff])],
      'logo.png'
    );
    const cases: [string, File, RegExp][] = [
      ['{"hello": 1}', new File(['{"hello": 1}'], 'hello.json'), /hello\.json has no groups of partners/],
      [
        'no groups',
        new File(['title: Partners\nintro: []\ngroups: []\n'], 'empty.yml'),
        /empty\.yml has no groups of partners/,
      ],
      ['an array', new File(['[1, 2]'], 'list.json'), /list\.json holds a list, not a partners list/],
      ['a scalar', new File(['42'], 'number.yml'), /number\.yml holds a single value/],
      ['10 MB', big, /huge\.yml is 10\.0 MB, far larger than a partners list/],
      ['binary', binary, /logo\.png is not a text file/],
      ['broken YAML', new File(['title: [unclosed'], 'broken.yml'), /broken\.yml is not valid YAML: /],
    ];
    for (const [kind, file, message] of cases) {
      it(`keeps the previous data and says why (${kind})`, async () => {
        await openEditor();
        await typeInto(control('Title'), 'Kept title');
        chooseFile(file);
        await until(() => status().startsWith('Could not open'), 'the editor answers');
        expect(status()).to.match(message);
        expect(status()).to.match(/The editor still has the data it had\.$/);
        expect(root.querySelector('dialog[open]') === null).to.be.true;
        expect(control('Title').value).to.equal('Kept title');
        expect(root.querySelectorAll('fieldset.partner')).to.have.length(15);
        await until(() => previewTexts('[part="title"]')[0] === 'Kept title', 'the preview keeps the data');
      });
    }
  });

  // D2: the untouched NHG field got the error, and NHG's card left the preview.
  describe('when an id is changed to one another partner has', () => {
    it('reports it on the field just edited, naming the partner that has it, and keeps that partner’s card', async () => {
      await openEditor();
      const hsa = fieldset('Partner 1: Health Sciences Authority');
      await typeInto(control('Id', hsa), 'nhg');
      await until(() => problems().length === 1, 'the problems list catches up');
      expect(problems()).to.deep.equal([
        'Group "Regulatory authorities", partner "Health Sciences Authority": The id "nhg" is already used by "National Healthcare Group". Each partner needs its own id.',
      ]);
      expect(control('Id', hsa).getAttribute('aria-invalid')).to.equal('true');
      expect(
        control('Id', fieldset('Partner 1: National Healthcare Group')).getAttribute('aria-invalid')
      ).to.equal('false');
      await until(
        () => !previewTexts('[part="card-name"]').includes('Health Sciences Authority'),
        'the preview leaves out the edited partner'
      );
      expect(previewTexts('[part="card-name"]')).to.include('National Healthcare Group');
    });
  });

  describe("when a group's id is changed to one another group has", () => {
    it('reports it on the group just edited, and keeps the other group in the preview', async () => {
      await openEditor();
      const regulators = fieldset('Group 1: Regulatory authorities');
      await typeInto(control('Id', regulators), 'clusters');
      await until(() => problems().length === 1, 'the problems list catches up');
      expect(problems()).to.deep.equal([
        'Group "Regulatory authorities": The id "clusters" is already used by "Public healthcare clusters". Each group needs its own id.',
      ]);
      expect(control('Id', regulators).getAttribute('aria-invalid')).to.equal('true');
      expect(
        control('Id', fieldset('Group 2: Public healthcare clusters')).getAttribute('aria-invalid')
      ).to.equal('false');
      await until(
        () => !previewTexts('[part="group-title"]').includes('Regulatory authorities'),
        'the preview leaves out the edited group'
      );
      expect(previewTexts('[part="group-title"]')).to.include('Public healthcare clusters');
    });
  });

  describe('when the editor is opened again after changes that were not exported', () => {
    it('offers the draft back, and restores it', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Draft title');
      await settled();
      editor.remove();
      await openEditor();
      expect(control('Title').value).to.equal('Public Sector Partners');
      const offer = root.querySelector('.draft')!;
      expect(offer.textContent).to.match(/Restore your unsaved draft from .+\?/);
      button('Restore', offer).click();
      await editor.updateComplete;
      expect(control('Title').value).to.equal('Draft title');
      expect(root.querySelector('.draft') === null).to.be.true;
      await until(() => previewTexts('[part="title"]')[0] === 'Draft title', 'the preview follows');
    });

    it('forgets the draft when it is discarded', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Draft title');
      await settled();
      editor.remove();
      await openEditor();
      button('Discard', root.querySelector('.draft')!).click();
      await editor.updateComplete;
      expect(root.querySelector('.draft') === null).to.be.true;
      editor.remove();
      await openEditor();
      expect(root.querySelector('.draft') === null).to.be.true;
    });

    it('asks before the page is left', async () => {
      await openEditor();
      expect(leavingAsks()).to.be.false;
      await typeInto(control('Title'), 'Changed');
      expect(leavingAsks()).to.be.true;
      editor.remove();
      expect(leavingAsks(), 'a removed editor asks nothing').to.be.false;
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
      await until(
        () => focused() === nameOf(root.querySelector('[aria-label="Acronym, row 5"]')),
        'focus moves to the new row'
      );
      await sendKeys({type: 'CRO'});
      await editor.updateComplete;
      root.querySelector<HTMLInputElement>('[aria-label="Expansion of CRO"]')!.focus();
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

  describe('when an acronym is listed twice in the glossary', () => {
    it('reports it on the row, in plain words', async () => {
      await openEditor();
      button('Add acronym').click();
      await until(
        () => focused() === nameOf(root.querySelector('[aria-label="Acronym, row 5"]')),
        'focus moves to the new row'
      );
      await sendKeys({type: 'SCRI'});
      const twice = 'Glossary, "SCRI": The acronym "SCRI" is in the glossary twice: keep one of them.';
      await until(() => problems().includes(twice), 'the problems list names the repeated acronym');
      expect(root.querySelector('[aria-label="Acronym, row 5"]')!.getAttribute('aria-invalid')).to.equal(
        'true'
      );
    });
  });

  it('lays the form and the preview side by side on a wide screen, one above the other on a phone', async () => {
    await openEditor(1200);
    let edit = root.querySelector('.edit')!.getBoundingClientRect();
    let side = root.querySelector('.preview')!.getBoundingClientRect();
    expect(side.left).to.be.greaterThan(edit.right);
    expect(getComputedStyle(root.querySelector('.side')!).position).to.equal('sticky');
    editor.style.width = '390px';
    await until(() => editor.getBoundingClientRect().width === 390, 'the editor narrows');
    edit = root.querySelector('.edit')!.getBoundingClientRect();
    side = root.querySelector('.preview')!.getBoundingClientRect();
    expect(side.top).to.be.greaterThan(edit.bottom);
    expect(editor.scrollWidth, 'nothing scrolls sideways').to.be.at.most(390);
  });

  it('collapses a group to its summary', async () => {
    await openEditor();
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Group 1: Regulatory authorities (1 partner)'
    );
    details.querySelector('summary')!.click();
    expect(details.open).to.be.false;
    expect(control('Heading', details).checkVisibility(), 'the heading field is hidden').to.be.false;
  });

  describe('demo/editor.html', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('shows the editor and requests nothing but its own static files', async () => {
      frame = document.createElement('iframe');
      frame.title = 'Partners editor';
      frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
      frame.src = '/demo/editor.html';
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow! as Window & typeof globalThis;
      win.addEventListener('error', (event) =>
        window.__litIssues.push(`uncaught in the editor: ${event.message}`)
      );
      const page = frame.contentDocument!;
      await until(
        () =>
          page
            .querySelector('scri-partners-editor')
            ?.shadowRoot?.querySelector('scri-partners')
            ?.shadowRoot?.querySelector('[part="title"]') != null,
        'the editor shows its preview'
      );
      await wait(300);
      const requests = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((url) => !url.startsWith(`${win.location.origin}/`))).to.deep.equal([]);
      win.localStorage.removeItem(draftKey);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in the form, with problems shown', async () => {
      await openEditor();
      // Not an empty title: the widget then leaves out its title heading but keeps the group headings a level
      // below it, which axe reports as heading-order in the preview (the widget's, not the editor's, to fix).
      await typeInto(control('Name', fieldset('Partner 1: Health Sciences Authority')), '');
      await typeInto(control('Website', fieldset('Partner 1:')), 'javascript:alert(1)');
      button('Add acronym').click();
      await until(() => problems().length === 2, 'the problems list catches up');
      await expect(editor).to.be.accessible();
    });

    it('has no axe violations in the text view and the HTML export', async () => {
      await openEditor();
      choose('Edit as', 'YAML or JSON text');
      choose('Export as', 'Include HTML');
      await editor.updateComplete;
      await expect(editor).to.be.accessible();
    });

    it('has no axe violations with text it cannot read', async () => {
      await openEditor();
      choose('Edit as', 'YAML or JSON text');
      await editor.updateComplete;
      paste(control<HTMLTextAreaElement>('Partners data as YAML'), 'title: [unclosed');
      await editor.updateComplete;
      await expect(editor).to.be.accessible();
    });

    it('has no axe violations with a confirmation open', async () => {
      await openEditor();
      button('Start an empty list').click();
      await dialog();
      await expect(editor).to.be.accessible();
      await answer('Cancel');
    });

    it('has no axe violations while it offers a draft', async () => {
      await openEditor();
      await typeInto(control('Title'), 'Draft title');
      await settled();
      editor.remove();
      await openEditor();
      expect(root.querySelector('.draft') !== null).to.be.true;
      await expect(editor).to.be.accessible();
    });
  });
});
