import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {scriEvent, type DataErrorDetail, type DataLoadDetail, type DataSource} from './events.js';
import {fetchJson, validateOnce, warn} from './data/load.js';
import {readStaticHtml} from './data/read-static-html.js';
import {scriPartnersData} from './data/scri-data.js';
import type {PartnersData} from './data/types.js';
import {formatProblem, type Problem} from './data/validate.js';

/** What the widget shows: the data, that it is loading, or why it cannot show any. */
export type PartnersView =
  | {kind: 'data'; data: PartnersData; problems: Problem[]; source: DataSource}
  | {kind: 'loading'}
  | {kind: 'error'; source: DataSource; problems: Problem[]; retry: boolean};

/** The element a `PartnersDataController` reads its sources from. */
export interface PartnersDataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout: number;
}

/**
 * Picks the widget's data source, loads and validates it, and fires `scri-data-load` or `scri-data-error`
 * after the update that shows the outcome. Like `@lit/task`: it starts again when its inputs (`data`, `src`)
 * change or when the element comes back mid-load, and it aborts the request when the element goes away.
 */
export class PartnersDataController implements ReactiveController {
  /** What to render now. */
  view: PartnersView = {kind: 'loading'};

  #host: PartnersDataHost;
  #inputs?: [unknown, string | undefined];
  #request?: AbortController;
  #lightDom?: {input?: unknown; invalid?: Problem; source: DataSource} | null;
  #pendingEvent?: CustomEvent;

  constructor(host: PartnersDataHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    // A load cut short by a disconnect starts again when the element comes back.
    if (this.#inputs && this.view.kind === 'loading') this.#resolve();
  }

  hostDisconnected() {
    this.#request?.abort();
    this.#request = undefined;
  }

  hostUpdate() {
    const {data, src} = this.#host;
    if (!this.#inputs || this.#inputs[0] !== data || this.#inputs[1] !== src) this.#resolve();
  }

  hostUpdated() {
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  /** Reads the current source again: `src` is fetched again, and the element's children are read again. */
  reload() {
    this.#lightDom = undefined;
    this.#resolve();
    this.#host.requestUpdate();
  }

  #resolve() {
    const host = this.#host;
    this.#inputs = [host.data, host.src];
    this.#request?.abort();
    this.#request = undefined;
    if (host.data !== undefined && host.data !== null) {
      this.#show(host.data, 'property');
      return;
    }
    if (host.src) {
      void this.#load(host.src);
      return;
    }
    const lightDom = (this.#lightDom ??= this.#readLightDom());
    if (lightDom?.invalid) this.#fail(lightDom.source, [warn(lightDom.invalid)], false);
    else if (lightDom) this.#show(lightDom.input, lightDom.source);
    else this.#show(scriPartnersData, 'built-in');
  }

  #readLightDom(): {input?: unknown; invalid?: Problem; source: DataSource} | null {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      try {
        return {input: JSON.parse(script.textContent ?? ''), source: 'inline-json'};
      } catch (error) {
        const found = (error as Error).message;
        return {invalid: {path: '$', expected: 'valid JSON', found}, source: 'inline-json'};
      }
    }
    const input = readStaticHtml(this.#host);
    return input ? {input, source: 'static-html'} : null;
  }

  #show(input: unknown, source: DataSource) {
    const {data, problems} = validateOnce(input);
    if (!data) {
      this.#fail(source, problems, false);
      return;
    }
    this.view = {kind: 'data', data, problems, source};
    this.#pendingEvent = scriEvent<DataLoadDetail>('scri-data-load', {source});
  }

  #fail(source: DataSource, problems: Problem[], retry: boolean) {
    this.view = {kind: 'error', source, problems, retry};
    const message = problems.map(formatProblem).join('; ');
    this.#pendingEvent = scriEvent<DataErrorDetail>('scri-data-error', {source, message});
  }

  async #load(src: string) {
    const request = new AbortController();
    this.#request = request;
    this.view = {kind: 'loading'};
    try {
      const json = await fetchJson(src, request.signal, this.#host.timeout);
      if (request.signal.aborted) return;
      this.#show(json, 'src');
    } catch (error) {
      // Aborted loads were replaced by a newer source or cut short by a disconnect: nothing to show.
      if (request.signal.aborted) return;
      const found = (error as Error)?.message ?? String(error);
      this.#fail('src', [warn({path: 'src', expected: 'a JSON file of partners', found})], true);
    }
    this.#host.requestUpdate();
  }
}
