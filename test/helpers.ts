import {expect, fixtureSync} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';

declare global {
  interface Window {
    __litIssues: string[];
    __engine: string;
  }
}

// Every test file imports this module: any Lit dev-mode warning, uncaught error or unhandled
// rejection that test/setup/guard.js caught during a test fails that test.
afterEach(() => {
  const issues = window.__litIssues.splice(0);
  expect(issues, 'Lit warnings, uncaught errors or unhandled rejections').to.deep.equal([]);
});

/** The text of every element matching `selector`, whitespace collapsed. */
export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** Waits `ms` milliseconds. */
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The engine running the tests (set by web-test-runner.config.mjs), for skipping Chromium-only commands. */
export const engine = window.__engine as 'chromium' | 'firefox' | 'webkit';

/**
 * Renders a fixture and waits for every Lit element in it to update. Unlike open-wc's `fixture`, it never
 * waits for an animation frame, which a test page running in a background tab may not get.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const element = fixtureSync<T>(template);
  const updating = [element, ...element.querySelectorAll('*')].filter((node) => 'updateComplete' in node);
  await Promise.all(
    updating.map((node) => (node as unknown as {updateComplete: Promise<unknown>}).updateComplete)
  );
  return element;
}

/** Collects the widget's console warnings for the duration of `body`; other warnings pass through. */
export async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const previous = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('scri-partners:')) warnings.push(text);
    else previous(...args);
  };
  try {
    await body();
  } finally {
    console.warn = previous;
  }
  return warnings;
}

/** The longest time off the acronym and its tooltip that still tests the leave delay (150 ms), with a margin. */
const gapLimit = 120;

/**
 * Opens the tooltip with `open`, then moves the pointer off `acronym` into the gap between it and its `tip`,
 * rests there 50 ms and moves onto the tooltip. Returns how long the pointer was off both, by the page's clock:
 * from the acronym's pointerout to the tooltip's pointerover, or NaN when the tooltip closed although the move
 * onto it ended within 120 ms. A loaded machine can take longer than the leave delay (150 ms) for that, which
 * would test nothing: then it starts again from a closed tooltip, up to three times, rather than fail.
 */
export async function crossGap(acronym: Element, tip: Element, open: () => Promise<void>): Promise<number> {
  const gaps: number[] = [];
  for (;;) {
    // From no element, and after a try, past the leave delay: the tooltip opens from closed.
    await sendMouse({type: 'move', position: [2, 2]});
    if (gaps.length) await wait(500);
    await open();
    const gap = await crossGapOnce(acronym, tip);
    // NaN: the tooltip closed although the pointer reached it within the limit; the caller's checks tell.
    if (!(gap > gapLimit)) return gap;
    gaps.push(Math.round(gap));
    if (gaps.length > 3) throw new Error(`crossing the gap took ${gaps.join(', ')} ms, over ${gapLimit} ms`);
  }
}

async function crossGapOnce(acronym: Element, tip: Element) {
  let leftAt = NaN;
  let arrivedAt = NaN;
  const onOut = (event: Event) => {
    if (Number.isNaN(leftAt) && event.composedPath().includes(acronym)) leftAt = performance.now();
  };
  const onOver = (event: Event) => {
    if (Number.isNaN(arrivedAt) && event.composedPath().includes(tip)) arrivedAt = performance.now();
  };
  // Listened for in the roots of the acronym and the tooltip: an event between two elements of one shadow root
  // does not leave it (its target and related target are then the same host).
  const acronymRoot = acronym.getRootNode();
  const tipRoot = tip.getRootNode();
  acronymRoot.addEventListener('pointerout', onOut, true);
  tipRoot.addEventListener('pointerover', onOver, true);
  try {
    const a = acronym.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const x = Math.round(a.left + a.width / 2);
    const y = Math.round(t.top >= a.bottom ? (a.bottom + t.top) / 2 : (t.bottom + a.top) / 2);
    await sendMouse({type: 'move', position: [x, y]});
    await wait(50);
    await sendMouse({
      type: 'move',
      position: [Math.round(t.left + t.width / 2), Math.round(t.top + t.height / 2)],
    });
  } finally {
    acronymRoot.removeEventListener('pointerout', onOut, true);
    tipRoot.removeEventListener('pointerover', onOver, true);
  }
  expect(Number.isNaN(leftAt), 'the pointer left the acronym').to.be.false;
  if (!Number.isNaN(arrivedAt)) return arrivedAt - leftAt;
  // The tooltip had closed before the pointer got there. Whether that was too soon tells only if the pointer's
  // move onto it had ended within the limit; otherwise report the time it may have taken, and try again.
  const atMost = performance.now() - leftAt;
  return atMost > gapLimit ? atMost : NaN;
}

/**
 * Moves the pointer from the open `tip` to the page's top left corner (on nothing), waits well past the leave
 * delay, and returns how long after the pointer left the tooltip closed, by the page's clock (NaN if it did not).
 */
export async function leaveAndTimeClose(tip: Element): Promise<number> {
  let leftAt = NaN;
  let closedAt = NaN;
  const onOut = (event: Event) => {
    if (Number.isNaN(leftAt) && event.composedPath().includes(tip)) leftAt = performance.now();
  };
  const observer = new MutationObserver(() => {
    if (Number.isNaN(closedAt) && !tip.hasAttribute('data-open')) closedAt = performance.now();
  });
  observer.observe(tip, {attributes: true, attributeFilter: ['data-open']});
  const root = tip.getRootNode();
  root.addEventListener('pointerout', onOut, true);
  try {
    await sendMouse({type: 'move', position: [2, 2]});
    await wait(500);
  } finally {
    root.removeEventListener('pointerout', onOut, true);
    observer.disconnect();
  }
  expect(Number.isNaN(leftAt), 'the pointer left the tooltip').to.be.false;
  return closedAt - leftAt;
}

/**
 * Waits until a search typed into `el` has been applied: the widget filters in the first task after the frame
 * that shows the typed key (see #onSearch), so this waits for that frame and task, then the update.
 */
export async function searched(el: {updateComplete: Promise<unknown>}) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await el.updateComplete;
}
