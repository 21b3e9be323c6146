import {ContextEvent, createContext, type ContextCallback} from '@lit/context';
import type {ReactiveController, ReactiveElement} from 'lit';
import type {Glossary} from './data/glossary.js';

/** What `<scri-partners>` shares with the `<scri-acronym>` elements inside it. */
export interface AcronymContext {
  /** Acronym → expansion, for acronyms that carry no `expansion` attribute. */
  glossary: Glossary;
  /** Whether acronyms write their expansion inline instead of showing a tooltip. */
  expand: boolean;
}

export const acronymContext = createContext<AcronymContext>(Symbol.for('scri-partners.acronyms'));

// The two ends of the context protocol that @lit/context speaks (its `context-request` event), for this one
// context: a quarter of the size of its ContextProvider and ContextConsumer, which the script-tag bundle
// paid for in full. Consumers and providers from @lit/context still talk to these.

/** Answers requests for `acronymContext` from the elements inside `host`, and keeps subscribers current. */
export class AcronymProvider {
  value: AcronymContext;
  readonly #subscribers = new Set<ContextCallback<AcronymContext>>();

  constructor(host: HTMLElement, value: AcronymContext) {
    this.value = value;
    host.addEventListener('context-request', (event) => {
      if (event.context !== acronymContext) return;
      event.stopPropagation();
      const callback = event.callback as ContextCallback<AcronymContext>;
      if (event.subscribe) this.#subscribers.add(callback);
      callback(this.value, () => this.#subscribers.delete(callback));
    });
  }

  setValue(value: AcronymContext) {
    this.value = value;
    for (const callback of this.#subscribers) callback(value, () => this.#subscribers.delete(callback));
  }
}

/** Asks the nearest provider of `acronymContext` for it on every connection, subscribed until disconnected. */
export class AcronymConsumer implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #callback: (value: AcronymContext) => void;
  #unsubscribe?: () => void;

  constructor(host: ReactiveElement, callback: (value: AcronymContext) => void) {
    this.#host = host;
    this.#callback = callback;
    host.addController(this);
  }

  hostConnected() {
    this.#host.dispatchEvent(
      new ContextEvent(
        acronymContext,
        this.#host,
        (value, unsubscribe) => {
          this.#unsubscribe = unsubscribe;
          this.#callback(value);
        },
        true
      )
    );
  }

  hostDisconnected() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
