import {expect, waitUntil} from '@open-wc/testing';
import {renderStaticHtml, scriPartnersData} from '../src/index.js';
import {engine} from './helpers.js';

// A page that holds the command line's markup, scri-partners.css and the script, as README recommends: the
// page's first contentful paint must show that markup, laid out, and the widget must then take its place with
// the same geometry, with no frame in between that shows neither.

/** What a visitor sees of the section in one frame. */
interface Frame {
  time: number;
  defined: boolean;
  shadowContent: boolean;
  shown: boolean;
  cardsLaidOut: string;
  height: number;
  groupTops: number[];
}

/**
 * Records the section at every animation frame from the top of the page (before the script loads) until the
 * widget has shown for two frames: what each frame paints is what the page holds when its callbacks run.
 */
const recorder = `<script>
  // Before the upgrade of a container, the container holds the markup.
  const section = () => document.querySelector('scri-partners') || document.querySelector('[data-scri-partners]');
  window.seen = (time) => {
    const el = section();
    if (!el) return null;
    const top = el.getBoundingClientRect().top;
    const root = el.shadowRoot;
    const widget = Boolean(root && root.querySelector('[part="base"]'));
    const groups = widget ? root.querySelectorAll('[part="group"]') : el.querySelectorAll(':scope > section');
    const cards = widget ? root.querySelector('.cards') : el.querySelector('ul');
    return {
      time,
      defined: el.localName === 'scri-partners' && el.matches(':defined'),
      shadowContent: widget,
      shown: el.getBoundingClientRect().height > 0 && Boolean(groups[0]) && getComputedStyle(groups[0]).display !== 'none',
      cardsLaidOut: cards ? getComputedStyle(cards).display : 'none',
      height: el.getBoundingClientRect().height,
      groupTops: [...groups].map((group) => group.getBoundingClientRect().top - top),
    };
  };
  window.frames_ = [];
  const sample = (time) => {
    const frame = window.seen(time);
    if (frame) window.frames_.push(frame);
    if (window.frames_.filter((f) => f.shadowContent).length < 2 && window.frames_.length < 600) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  // The largest contentful paint: the element, or null for one in a shadow root (here only the widget's).
  window.largest = [];
  if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.largest.push(entry.element ? entry.element.localName : null);
    }).observe({type: 'largest-contentful-paint', buffered: true});
  }
  window.loads = [];
  document.addEventListener('scri-data-load', (event) =>
    window.loads.push({source: event.detail.source, cards: section().shadowRoot.querySelectorAll('[part~="card"]').length})
  );
</script>`;

/** Loads `markup` in a frame with the recorder, the stylesheet and the script, as a host page would. */
async function hostPage(markup: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${recorder}
    <link rel="stylesheet" href="/src/scri-partners.css"></head><body>${markup}
    <script type="module" src="/src/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & {
    seen: (time: number) => Frame;
    frames_: Frame[];
    loads: {source: string; cards: number}[];
    largest: (string | null)[];
  };
}

describe('a page with pre-rendered markup and the script', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const wrapper of ['element', 'div'] as const) {
    describe(`(the markup in ${wrapper === 'element' ? '<scri-partners>' : 'a data-scri-partners container'})`, () => {
      it('paints the laid-out markup first, then the widget in its place with the same geometry', async function () {
        this.timeout(30000);
        const page = await hostPage(renderStaticHtml(scriPartnersData, {wrapper}));
        await waitUntil(() => page.loads.length, 'the widget never loaded its data', {timeout: 10000});
        await waitUntil(
          () => page.frames_.filter((f) => f.shadowContent).length >= 2,
          'no frame showed the widget'
        );
        const frames = page.frames_;
        const [paint] = page.performance.getEntriesByName('first-contentful-paint');
        expect(paint, 'the page reported its first contentful paint').to.exist;
        // The frame the first contentful paint showed: the last one that began before it.
        const first = frames.filter((frame) => frame.time <= paint.startTime).at(-1) ?? frames[0];
        expect(first.defined, 'the element was defined in the first contentful paint').to.equal(false);
        expect(first.shadowContent, 'the widget was rendered in the first contentful paint').to.equal(false);
        expect(first.shown, 'the markup is on show').to.equal(true);
        expect(first.cardsLaidOut, "the cards' grid").to.equal('grid');
        expect(first.groupTops).to.have.length(scriPartnersData.groups.length);
        // No frame without either: every frame shows the laid-out markup or the rendered widget.
        for (const frame of frames) {
          expect(frame.shown && frame.cardsLaidOut, `the section at ${frame.time.toFixed(0)} ms`).to.equal(
            'grid'
          );
          expect(frame.defined, `defined without its content at ${frame.time.toFixed(0)} ms`).to.equal(
            frame.shadowContent
          );
        }
        expect(page.loads, 'scri-data-load, once, after the cards are in place').to.deep.equal([
          {source: 'static-html', cards: 15},
        ]);
        // The page's largest contentful paint is the markup's (an element in the page, not in the widget's
        // shadow root): Chromium forgets a paint whose text is replaced before the frame reaches the screen.
        if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
          expect(page.largest.at(-1), 'the element of the last largest-contentful-paint entry').to.be.a(
            'string'
          );
        }
        // The stylesheet gives the markup the widget's geometry in Chromium (test/node/cls.test.mjs checks it at
        // four sizes); Firefox's section ends 3.5 px shorter as the widget, so there only the groups are counted.
        const widget = frames.at(-1)!;
        if (engine === 'chromium') {
          expect(widget.height, "the section's height").to.be.closeTo(first.height, 1);
          widget.groupTops.forEach((top, i) =>
            expect(top, `group ${i + 1}'s top`).to.be.closeTo(first.groupTops[i], 1)
          );
        }
        expect(widget.groupTops).to.have.length(first.groupTops.length);
      });
    });
  }
});
