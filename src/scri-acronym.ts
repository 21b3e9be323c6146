import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ContextConsumer} from '@lit/context';
import {acronymContext, type AcronymContext} from './context.js';
import {scriEvent, type AcronymShowDetail} from './events.js';
import {acronymStyles} from './scri-acronym.styles.js';

/** How long the pointer rests on an acronym before its tooltip opens. */
const hoverDelay = 300;
/** How long the tooltip waits after the pointer leaves, so that it can cross onto the tooltip. */
const leaveDelay = 150;
/** Space kept between the tooltip and the acronym, and between the tooltip and the viewport edges. */
const gap = 6;

// Shared through the global object so that even two copies of this script keep one tooltip open at a time.
const openKey = Symbol.for('scri-acronym.open');
type WithOpen = {[openKey]?: ScriAcronym};

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

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
      open: {state: true, attribute: false},
    };
  }

  /** The acronym's expansion; when absent it comes from the glossary of the enclosing `<scri-partners>`. */
  expansion?: string;

  /** Writes the expansion after the acronym instead of showing a tooltip. */
  inline = false;

  private context?: AcronymContext;
  private open = false;
  #consumer?: ContextConsumer<typeof acronymContext, this>;

  #hoverTimer?: ReturnType<typeof setTimeout>;
  #leaveTimer?: ReturnType<typeof setTimeout>;
  #pointerInside = false;
  #frame = 0;

  /** The acronym text, taken from the element's content. */
  get acronym(): string {
    return (this.textContent ?? '').trim();
  }

  /** The expansion shown for this acronym, or an empty string when none is known. */
  get resolvedExpansion(): string {
    return this.expansion?.trim() || this.context?.glossary.entries.get(this.acronym) || '';
  }

  override connectedCallback() {
    super.connectedCallback();
    // <scri-partners> passes its own acronyms everything they need; asking it through context as well would
    // cost an event per acronym. Acronyms anywhere else (light DOM, host pages) ask the nearest provider.
    if (!this.#consumer && (this.getRootNode() as ShadowRoot).host?.localName !== 'scri-partners') {
      this.#consumer = new ContextConsumer(this, {
        context: acronymContext,
        subscribe: true,
        callback: (value) => (this.context = value),
      });
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.hide();
  }

  /** Shows the tooltip, closing any other acronym's tooltip on the page. */
  show() {
    if (this.open || !this.resolvedExpansion || this.#expanded) return;
    const registry = globalThis as WithOpen;
    if (registry[openKey] && registry[openKey] !== this) registry[openKey].hide();
    registry[openKey] = this;
    this.open = true;
    document.addEventListener('keydown', this.#onDocumentKeydown, true);
    document.addEventListener('pointerdown', this.#onDocumentPointerdown, true);
    window.addEventListener('scroll', this.#schedulePosition, {capture: true, passive: true});
    window.addEventListener('resize', this.#schedulePosition, {passive: true});
    this.dispatchEvent(
      scriEvent<AcronymShowDetail>('scri-acronym-show', {
        acronym: this.acronym,
        expansion: this.resolvedExpansion,
      })
    );
  }

  /** Hides the tooltip. */
  hide() {
    clearTimeout(this.#hoverTimer);
    clearTimeout(this.#leaveTimer);
    cancelAnimationFrame(this.#frame);
    const registry = globalThis as WithOpen;
    if (registry[openKey] === this) delete registry[openKey];
    document.removeEventListener('keydown', this.#onDocumentKeydown, true);
    document.removeEventListener('pointerdown', this.#onDocumentPointerdown, true);
    window.removeEventListener('scroll', this.#schedulePosition, {capture: true});
    window.removeEventListener('resize', this.#schedulePosition);
    this.open = false;
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
        @focus=${this.show}
        @blur=${this.#onBlur}
        @pointerenter=${this.#onPointerEnter}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.show}
        ><slot></slot></span
      ><span class="inline"> (${expansion})</span>${
        expand
          ? nothing
          : html`<span
              id="tip"
              class="tooltip"
              part="tooltip"
              role="tooltip"
              popover=${supportsPopover ? 'manual' : nothing}
              ?data-open=${this.open}
              @pointerenter=${this.#onPointerEnter}
              @pointerleave=${this.#onPointerLeave}
              >${expansion}</span
            >`
      }`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('context' as keyof ScriAcronym) || changed.has('inline') || changed.has('expansion')) {
      this.toggleAttribute('data-expanded', Boolean(this.#expanded && this.resolvedExpansion));
      if (this.#expanded) this.hide();
    }
  }

  get #expanded() {
    return this.inline || Boolean(this.context?.expand);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!changed.has('open' as keyof ScriAcronym)) return;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    if (supportsPopover && tip.isConnected) tip.togglePopover(this.open);
    if (this.open) this.#position();
  }

  readonly #schedulePosition = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#position());
  };

  /** Places the tooltip below the acronym, or above it when there is no room, shifted to stay on screen. */
  #position() {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const trigger = this.renderRoot.querySelector<HTMLElement>('.trigger');
    if (!tip || !trigger || !this.open) return;
    const anchor = trigger.getBoundingClientRect();
    const {width, height} = tip.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const below = anchor.bottom + gap;
    const above = anchor.top - gap - height;
    const fitsBelow = below + height <= viewportHeight - gap;
    const top = fitsBelow || above < gap ? Math.min(below, viewportHeight - gap - height) : above;
    const centred = anchor.left + anchor.width / 2 - width / 2;
    const left = Math.min(Math.max(centred, gap), viewportWidth - gap - width);
    tip.style.top = `${Math.max(top, gap)}px`;
    tip.style.left = `${Math.max(left, gap)}px`;
  }

  #onPointerEnter(event: PointerEvent) {
    // A touch also fires pointerenter; touch opens the tooltip through click instead.
    if (event.pointerType === 'touch') return;
    this.#pointerInside = true;
    clearTimeout(this.#leaveTimer);
    if (!this.open) this.#hoverTimer = setTimeout(() => this.show(), hoverDelay);
  }

  #onPointerLeave(event: PointerEvent) {
    if (event.pointerType === 'touch') return;
    this.#pointerInside = false;
    clearTimeout(this.#hoverTimer);
    this.#leaveTimer = setTimeout(() => {
      if (!this.#pointerInside && !this.matches(':focus-within')) this.hide();
    }, leaveDelay);
  }

  #onBlur() {
    if (!this.#pointerInside) this.hide();
  }

  readonly #onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      // Escape only closes the tooltip; the host page's own Escape handling must not also fire. Stopping
      // propagation is not enough for a modal <dialog>: only a cancelled keydown stops its close request.
      event.stopPropagation();
      event.preventDefault();
      this.hide();
    }
  };

  readonly #onDocumentPointerdown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.hide();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'scri-acronym': ScriAcronym;
  }
}
