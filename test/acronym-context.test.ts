import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {PartnersData, ScriAcronym, ScriPartners} from '../src/index.js';
import {mount} from './helpers.js';

// A <scri-acronym> that a host page puts inside a widget takes its expansion from that widget's glossary,
// whatever order the page, the script and the widget's data arrive in.

/** The tooltip text a visitor gets when the acronym has keyboard focus, or '' when it offers none. */
async function expansionShown(acronym: ScriAcronym): Promise<string> {
  await acronym.updateComplete;
  const trigger = acronym.shadowRoot!.querySelector<HTMLElement>('[part="acronym"]');
  if (!trigger || trigger.tabIndex !== 0) return '';
  trigger.focus();
  await acronym.updateComplete;
  const text = acronym.shadowRoot!.querySelector('[role="tooltip"]')?.textContent ?? '';
  trigger.blur();
  await acronym.updateComplete;
  return text;
}

const withGlossary = (expansion: string): PartnersData => ({
  title: 'Partners',
  intro: [],
  groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'D.'}]}],
  glossary: {NMRC: expansion},
});

/** Loads a page whose markup is parsed before the module script that defines the elements. */
async function pageParsedBeforeScript(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}
    <script type="module" src="/src/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('<scri-acronym> inside <scri-partners>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  describe('when its markup is parsed before the script runs', () => {
    it('resolves from the widget, in the footer slot and in unslotted light DOM', async function () {
      this.timeout(30000);
      const page = await pageParsedBeforeScript(`<scri-partners>
          <p slot="footer">Funded by <scri-acronym id="slotted">NMRC</scri-acronym>.</p>
          <scri-acronym id="light">IIT</scri-acronym>
        </scri-partners>`);
      const slotted = page.querySelector<ScriAcronym>('#slotted')!;
      const light = page.querySelector<ScriAcronym>('#light')!;
      // The script loads in the frame on its own time: poll, with a generous limit.
      await waitUntil(
        () => slotted.shadowRoot?.querySelector('[part="acronym"]'),
        'the slotted acronym never rendered its trigger',
        {timeout: 10000}
      );
      expect(await expansionShown(slotted)).to.equal('National Medical Research Council');
      await waitUntil(
        () => light.shadowRoot?.querySelector('[part="acronym"]'),
        'the light-DOM acronym never rendered its trigger',
        {timeout: 10000}
      );
      expect(await expansionShown(light)).to.equal('Investigator-Initiated Trials');
    });
  });

  describe('when it is added after the widget rendered', () => {
    it('resolves from the widget', async () => {
      const widget = await mount<ScriPartners>(html`<scri-partners></scri-partners>`);
      const footer = document.createElement('p');
      footer.slot = 'footer';
      footer.innerHTML = 'Funded by <scri-acronym>NMRC</scri-acronym>.';
      widget.append(footer);
      expect(await expansionShown(footer.querySelector('scri-acronym')!)).to.equal(
        'National Medical Research Council'
      );
    });
  });

  describe('when it is moved from one widget to another', () => {
    it('takes the new widget’s expansion', async () => {
      const page = await mount<HTMLDivElement>(
        html`<div>
          <scri-partners id="a" .data=${withGlossary('From A')}
            ><p slot="footer"><scri-acronym>NMRC</scri-acronym></p></scri-partners
          >
          <scri-partners id="b" .data=${withGlossary('From B')}></scri-partners>
        </div>`
      );
      const acronym = page.querySelector('scri-acronym')!;
      expect(await expansionShown(acronym)).to.equal('From A');
      page.querySelector('#b')!.append(acronym.parentElement!);
      expect(await expansionShown(acronym)).to.equal('From B');
    });
  });

  describe('when the widget’s data changes later', () => {
    it('takes the new glossary’s expansion', async () => {
      const widget = await mount<ScriPartners>(
        html`<scri-partners
          ><p slot="footer"><scri-acronym>NMRC</scri-acronym></p></scri-partners
        >`
      );
      const acronym = widget.querySelector('scri-acronym')!;
      expect(await expansionShown(acronym)).to.equal('National Medical Research Council');
      widget.data = withGlossary('Changed later');
      await widget.updateComplete;
      expect(await expansionShown(acronym)).to.equal('Changed later');
    });
  });
});
