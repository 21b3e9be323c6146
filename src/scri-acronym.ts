import {LitElement, html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ContextConsumer} from '@lit/context';
import {acronymContext, type AcronymContext} from './context.js';
import {acronymStyles} from './scri-acronym.styles.js';
import {AcronymTooltipController, supportsPopover} from './tooltip.js';

/**
 * @summary An acronym whose expansion every visitor can reach: a tooltip on hover, keyboard focus and tap,
 * and an accessible description for screen readers.
 *
 * @slot - The acronym, for example `HSA`.
 *
 * @fires scri-acronym-show - A visitor opened the tooltip. `detail: {acronym, expansion}`.
 *
 * @csspart acronym - The focusable acronym text.
 * @csspart tooltip - The tooltip that shows the expansion.
 *
 * @cssproperty --scri-partners-tooltip-background - The tooltip's background colour.
 * @cssproperty --scri-partners-tooltip-color - The tooltip's text colour.
 * @cssproperty --scri-partners-focus-color - The colour of the keyboard focus ring.
 */
export class ScriAcronym extends LitElement {
  static override styles = acronymStyles;

  static override get properties() {
    return {
      expansion: {},
      inline: {type: Boolean},
      context: {state: true, attribute: false},
    };
  }

  /** The acronym's expansion; when absent it comes from the glossary of the enclosing `<scri-partners>`. */
  expansion?: string;

  /** Writes the expansion after the acronym instead of showing a tooltip. */
  inline = false;

  private context?: AcronymContext;

  // Listens on the element itself, not its shadow root: events on the slotted acronym text may target it.
  #tooltip = new AcronymTooltipController(this, {
    anchorOf: (path) => (path.includes(this) ? this.#trigger() : undefined),
    detailOf: () =>
      this.#expanded || !this.resolvedExpansion
        ? undefined
        : {acronym: this.acronym, expansion: this.resolvedExpansion},
    root: () => this,
    // The template renders the expansion, so that it describes the acronym even while the tooltip is closed.
    writesText: false,
  });

  constructor() {
    super();
    // <scri-partners> draws its own acronyms: this element is for host pages, and asks the nearest widget
    // (if any) for its glossary.
    new ContextConsumer(this, {
      context: acronymContext,
      subscribe: true,
      callback: (value) => (this.context = value),
    });
  }

  /** The acronym text, taken from the element's content. */
  get acronym(): string {
    return (this.textContent ?? '').trim();
  }

  /** The expansion shown for this acronym, or an empty string when none is known. */
  get resolvedExpansion(): string {
    return this.expansion?.trim() || this.context?.glossary.entries.get(this.acronym) || '';
  }

  /** Shows the tooltip, closing any other acronym's tooltip on the page. */
  show() {
    const trigger = this.#trigger();
    if (trigger) this.#tooltip.show(trigger);
  }

  /** Hides the tooltip. */
  hide() {
    this.#tooltip.hide();
  }

  override render() {
    const expansion = this.resolvedExpansion;
    if (!expansion) return html`<slot></slot>`;
    const expand = this.#expanded;
    return html`<span
        class="trigger"
        part="acronym"
        tabindex=${ifDefined(expand ? undefined : 0)}
        aria-describedby=${expand ? nothing : 'tip'}
        data-expansion=${expansion}
        ><slot></slot></span
      >${
        expand
          ? ` (${expansion})`
          : html`<span
              id="tip"
              class="tooltip"
              part="tooltip"
              role="tooltip"
              popover=${supportsPopover ? 'manual' : nothing}
              >${expansion}</span
            >`
      }`;
  }

  get #expanded() {
    return this.inline || Boolean(this.context?.expand);
  }

  #trigger() {
    return this.renderRoot.querySelector<HTMLElement>('.trigger') ?? undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scri-acronym': ScriAcronym;
  }
}
