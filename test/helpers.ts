import {expect, fixtureSync} from '@open-wc/testing';
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
