import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {DataErrorDetail, DataLoadDetail, ScriPartners} from '../src/index.js';
import './helpers.js';
import {texts, wait} from './helpers.js';

// Every URL here is answered by the real HTTP handlers in test/server/plugins.mjs.

let unique = 0;
/** An id no other test uses, so that the server's per-id counters start from zero. */
const freshId = () => `n${Date.now()}-${unique++}`;

type DataEvent = CustomEvent<DataLoadDetail | DataErrorDetail>;

/** Records the widget's data events and console warnings from now until `stop()`. */
function record() {
  const events: DataEvent[] = [];
  const warnings: string[] = [];
  const onEvent = (event: Event) => events.push(event as DataEvent);
  document.addEventListener('scri-data-load', onEvent);
  document.addEventListener('scri-data-error', onEvent);
  const previous = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('scri-partners:')) warnings.push(text);
    else previous(...args);
  };
  const stop = () => {
    document.removeEventListener('scri-data-load', onEvent);
    document.removeEventListener('scri-data-error', onEvent);
    console.warn = previous;
  };
  return {events, warnings, stop};
}

let recording: ReturnType<typeof record>;
beforeEach(() => {
  recording = record();
});
afterEach(() => recording.stop());

/** Waits until the widget has fired `count` data events in all, failing after `ms`. */
async function untilEvents(count: number, ms = 5000) {
  const start = performance.now();
  while (recording.events.length < count) {
    if (performance.now() - start > ms) {
      throw new Error(`waited ${ms} ms for ${count} data event(s), saw ${recording.events.length}`);
    }
    await wait(20);
  }
}

async function widget(src: string, timeout?: number): Promise<ScriPartners> {
  const el = await fixture<ScriPartners>(
    html`<scri-partners src=${src} timeout=${timeout ?? 10000}></scri-partners>`
  );
  return el;
}

const title = (el: ScriPartners) => texts(el.shadowRoot!, '[part="title"]')[0];
const error = (el: ScriPartners) => el.shadowRoot!.querySelector('[part="error"]');
const retry = (el: ScriPartners) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
const serverJson = async (path: string) => (await fetch(path)).json();

/** Polls the test server until the /fault/hang request `id` is in `state`, failing after a generous limit. */
const untilHang = (id: string, state: string) =>
  waitUntil(
    async () => ((await serverJson(`/fault/hang-status?id=${id}`)) as {state: string}).state === state,
    `the hang request ${id} never became "${state}"`,
    {interval: 20, timeout: 8000}
  );

/** Asserts what a visitor sees and the host page hears when `src` could not be loaded. */
function expectLoadError(el: ScriPartners, src: string, message: RegExp) {
  expect(error(el), 'the error message').to.exist;
  expect(error(el)!.getAttribute('role')).to.equal('alert');
  expect(retry(el), 'the Retry button').to.exist;
  expect(retry(el)!.textContent!.trim()).to.equal('Retry');
  expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(0);
  expect(recording.events.map((e) => e.type)).to.deep.equal(['scri-data-error']);
  const detail = recording.events[0].detail as DataErrorDetail;
  expect(detail.source).to.equal('src');
  expect(detail.message).to.contain(src);
  expect(detail.message).to.match(message);
  expect(recording.warnings, 'one console warning').to.have.length(1);
  expect(recording.warnings[0]).to.match(/^scri-partners: /);
  expect(recording.warnings[0]).to.contain(src);
}

describe('network', () => {
  describe('when src answers with partners data', () => {
    it('shows "Loading partners…" first, then the data, and fires scri-data-load with source "src"', async () => {
      const src = `/fault/slow?ms=200&id=${freshId()}`;
      const el = await widget(src);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status!.textContent).to.equal('Loading partners…');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await untilEvents(1);
      await el.updateComplete;
      expect(title(el)).to.match(/^Partners n/);
      expect(texts(el.shadowRoot!, '[part="card-name"]')).to.deep.equal(['Health Sciences Authority']);
      expect(recording.events.map((e) => [e.type, e.detail.source])).to.deep.equal([
        ['scri-data-load', 'src'],
      ]);
      expect(recording.warnings).to.deep.equal([]);
    });
  });

  for (const [fault, message] of [
    ['/fault/404', /404/],
    ['/fault/500', /500/],
    ['/fault/html', /did not return JSON/],
    ['/fault/invalid-json', /did not return JSON/],
    ['/fault/empty', /empty/],
  ] as const) {
    describe(`when src answers ${fault.slice('/fault/'.length)}`, () => {
      it('shows the error message with Retry and fires scri-data-error with source "src"', async () => {
        const el = await widget(fault);
        await untilEvents(1);
        await el.updateComplete;
        expectLoadError(el, fault, message);
      });
    });
  }

  describe('when the server fails and then recovers', () => {
    it('shows the data after Retry', async () => {
      const src = `/fault/recovering?id=${freshId()}`;
      const el = await widget(src);
      await untilEvents(1);
      await el.updateComplete;
      expectLoadError(el, src, /500/);
      retry(el)!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading partners…');
      await untilEvents(2);
      await el.updateComplete;
      expect(error(el)).to.be.null;
      expect(title(el)).to.equal('Partners after 1 failure');
      expect(recording.events.map((e) => [e.type, e.detail.source])).to.deep.equal([
        ['scri-data-error', 'src'],
        ['scri-data-load', 'src'],
      ]);
    });
  });

  describe('when the server never answers', () => {
    it('shows the error message after timeout="300" and aborts the request', async () => {
      const id = freshId();
      const src = `/fault/hang?id=${id}`;
      const started = performance.now();
      const el = await widget(src, 300);
      // Far below the default 10 s timeout, far above what a loaded machine adds to 300 ms.
      await untilEvents(1, 8000);
      await el.updateComplete;
      // A timer never fires (much) early, so this lower bound cannot flake.
      expect(performance.now() - started, 'ms until the error').to.be.at.least(290);
      expectLoadError(el, src, /within 300 ms/);
      await untilHang(id, 'closed by the client');
    });

    it('also gives up on a body that stops half-way', async () => {
      const id = freshId();
      const src = `/fault/hang-body?id=${id}`;
      const el = await widget(src, 300);
      await untilEvents(1, 8000);
      await el.updateComplete;
      expectLoadError(el, src, /within 300 ms/);
      await untilHang(id, 'closed by the client');
    });
  });

  describe('when timeout is not a number', () => {
    it('waits as long as it would by default instead of failing at once', async () => {
      const el = await fixture<ScriPartners>(
        html`<scri-partners src=${`/fault/slow?ms=200&id=${freshId()}`} timeout="soon"></scri-partners>`
      );
      await untilEvents(1);
      await el.updateComplete;
      expect(recording.events.map((e) => e.type)).to.deep.equal(['scri-data-load']);
      expect(title(el)).to.match(/^Partners /);
    });
  });

  describe('when the network is down', () => {
    it('shows the error message with Retry for a refused connection (http://127.0.0.1:9/)', async () => {
      const src = 'http://127.0.0.1:9/partners.json';
      const el = await widget(src);
      await untilEvents(1);
      await el.updateComplete;
      expectLoadError(el, src, /could not be reached/);
    });

    it('shows the error message with Retry for a port that nothing listens on', async () => {
      const {port} = await serverJson('/fault/closed-port');
      const src = `http://127.0.0.1:${port}/partners.json`;
      const el = await widget(src);
      await untilEvents(1);
      await el.updateComplete;
      expectLoadError(el, src, /could not be reached/);
    });
  });

  describe('when src changes while the first one is loading', () => {
    it('shows only the later data, never the earlier one', async () => {
      const el = await widget(`/fault/slow?ms=600&id=earlier`);
      const seen = new Set<string>();
      const observer = new MutationObserver(() => {
        const shown = title(el);
        if (shown) seen.add(shown);
      });
      observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
      el.src = `/fault/slow?ms=50&id=later`;
      await untilEvents(1);
      await wait(900);
      observer.disconnect();
      expect(title(el)).to.equal('Partners later');
      expect([...seen]).to.deep.equal(['Partners later']);
      expect(recording.events.map((e) => e.type)).to.deep.equal(['scri-data-load']);
    });

    it('never shows the earlier answer over data set as a property meanwhile', async () => {
      const el = await widget(`/fault/slow?ms=300&id=stale`);
      el.data = {
        title: 'From the property',
        intro: [],
        groups: [{id: 'g', title: 'G', partners: [{id: 'p', name: 'P', description: 'D'}]}],
      };
      await untilEvents(1);
      await wait(600);
      expect(title(el)).to.equal('From the property');
      expect(recording.events.map((e) => [e.type, e.detail.source])).to.deep.equal([
        ['scri-data-load', 'property'],
      ]);
    });
  });

  describe('when the element is removed while loading', () => {
    it('aborts the request, shows no error and fires nothing', async () => {
      const id = freshId();
      const el = await widget(`/fault/hang?id=${id}`, 300);
      await untilHang(id, 'open');
      el.remove();
      await untilHang(id, 'closed by the client');
      // Past the 300 ms timeout that would have fired the error, had the load not been aborted.
      await wait(600);
      expect(recording.events).to.deep.equal([]);
      expect(recording.warnings).to.deep.equal([]);
      expect(error(el)).to.be.null;
      expect(await serverJson(`/fault/hang-status?id=${id}`)).to.deep.equal({state: 'closed by the client'});
    });

    it('loads again when it is put back', async () => {
      const id = freshId();
      const src = `/fault/slow?ms=300&id=${id}`;
      const el = await widget(src);
      const parent = el.parentElement!;
      el.remove();
      await wait(500);
      expect(recording.events).to.deep.equal([]);
      parent.append(el);
      await untilEvents(1);
      await el.updateComplete;
      expect(title(el)).to.equal(`Partners ${id}`);
      expect(recording.events.map((e) => [e.type, e.detail.source])).to.deep.equal([
        ['scri-data-load', 'src'],
      ]);
      // The first request was aborted at removal; whether it reached the server first is up to the engine.
      const {count} = (await serverJson(`/fault/count?path=/fault/slow&of=${id}`)) as {count: number};
      expect(count).to.be.within(1, 2);
    });
  });
});
