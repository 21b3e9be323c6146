import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {targetId} from './data/static-html.js';
import {fill, type englishStrings} from './strings.js';

/** The element a `LinkTargetController` serves. */
export interface LinkTargetHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  copyLinks: boolean;
}

/** What the widget tells the controller: its words, whether it shows data, and how to lift a search. */
export interface LinkTargetOptions {
  words: () => typeof englishStrings;
  /**
   * The name of the group or partner that `id` (a target id) names in the data, shown or not; `null` when the
   * data has none, `undefined` while there is no data yet.
   */
  nameOf: (id: string) => string | null | undefined;
  /** Applies a search the visitor typed that the widget has not applied yet; whether there was one. */
  applySearch: () => boolean;
  /** Clears the visitor's search; whether there was one. */
  clearSearch: () => boolean;
}

const ours = /^#(scri-(?:group|partner)-[A-Za-z0-9][A-Za-z0-9_-]*)$/;
const controllers = new Set<LinkTargetController>();
/** How long "Link copied" stays beside the button, in ms: time to read two words; the status announced it. */
const copiedNoteFor = 3000;
// The target some widget on the page has landed on for the current hash: a widget whose data comes later
// does not land again (which would scroll the page back and take the focus from where the visitor now is).
let landed = '';

/**
 * Listens on the window and the document once for the page, not once per widget, so that widgets coming and
 * going leave nothing behind.
 */
let listening = false;
const listen = () => {
  if (listening) return;
  listening = true;
  const follow = () => {
    landed = '';
    controllers.forEach((controller) => controller.follow());
  };
  addEventListener('hashchange', follow);
  document.addEventListener('click', (event) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => (node as Element).localName === 'a');
    // A link to the hash the page already has changes nothing, so no hashchange follows: go there again;
    // unless it opens elsewhere (a new tab or window), which leaves this page as it is.
    const elsewhere =
      event.button ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey ||
      /^_(?!self)/.test(link?.target ?? '');
    if (link?.href === location.href && ours.test(location.hash) && !elsewhere)
      setTimeout(() => event.defaultPrevented || follow());
  });
};

/**
 * Makes `#scri-partner-<id>` and `#scri-group-<id>` links land inside the shadow root, which fragment navigation
 * does not enter: on arrival, once the data has rendered, on `hashchange`, and on an in-page link to the hash
 * the page already has (which fires no `hashchange`). The target is scrolled to, marked, and its heading
 * focused. Also the cards' "copy link" buttons, and the live status that announces both.
 */
export class LinkTargetController implements ReactiveController {
  /** The id of the group or partner the page's URL points at, once this widget has shown it. */
  target = '';

  #host: LinkTargetHost;
  #options: LinkTargetOptions;
  #pending = '';
  #message = '';
  #filtered = false;
  #fallback = '';
  #copied = '';
  #copiedTimer = 0;

  constructor(host: LinkTargetHost, options: LinkTargetOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    listen();
    controllers.add(this);
    // Only on arrival: a widget that the page moves keeps its place and leaves the focus alone.
    if (!this.#host.hasUpdated) this.follow();
  }

  hostDisconnected() {
    controllers.delete(this);
    clearTimeout(this.#copiedTimer);
  }

  hostUpdated() {
    // Once this update is over: arriving requests another, which an update's own callbacks must not.
    const name = this.#pending && this.#options.nameOf(this.#pending);
    if (name) void this.#host.updateComplete.then(() => this.#arrive());
    // Data without the target: a later change of data (a Retry, an editor's preview) is not a link followed.
    else if (name === null) this.#pending = '';
  }

  /** Changes whenever what part() and copyButton() return may change: for the guard around the cards. */
  get key() {
    return `${this.target}\n${this.#fallback}\n${this.#copied}`;
  }

  /** `part` with the target's part added, for the group or partner `kind` named `id`. */
  part(kind: 'group' | 'card', id: string, part: string) {
    return this.target === targetId(kind === 'card' ? 'partner' : 'group', id)
      ? `${part} ${kind}-target`
      : part;
  }

  /** The card's "copy link" button, and the field that shows the URL when the clipboard refused it. */
  copyButton(id: string, name: string) {
    if (!this.#host.copyLinks) return nothing;
    const words = this.#options.words();
    const label = fill(words.copyLink, {name});
    return html`<button
        part="card-copy-link"
        class="copy"
        type="button"
        title=${label}
        aria-label=${label}
        @click=${() => this.#copy(id)}
      >
        <span aria-hidden="true">#</span></button
      >${
        this.#copied === id
          ? html`<span class="copied-note" aria-hidden="true">${words.linkCopied}</span>`
          : nothing
      }${
        this.#fallback === id
          ? html`<label class="copied"
              >${words.copyFallback}<input readonly .value=${urlOf(id)} @focus=${selectAll}
            /></label>`
          : nothing
      }`;
  }

  /** The live status that announces a copied link and a revealed or filtered-out target. */
  status() {
    return html`<p part="link-status" class=${this.#filtered ? '' : 'visually-hidden'} role="status">
      ${this.#message}
    </p>`;
  }

  /** Goes to the target the page's URL names now, if it is one of ours. @internal */
  follow() {
    const id = ours.exec(location.hash)?.[1] ?? '';
    this.#pending = id;
    // What was said and marked for the link before is over, whichever widget this one lands in.
    if (this.target || this.#filtered) {
      this.target = '';
      this.#filtered = false;
      this.#message = '';
      this.#host.requestUpdate();
    }
    if (id && this.#host.hasUpdated) void this.#arrive();
  }

  async #arrive() {
    const id = this.#pending;
    const name = id && this.#options.nameOf(id);
    if (!name || landed === id) return;
    this.#pending = '';
    // The host page's own element with that id wins; its static markup inside a widget does not count.
    const own = document.getElementById(id);
    if (own && !own.closest('scri-partners, [data-scri-partners]')) return;
    const host = this.#host;
    const find = (controller: LinkTargetController) =>
      (controller.#host.renderRoot as ShadowRoot).getElementById(id);
    // Two widgets that show it: the link lands on the first in the page.
    for (const other of controllers) {
      if (
        other !== this &&
        find(other) &&
        other.#host.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING
      )
        return;
    }
    // A search typed just before the link was followed counts: it may hide the target.
    if (this.#options.applySearch()) await host.updateComplete;
    let element = find(this);
    const words = this.#options.words();
    if (!element) {
      // Said only when no widget on the page shows it.
      if (![...controllers].some(find)) {
        this.#filtered = true;
        void this.#say(fill(words.targetFilteredOut, {name}));
      }
      return;
    }
    landed = id;
    if (element.closest('[hidden]') && this.#options.clearSearch())
      void this.#say(fill(words.targetRevealed, {name}));
    this.target = id;
    host.requestUpdate();
    await host.updateComplete;
    element = find(this);
    const heading = element?.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
    if (!element || !heading) return;
    element.scrollIntoView({block: 'start'});
    heading.tabIndex = -1;
    heading.focus({preventScroll: true});
  }

  async #copy(id: string) {
    const words = this.#options.words();
    this.#filtered = false;
    try {
      await navigator.clipboard.writeText(urlOf(id));
      this.#fallback = '';
      // Seen beside the button too, not only announced, until it has been read: then the card is as it was.
      this.#copied = id;
      clearTimeout(this.#copiedTimer);
      this.#copiedTimer = window.setTimeout(() => {
        this.#copied = '';
        this.#host.requestUpdate();
      }, copiedNoteFor);
      await this.#say(words.linkCopied);
    } catch {
      // No Clipboard API (an insecure page, an old browser) or a refusal: show the URL, selected, to copy by hand.
      this.#fallback = id;
      this.#copied = '';
      await this.#say(words.copyFallback);
      await this.#host.updateComplete;
      (this.#host.renderRoot as ShadowRoot).querySelector<HTMLInputElement>('.copied input')?.focus();
    }
  }

  async #say(message: string) {
    // The same words again (a second copy) are announced again only if the status changes in between.
    if (this.#message === message) {
      this.#message = '';
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    this.#message = message;
    this.#host.requestUpdate();
  }
}

const urlOf = (id: string) => new URL(`#${targetId('partner', id)}`, location.href).href;

function selectAll(event: Event) {
  (event.target as HTMLInputElement).select();
}
