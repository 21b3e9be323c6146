import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {ContextProvider} from '@lit/context';
import {acronymContext} from './context.js';
import {scriEvent, type PartnerLinkDetail} from './events.js';
import {glossaryFor, segmentText, type Glossary} from './data/glossary.js';
import {parseHide, type HideablePart} from './data/hide.js';
import {scriPartnersData} from './data/scri-data.js';
import {clampHeadingLevel, targetId} from './data/static-html.js';
import type {Partner, PartnerGroup, PartnersData} from './data/types.js';
import {formatProblem, type Problem} from './data/validate.js';
import {LinkTargetController} from './link-target.js';
import {PartnersDataController} from './partners-data-controller.js';
import {partnersStyles} from './scri-partners.styles.js';
import {heading} from './heading.js';
import {AcronymTooltipController, supportsPopover} from './tooltip.js';
import {tooltipStyles} from './tooltip.styles.js';
import {checkStrings, englishStrings, fill, parseStrings, type PartnersStrings} from './strings.js';

// A text arrow rather than an SVG: it follows the link's colour and size, and costs a few bytes.
const externalIcon = html`<span class="icon" aria-hidden="true">↗</span>`;

// Languages registered with ScriPartners.addStrings, by lower-case language tag.
const languages = new Map<string, PartnersStrings>();
// The connected widgets, so that a language registered after they rendered reaches them.
const live = new Set<ScriPartners>();

/** The language of the nearest element with `lang`, from the element itself outwards, across shadow roots. */
const langOf = (element: Element) => {
  let node: Element | undefined = element;
  let found: Element | null = null;
  while (node && !(found = node.closest('[lang]'))) node = (node.getRootNode() as ShadowRoot).host;
  return (found as HTMLElement | null)?.lang.toLowerCase() ?? '';
};

/**
 * @summary The Singapore Clinical Research Institute's public sector partners: an intro, the partner
 * organisations grouped by how SCRI works with them, and tooltips that expand every acronym.
 *
 * @slot footer - Content shown after the closing text; `<scri-acronym>` elements in it resolve from the widget's glossary.
 *
 * @fires scri-partner-link - A visitor followed a partner's website link. `detail: {id, url}`.
 * @fires scri-data-load - Data was read and rendered. `detail: {source}`.
 * @fires scri-data-error - Data could not be loaded or used. `detail: {source, message}`.
 * @fires scri-acronym-show - A visitor opened an acronym's tooltip. `detail: {acronym, expansion}`.
 *
 * @csspart base - The section that holds everything.
 * @csspart title - The section title.
 * @csspart intro - The introduction paragraphs.
 * @csspart toolbar - The row with the search box and the "Show full names" toggle.
 * @csspart search - The search box.
 * @csspart toggle - The "Show full names" toggle button.
 * @csspart group - One group of partners.
 * @csspart group-title - A group's heading.
 * @csspart group-target - The group that the page's URL links to (`#scri-group-<id>`).
 * @csspart card - One partner's card.
 * @csspart card-highlighted - The card named by `highlight`.
 * @csspart card-target - The card that the page's URL links to (`#scri-partner-<id>`).
 * @csspart card-copy-link - A card's button that copies a link to it.
 * @csspart card-logo - A partner's logo image.
 * @csspart card-name - A partner's full name.
 * @csspart card-acronym - A partner's acronym tile.
 * @csspart card-link - A partner's website link.
 * @csspart closing - The closing paragraphs.
 * @csspart acronym - An acronym in the text, whose expansion the tooltip shows.
 * @csspart tooltip - The tooltip that shows an acronym's expansion (one per widget, moved to the acronym).
 * @csspart error - The message shown when the partners cannot be shown.
 * @csspart retry - The Retry button in the error message.
 * @csspart problems - The list of data problems shown with `debug`.
 * @csspart link-status - Says that a link was copied, or why a linked partner is not shown.
 *
 * @cssproperty --scri-partners-accent - The accent colour of tiles, links and focus rings.
 * @cssproperty --scri-partners-text - The main text colour.
 * @cssproperty --scri-partners-muted - The colour of secondary text.
 * @cssproperty --scri-partners-surface - The cards' background.
 * @cssproperty --scri-partners-border - The cards' border colour.
 * @cssproperty --scri-partners-radius - The cards' corner radius.
 * @cssproperty --scri-partners-gap - The space between cards.
 * @cssproperty --scri-partners-focus-color - The colour of the keyboard focus ring.
 * @cssproperty --scri-partners-tooltip-background - The tooltips' background colour.
 * @cssproperty --scri-partners-tooltip-color - The tooltips' text colour.
 */
export class ScriPartners extends LitElement {
  static override styles = [partnersStyles, tooltipStyles];

  static override get properties() {
    return {
      data: {attribute: false},
      src: {},
      timeout: {type: Number},
      headingLevel: {attribute: 'heading-level', type: Number},
      hide: {},
      expandAcronyms: {attribute: 'expand-acronyms', type: Boolean, reflect: true},
      groups: {},
      highlight: {},
      layout: {reflect: true},
      searchable: {type: Boolean},
      copyLinks: {attribute: 'copy-links', type: Boolean},
      debug: {type: Boolean},
      strings: {converter: parseStrings},
      query: {state: true, attribute: false},
      brokenLogos: {state: true, attribute: false},
    };
  }

  /**
   * The data to show; takes precedence over every other source. Checked at run time too: invalid parts are
   * left out with a console warning.
   */
  data?: PartnersData;

  /** A URL of JSON data to show, used when `data` is not set. */
  src?: string;

  /** How long to wait for `src`, in milliseconds, before showing the error message. */
  timeout = 10000;

  /** The title's heading level (2–6), or the groups' when the title is hidden; each level below goes one deeper. */
  headingLevel = 2;

  /** Space-separated parts to leave out (`title`, `intro`, `closing`), for a page that already says them. */
  hide = '';

  /** Writes every acronym's expansion inline instead of showing tooltips. */
  expandAcronyms = false;

  /** Space-separated group ids to show, in this order; all groups when empty. */
  groups = '';

  /** The id of a partner whose card is emphasised. */
  highlight = '';

  /** `grid` (cards side by side where there is room) or `list` (one card a row). */
  layout: 'grid' | 'list' = 'grid';

  /** Shows a search box that filters partners by name, acronym or description. */
  searchable = false;

  /** Shows a button on each card that copies a link to it (one more Tab stop a card, so it is the host's choice). */
  copyLinks = false;

  /** Lists the problems found in the data inside the widget, for editors previewing a page. */
  debug = false;

  /**
   * Words to write instead of the built-in ones, by name (`retry`, `count`, …; see README's "Words and
   * languages"), over any language registered with `ScriPartners.addStrings`. The attribute takes them as JSON.
   */
  strings?: PartnersStrings;

  private query = '';
  private brokenLogos = new Set<string>();

  // Shares the glossary with <scri-acronym> elements that a host page puts inside the widget.
  #provider = new ContextProvider(this, {
    context: acronymContext,
    initialValue: {glossary: glossaryFor(scriPartnersData), expand: false},
  });

  #source = new PartnersDataController(this);
  #link = new LinkTargetController(this, {
    words: () => this.#words,
    nameOf: (id) => {
      const view = this.#source.view;
      if (view.kind !== 'data') return undefined;
      for (const group of view.data.groups) {
        if (targetId('group', group.id) === id) return group.title;
        for (const partner of group.partners) if (targetId('partner', partner.id) === id) return partner.name;
      }
      return null;
    },
    applySearch: () => this.#applySearch(),
    clearSearch: () => this.query !== (this.query = ''),
  });
  #ownStrings: PartnersStrings = {};
  #words = englishStrings;
  #lang?: string;
  #wordsStale = true;

  // The groups on show and what a search looks in (each partner's name, acronym and description, lower-cased,
  // in reading order), built again only when the data or `groups` change; whether each partner matches the query.
  #groupsShown: PartnerGroup[] = [];
  #groupsOf?: [PartnersData | undefined, string];
  #texts: string[] = [];
  #matches: boolean[] = [];

  // The cards (in the order of #texts), groups and acronyms (with the card or group each is in) that the shadow
  // root shows, read again only after Lit rendered the groups or texts again (#rendered), and the tab stops.
  #rendered = true;
  #searchFrame = 0;
  #pendingQuery?: string;
  #cards: HTMLElement[] = [];
  #groups: HTMLElement[] = [];
  #acronyms: [HTMLElement, HTMLElement | null][][] = [];
  #tabStops = new Map<HTMLElement, HTMLElement | null>();

  // One observer for every widget: a page that changes `lang` after the widgets rendered switches their words.
  // It watches only `lang`, in the document and in the shadow roots that hold widgets.
  static #langObserver = new MutationObserver(() => {
    for (const widget of live) widget.#readLang();
  });

  /**
   * Registers words for a language (a `lang` value such as `ms`, or `ms-SG`) for every widget on the page.
   * A widget uses the language of the nearest `lang` attribute around it: the exact tag's words first, then
   * those of its primary language (`ms` for `ms-SG`), then English.
   */
  static addStrings(lang: string, strings: PartnersStrings) {
    languages.set(lang.toLowerCase(), checkStrings(strings));
    for (const widget of live) {
      widget.#wordsStale = true;
      widget.requestUpdate();
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    live.add(this);
    for (let root = this.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      ScriPartners.#langObserver.observe(root, {attributeFilter: ['lang'], subtree: true});
      if (!(root as ShadowRoot).host) break;
    }
    // Its language may differ where it now is.
    this.#readLang();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    live.delete(this);
  }

  constructor() {
    super();
    new AcronymTooltipController(this, {
      anchorOf: (path) =>
        path.find(
          (node): node is HTMLElement =>
            (node as Element).localName === 'abbr' && (node as Node).getRootNode() === this.renderRoot
        ),
      detailOf: (anchor) =>
        anchor.hasAttribute('aria-describedby')
          ? {acronym: anchor.textContent!, expansion: anchor.dataset.expansion!}
          : undefined,
      writesText: true,
    });
  }

  #hidden = new Set<HideablePart>();

  /** Reads the data again: loads `src` again (what the Retry button does), or re-reads the element's children. */
  reload() {
    this.#source.reload();
  }

  #readLang() {
    const lang = langOf(this);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.#wordsStale = true;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('hide')) {
      const {parts, unknown} = parseHide(this.hide ?? '');
      this.#hidden = new Set(parts);
      if (unknown.length) {
        console.warn(
          `scri-partners: hide: expected "title", "intro" or "closing", found ${unknown.map((word) => `"${word}"`).join(', ')}`
        );
      }
    }
    if (changed.has('strings')) this.#ownStrings = checkStrings(this.strings);
    if (this.#wordsStale || changed.has('strings')) {
      const lang = this.#lang ?? '';
      this.#words = {
        ...englishStrings,
        ...languages.get(lang.split('-')[0]),
        ...languages.get(lang),
        ...this.#ownStrings,
      };
      this.#wordsStale = false;
    }
  }

  // After the controllers' hostUpdate, so that the glossary and the partners come from the data this update shows.
  protected override update(changed: PropertyValues<this>) {
    const view = this.#source.view;
    const data = view.kind === 'data' ? view.data : undefined;
    const shared = this.#provider.value;
    const glossary: Glossary = data ? glossaryFor(data) : shared.glossary;
    if (glossary !== shared.glossary || this.expandAcronyms !== shared.expand) {
      this.#provider.setValue({glossary, expand: this.expandAcronyms});
    }
    this.#match(data);
    // Loading and error views have no cards or acronyms: what was indexed is gone.
    this.#rendered ||= !data;
    super.update(changed);
    this.#show();
  }

  /** Picks the groups on show, and which of their partners match the query. */
  #match(data?: PartnersData) {
    const [listed, ids] = this.#groupsOf ?? [];
    if (data !== listed || this.groups !== ids) {
      this.#groupsOf = [data, this.groups];
      this.#groupsShown = data ? this.#visibleGroups(data) : [];
      this.#texts = this.#groupsShown.flatMap((group) =>
        group.partners.map(({name, acronym, description}) =>
          `${name}\n${acronym ?? ''}\n${description}`.toLowerCase()
        )
      );
    }
    const query = this.searchable ? this.query.trim().toLowerCase() : '';
    this.#matches = this.#texts.map((text) => text.includes(query));
  }

  /**
   * Brings what the shadow root shows in line with the matches, after Lit's update: `hidden` on each card whose
   * match changed and on each group whose count of matching cards crossed zero, then each acronym's tab stop
   * where its first occurrence on show changed. A keystroke over 1,000 partners would otherwise re-render and
   * re-query every card.
   */
  #show() {
    const root = this.renderRoot;
    let changed = this.#rendered;
    if (changed) {
      this.#rendered = false;
      // Cards and groups that Lit kept keep the `hidden` written before; new ones have none.
      this.#cards = [...root.querySelectorAll<HTMLElement>('.card')];
      this.#groups = [...root.querySelectorAll<HTMLElement>('.group')];
      const occurrences = new Map<string | null, [HTMLElement, HTMLElement | null][]>();
      for (const abbr of root.querySelectorAll<HTMLElement>('abbr[aria-describedby]')) {
        const text = abbr.textContent;
        (occurrences.get(text) ?? occurrences.set(text, []).get(text)!).push([
          abbr,
          abbr.closest<HTMLElement>('.card, .group'),
        ]);
      }
      this.#acronyms = [...occurrences.values()];
    }
    let i = 0;
    this.#groupsShown.forEach((group, g) => {
      let shown = false;
      for (const end = i + group.partners.length; i < end;) {
        const match = this.#matches[i];
        const card = this.#cards[i++];
        shown ||= match;
        // A card's `hidden` is its previous match: it changes only where the match did.
        if (card.hidden === match) {
          card.hidden = !match;
          changed = true;
        }
      }
      if (this.#groups[g].hidden === shown) this.#groups[g].hidden = !shown;
    });
    if (!changed) return;
    // One tab stop per distinct acronym: its first occurrence in reading order that is on show (a search
    // hides cards). Every other occurrence opens the same tooltip on hover and tap and has the same
    // description, so keyboard users pass each expansion once instead of at every mention.
    const next = new Map<HTMLElement, HTMLElement | null>();
    for (const list of this.#acronyms) {
      const first = list.find(([, box]) => !box?.hidden);
      if (first) next.set(...first);
    }
    // A stop in a card or group that was hidden keeps its tabindex, which Tab cannot reach there, until it
    // shows again after an earlier occurrence: hiding 700 cards then writes no tabindex at all.
    for (const [abbr, box] of this.#tabStops) {
      if (next.has(abbr) || !abbr.isConnected) continue;
      if (box?.hidden) next.set(abbr, box);
      else abbr.removeAttribute('tabindex');
    }
    for (const [abbr] of next) if (!this.#tabStops.has(abbr)) abbr.tabIndex = 0;
    this.#tabStops = next;
  }

  override render() {
    const view = this.#source.view;
    const title = view.kind === 'data' ? view.data.title : '';
    // With its heading hidden, the section is still named by the title, as a landmark.
    const titleHidden = this.#hidden.has('title');
    const words = this.#words;
    return html`<section
        part="base"
        class="base"
        aria-busy=${view.kind === 'loading' ? 'true' : 'false'}
        aria-labelledby=${title && !titleHidden ? 'title' : nothing}
        aria-label=${title && titleHidden ? title : nothing}
      >
        ${
          view.kind === 'loading'
            ? html`<p role="status" class="status">${words.loading}</p>`
            : view.kind === 'error'
              ? html`<div part="error" class="error" role="alert">
                  <p>${words.error}</p>
                  ${
                    view.retry
                      ? html`<button part="retry" type="button" @click=${this.reload}>${words.retry}</button>`
                      : nothing
                  }
                </div>`
              : this.#renderData(view.data)
        }
        ${view.kind === 'loading' ? nothing : this.#renderProblems(view.problems)}
        <slot name="footer"></slot>
      </section>
      ${view.kind === 'data' ? this.#renderDescriptions() : nothing}
      <span
        class="tooltip"
        part="tooltip"
        role="tooltip"
        popover=${supportsPopover ? 'manual' : nothing}
      ></span>`;
  }

  #renderData(data: PartnersData) {
    const level = clampHeadingLevel(this.headingLevel);
    // Without the title, groups move up to its level, so the page's outline skips none.
    const showTitle = data.title && !this.#hidden.has('title');
    const above = showTitle ? level : level - 1;
    // The texts and groups render again only when what they show changed: a search keystroke only moves
    // `hidden` (see #show), instead of re-running 1,000 cards' templates and segmenting every text again.
    const texts = [data, this.#hidden, this.expandAcronyms];
    const groups = [
      ...texts,
      this.#groupsShown,
      above,
      this.#words,
      this.highlight,
      this.brokenLogos,
      this.copyLinks,
      this.#link.key,
    ];
    return html`${showTitle ? heading(level, 'title', data.title, 'title') : nothing}
    ${guard(texts, () => this.#renderParagraphs('intro', data.intro))} ${this.#renderToolbar()}
    ${this.#link.status()} ${guard(groups, () => this.#renderGroups(above))}
    ${guard(texts, () => this.#renderParagraphs('closing', data.closing))}`;
  }

  #renderParagraphs(part: 'intro' | 'closing', paragraphs: string[] = []) {
    this.#rendered = true;
    return paragraphs.length && !this.#hidden.has(part)
      ? html`<div part=${part} class=${part}>
          ${paragraphs.map((p) => html`<p>${this.#renderText(p)}</p>`)}
        </div>`
      : nothing;
  }

  #renderToolbar() {
    const words = this.#words;
    const query = this.query.trim();
    const count = this.#matches.filter(Boolean).length;
    return html`<div part="toolbar" class="toolbar">
      ${
        this.searchable
          ? html`<div class="search">
              <label for="search">${words.search}</label>
              <input
                id="search"
                part="search"
                type="search"
                autocomplete="off"
                .value=${this.query}
                @input=${this.#onSearch}
              />
              <p class="count" role="status">
                ${
                  query
                    ? count
                      ? fill(words.count, {count, total: this.#texts.length})
                      : fill(words.noMatch, {query})
                    : ''
                }
              </p>
            </div>`
          : nothing
      }
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-pressed=${this.expandAcronyms ? 'true' : 'false'}
        @click=${this.#onToggleExpand}
      >
        ${words.showFullNames}
      </button>
    </div>`;
  }

  // Cards and groups carry no `hidden` binding: #show writes it, only where a match changed.
  #renderGroups(level: number) {
    this.#rendered = true;
    return this.#groupsShown.map((group) => this.#renderGroup(group, level));
  }

  #renderGroup(group: PartnerGroup, level: number) {
    const id = `group-${group.id}`;
    return html`<section
      id=${targetId('group', group.id)}
      part=${this.#link.part('group', group.id, 'group')}
      class="group"
      aria-labelledby=${id}
    >
      ${heading(level + 1, 'group-title', group.title, id)}
      ${group.description ? html`<p class="group-description">${this.#renderText(group.description)}</p>` : nothing}
      <ul class="cards" role="list">
        ${group.partners.map((partner) => {
          const highlighted = partner.id === this.highlight;
          const logo = partner.logo && !this.brokenLogos.has(partner.logo) ? partner.logo : '';
          return html`<li
            id=${targetId('partner', partner.id)}
            part=${this.#link.part('card', partner.id, highlighted ? 'card card-highlighted' : 'card')}
            class="card"
            ?data-highlighted=${highlighted}
          >
            ${guard([partner, level, logo, this.expandAcronyms, this.#words], () => this.#renderCard(partner, level + 2, logo))}
            ${this.#link.copyButton(partner.id, partner.name)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderCard(partner: Partner, level: number, logo: string): TemplateResult {
    return html`<div class="tile">
        ${
          logo
            ? html`<img
                part="card-logo"
                class="logo"
                src=${logo}
                alt=""
                width="48"
                height="48"
                loading="lazy"
                @error=${() => this.#onLogoError(logo)}
              />`
            : nothing
        }
        ${partner.acronym ? html`<span part="card-acronym" class="acronym">${partner.acronym}</span>` : nothing}
      </div>
      ${heading(level, 'card-name', partner.name)}
      <p class="description">${this.#renderText(partner.description)}</p>
      ${partner.url ? this.#renderLink(partner, partner.url) : nothing}`;
  }

  #renderLink(partner: Partner, url: string) {
    const external = isExternal(url);
    const words = this.#words;
    return html`<a
      part="card-link"
      class="link"
      href=${url}
      rel="noopener noreferrer"
      @click=${() => this.dispatchEvent(scriEvent<PartnerLinkDetail>('scri-partner-link', {id: partner.id, url}))}
      >${words.visitWebsite}<span class="visually-hidden">
        ${fill(words.linkOf, {name: partner.name})}${external ? ` ${words.externalSite}` : ''}</span
      >${external ? externalIcon : nothing}</a
    >`;
  }

  #renderText(text: string) {
    const expand = this.expandAcronyms;
    return segmentText(text, this.#provider.value.glossary).map((segment) =>
      typeof segment === 'string'
        ? segment
        : html`<abbr
              part="acronym"
              class="trigger"
              aria-describedby=${expand ? nothing : describedBy(segment.acronym)}
              data-expansion=${segment.expansion}
              >${segment.acronym}</abbr
            >${expand ? ` (${segment.expansion})` : nothing}`
    );
  }

  /** Each acronym's accessible description, once per distinct acronym, in the same tree as its occurrences. */
  #renderDescriptions() {
    const {glossary, expand} = this.#provider.value;
    return guard([glossary, expand], () =>
      expand
        ? nothing
        : [...glossary.entries].map(
            ([acronym, expansion]) => html`<span id=${describedBy(acronym)} hidden>${expansion}</span>`
          )
    );
  }

  #renderProblems(problems: Problem[]) {
    if (!this.debug || !problems.length) return nothing;
    return html`<div part="problems" class="problems">
      <p>
        ${problems.length === 1 ? this.#words.oneProblem : fill(this.#words.problems, {n: problems.length})}
      </p>
      <ul>
        ${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}
      </ul>
    </div>`;
  }

  #visibleGroups(data: PartnersData): PartnerGroup[] {
    const ids = this.groups.split(/\s+/).filter(Boolean);
    if (!ids.length) return data.groups;
    const byId = new Map(data.groups.map((group) => [group.id, group]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  #onSearch(event: Event) {
    this.#pendingQuery = (event.target as HTMLInputElement).value;
    // The typed character paints first and the cards follow, in the first task after that frame; keys typed
    // faster than frames coalesce. Hiding cards costs the browser style and layout for the whole list (as much
    // as a static page's filter): done before the keystroke's frame, the visitor waits that long to see the key.
    cancelAnimationFrame(this.#searchFrame);
    this.#searchFrame = requestAnimationFrame(() => setTimeout(() => this.#applySearch()));
  }

  /** Applies a search typed and not applied yet; whether there was one. */
  #applySearch() {
    const pending = this.#pendingQuery;
    this.#pendingQuery = undefined;
    if (pending !== undefined) this.query = pending;
    return pending !== undefined;
  }

  #onToggleExpand() {
    this.expandAcronyms = !this.expandAcronyms;
  }

  #onLogoError(logo: string) {
    this.brokenLogos = new Set(this.brokenLogos).add(logo);
  }
}

/** The id of an acronym's description: unique per acronym, and without the spaces that would split it. */
const describedBy = (acronym: string) => `x-${encodeURIComponent(acronym)}`;

const isExternal = (url: string) => {
  try {
    return new URL(url, document.baseURI).origin !== location.origin;
  } catch {
    return false;
  }
};

declare global {
  interface HTMLElementTagNameMap {
    'scri-partners': ScriPartners;
  }
}
