import type {PartnersData} from './types.js';
import {formatProblem, validateData, type Problem} from './validate.js';

/** What came of reading one data source. */
export interface LoadedData {
  data: PartnersData | null;
  problems: Problem[];
}

const validated = new WeakMap<object, LoadedData>();

/** Warns about one problem on the console, in the widget's words, and returns it. */
export const warn = (problem: Problem) => {
  console.warn(`scri-partners: ${formatProblem(problem)}`);
  return problem;
};

/**
 * Validates data once per object and reports each problem once on the console,
 * so that re-rendering the same data costs nothing and says nothing twice.
 */
export function validateOnce(input: unknown): LoadedData {
  if (typeof input === 'object' && input !== null) {
    const cached = validated.get(input);
    if (cached) return cached;
  }
  let result: LoadedData;
  try {
    result = validateData(input);
  } catch (error) {
    // A getter or proxy that throws (a host page's broken object) must not break the page.
    const message = error instanceof Error ? error.message : String(error);
    result = {
      data: null,
      problems: [{path: '$', expected: 'data that can be read', found: `an error: ${message}`}],
    };
  }
  result.problems.forEach(warn);
  if (typeof input === 'object' && input !== null) validated.set(input, result);
  return result;
}

/** How long `fetchJson` waits when given no usable timeout, in milliseconds. */
export const defaultTimeout = 10000;

/** Errors a visitor never sees verbatim; the element shows a short message instead. */
export class LoadError extends Error {}

/**
 * Fetches JSON from `url`, giving up after `timeout` milliseconds or when `signal` aborts.
 * Rejects with a `LoadError` that says what went wrong, in words an editor can act on.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  // A `timeout` attribute that is not a positive number ("soon", "") would otherwise fail every load at once.
  if (!(timeout > 0 && timeout < 2 ** 31)) timeout = defaultTimeout;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const abort = () => timer.abort();
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, {signal: timer.signal});
    if (!response.ok) throw new LoadError(`${url} answered ${response.status} ${response.statusText}`.trim());
    const body = await response.text();
    if (!body.trim()) throw new LoadError(`${url} returned an empty body`);
    try {
      return JSON.parse(body);
    } catch {
      throw new LoadError(`${url} did not return JSON`);
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (signal.aborted) throw error;
    if (timer.signal.aborted) throw new LoadError(`${url} did not answer within ${timeout} ms`);
    throw new LoadError(`${url} could not be reached (${(error as Error)?.message ?? error})`);
  } finally {
    clearTimeout(id);
    signal.removeEventListener('abort', abort);
  }
}
