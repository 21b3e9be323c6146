import {expect, html, waitUntil} from '@open-wc/testing';
import {ContextProvider} from '@lit/context';
import {LitElement} from 'lit';
import '../src/index.js';
import {acronymContext, type AcronymContext, type ScriPartners} from '../src/index.js';
import {GlossaryReader} from './fixtures/glossary-reader.js';
import {mount} from './helpers.js';

// A host page's own @lit/context code talks to the widget's glossary context: its ContextConsumer, its
// ContextRoot, and its own closer ContextProvider all work with <scri-partners> as they do between Lit elements.

/** A host page's element that reads the acronym context with @lit/context, keeping every value it receives. */
class ContextReader extends GlossaryReader {}
customElements.define('context-reader', ContextReader);

/** A host page's element that provides its own acronym context; defined only when a test says so. */
class CloserProvider extends LitElement {
  provider = new ContextProvider(this, {
    context: acronymContext,
    initialValue: {
      glossary: {entries: new Map([['SCRI', 'From the closer provider']]), pattern: null},
      expand: false,
    },
  });
}

const scri = (value: AcronymContext | undefined) => value?.glossary.entries.get('SCRI');

/** Presses the widget's "Show full names" toggle, as a visitor does, and waits for the widget to update. */
async function pressShowFullNames(widget: ScriPartners) {
  const button = [...widget.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === 'Show full names'
  );
  expect(button, 'the "Show full names" button').to.exist;
  button!.click();
  await widget.updateComplete;
}

describe('the acronym context, to @lit/context code in the host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  describe('when a subscribed ContextConsumer sits in the footer slot and a visitor toggles full names twice', () => {
    it('receives the glossary, then expand: true, then expand: false, one value a press', async () => {
      const widget = await mount<ScriPartners>(
        html`<scri-partners><context-reader slot="footer"></context-reader></scri-partners>`
      );
      const reader = widget.querySelector<ContextReader>('context-reader')!;
      expect(scri(reader.values.at(-1))).to.equal('Singapore Clinical Research Institute');
      expect(reader.values.map((value) => value.expand)).not.to.include(true);
      const before = reader.values.length;

      await pressShowFullNames(widget);
      expect(reader.values.length, 'values received after the first press').to.equal(before + 1);
      expect(reader.values.at(-1)!.expand).to.be.true;
      expect(scri(reader.values.at(-1))).to.equal('Singapore Clinical Research Institute');

      await pressShowFullNames(widget);
      expect(reader.values.length, 'values received after the second press').to.equal(before + 2);
      expect(reader.values.at(-1)!.expand).to.be.false;
    });
  });

  describe('when a ContextRoot’s consumer asked before the widget’s script loaded', () => {
    it('gets the widget’s glossary once the script defines the widget', async function () {
      this.timeout(30000);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <scri-partners><glossary-reader slot="footer"></glossary-reader></scri-partners>
        <script type="module" src="/test/fixtures/context-root-page.ts"></script></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      const page = frame.contentWindow!;
      // The page's module loads in the frame on its own time: poll, with a generous limit.
      await waitUntil(
        () => page.customElements.get('glossary-reader'),
        'the host page’s consumer never defined',
        {
          timeout: 10000,
        }
      );
      const reader = page.document.querySelector('glossary-reader') as GlossaryReader;
      expect(page.customElements.get('scri-partners'), 'the widget, before its script loads').to.be.undefined;
      expect(reader.values, 'values received before the widget’s script loads').to.deep.equal([]);

      await page.loadWidget();
      await waitUntil(() => reader.values.length > 0, 'the consumer never received the widget’s context', {
        timeout: 10000,
      });
      expect(scri(reader.values.at(-1))).to.equal('Singapore Clinical Research Institute');
    });
  });

  describe('when a closer provider of the context appears around a subscribed consumer', () => {
    it('hands the consumer over: it follows the closer provider, no longer the widget', async () => {
      const widget = await mount<ScriPartners>(
        html`<scri-partners
          ><closer-provider slot="footer"><context-reader></context-reader></closer-provider
        ></scri-partners>`
      );
      const reader = widget.querySelector<ContextReader>('context-reader')!;
      expect(scri(reader.values.at(-1)), 'before the closer provider is defined').to.equal(
        'Singapore Clinical Research Institute'
      );

      customElements.define('closer-provider', CloserProvider);
      const closer = widget.querySelector<CloserProvider>('closer-provider')!;
      await closer.updateComplete;
      expect(scri(reader.values.at(-1)), 'once the closer provider connected').to.equal(
        'From the closer provider'
      );

      const glossary = {entries: new Map([['SCRI', 'Set later by the closer provider']]), pattern: null};
      closer.provider.setValue({glossary, expand: true});
      expect(reader.values.at(-1)).to.deep.equal({glossary, expand: true});

      const received = reader.values.length;
      await pressShowFullNames(widget);
      await pressShowFullNames(widget);
      expect(reader.values.length, 'values received from the widget after the handover').to.equal(received);
    });
  });
});
