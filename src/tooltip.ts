import type {ReactiveController, ReactiveElement} from 'lit';
import {scriEvent, type AcronymShowDetail} from './events.js';

/** How long the pointer rests on an acronym before its tooltip opens. */
const hoverDelay = 300;
/** How long the tooltip waits after the pointer leaves, so that it can cross onto the tooltip. */
const leaveDelay = 150;
/** Space kept between the tooltip and the acronym, and between the tooltip and the viewport edges. */
const gap = 6;

// Shared through the global object so that even two copies of this script keep one tooltip open at a time.
const openKey = Symbol.for('scri-acronym.open');
type WithOpen = {[openKey]?: {hide(): void}};

export const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * The one tooltip of an element that draws acronyms: `<scri-partners>` for all the acronyms in its shadow
 * root, `<scri-acronym>` for its own. The element renders one `.tooltip` popover; this moves it to whichever
 * acronym a visitor points at, focuses or taps, from listeners delegated on one root, so acronyms cost no
 * listener, element or controller each. Document and window listeners exist only while the tooltip is open.
 */
export class Tooltip implements ReactiveController {
  /** The acronym whose tooltip is open. */
  anchor?: HTMLElement;

  readonly #host: ReactiveElement;
  readonly #anchorOf: (path: EventTarget[]) => HTMLElement | undefined;
  readonly #detailOf: (anchor: HTMLElement) => AcronymShowDetail | undefined;
  readonly #root: () => EventTarget;
  /** The acronym under the pointer (the open one while the pointer is on the tooltip). */
  #over?: HTMLElement;
  #hoverTimer?: ReturnType<typeof setTimeout>;
  #leaveTimer?: ReturnType<typeof setTimeout>;
  #frame = 0;

  /**
   * @param anchorOf The acronym an event happened on, from the event's composed path.
   * @param detailOf What an acronym's tooltip says, or nothing when it shows none (expanded inline).
   * @param root Where the visitor's events are heard: the shadow root unless given.
   */
  constructor(
    host: ReactiveElement,
    anchorOf: (path: EventTarget[]) => HTMLElement | undefined,
    detailOf: (anchor: HTMLElement) => AcronymShowDetail | undefined,
    root = () => host.renderRoot as EventTarget
  ) {
    this.#host = host;
    this.#anchorOf = anchorOf;
    this.#detailOf = detailOf;
    this.#root = root;
    host.addController(this);
  }

  hostConnected() {
    for (const type of events) this.#root().addEventListener(type, this);
  }

  hostDisconnected() {
    for (const type of events) this.#root().removeEventListener(type, this);
    this.hide();
  }

  hostUpdated() {
    // A render that removed the open acronym, or wrote its expansion inline, closes its tooltip.
    if (this.anchor && !(this.anchor.isConnected && this.#detailOf(this.anchor))) this.hide();
  }

  /** Shows `anchor`'s tooltip, closing any other tooltip on the page. */
  show(anchor: HTMLElement) {
    const detail = this.#detailOf(anchor);
    const tip = this.#tip();
    if (anchor === this.anchor || !detail?.expansion || !tip) return;
    const registry = globalThis as WithOpen;
    registry[openKey]?.hide();
    registry[openKey] = this;
    this.anchor = anchor;
    // Text, never markup: the expansion comes from data. A tooltip whose element renders the text already
    // (<scri-acronym>, so that it describes the acronym even while closed) is left to its template.
    if (tip.textContent !== detail.expansion) tip.textContent = detail.expansion;
    tip.toggleAttribute('data-open', true);
    if (supportsPopover && tip.isConnected) tip.togglePopover(true);
    document.addEventListener('keydown', this, true);
    document.addEventListener('pointerdown', this, true);
    addEventListener('scroll', this, {capture: true, passive: true});
    addEventListener('resize', this, {passive: true});
    this.#position();
    anchor.dispatchEvent(scriEvent<AcronymShowDetail>('scri-acronym-show', detail));
  }

  /** Hides the tooltip. */
  hide() {
    clearTimeout(this.#hoverTimer);
    clearTimeout(this.#leaveTimer);
    cancelAnimationFrame(this.#frame);
    const registry = globalThis as WithOpen;
    if (registry[openKey] === this) delete registry[openKey];
    document.removeEventListener('keydown', this, true);
    document.removeEventListener('pointerdown', this, true);
    removeEventListener('scroll', this, {capture: true});
    removeEventListener('resize', this);
    const tip = this.#tip();
    tip?.removeAttribute('data-open');
    if (supportsPopover && tip?.isConnected) tip.togglePopover(false);
    this.anchor = undefined;
  }

  /** Every event this listens to: the visitor's on the root, and the page's while the tooltip is open. */
  handleEvent(event: Event) {
    const path = event.composedPath();
    const tip = this.#tip();
    const onTip = Boolean(tip && path.includes(tip));
    const anchor = onTip ? this.anchor : this.#anchorOf(path);
    // A touch also fires pointerover and pointerout; touch opens the tooltip through click instead.
    const touch = (event as PointerEvent).pointerType === 'touch';
    switch (event.type) {
      case 'pointerover':
        if (touch) return;
        this.#over = anchor;
        if (anchor === this.anchor) clearTimeout(this.#leaveTimer);
        else if (anchor) {
          clearTimeout(this.#hoverTimer);
          this.#hoverTimer = setTimeout(() => this.show(anchor), hoverDelay);
        }
        return;
      case 'pointerout':
        if (touch) return;
        this.#over = undefined;
        clearTimeout(this.#hoverTimer);
        clearTimeout(this.#leaveTimer);
        if (this.anchor) {
          this.#leaveTimer = setTimeout(() => {
            if (this.#over !== this.anchor && !this.anchor?.matches(':focus')) this.hide();
          }, leaveDelay);
        }
        return;
      case 'focusin':
      case 'click':
        if (anchor && !onTip) this.show(anchor);
        return;
      case 'focusout':
        if (anchor && anchor === this.anchor && this.#over !== anchor) this.hide();
        return;
      case 'keydown':
        if ((event as KeyboardEvent).key === 'Escape') {
          // Escape only closes the tooltip; the host page's own Escape handling must not also fire. Stopping
          // propagation is not enough for a modal <dialog>: only a cancelled keydown stops its close request.
          event.stopPropagation();
          event.preventDefault();
          this.hide();
        }
        return;
      case 'pointerdown':
        if (!onTip && anchor !== this.anchor) this.hide();
        return;
      default:
        // scroll and resize
        cancelAnimationFrame(this.#frame);
        this.#frame = requestAnimationFrame(() => this.#position());
    }
  }

  #tip() {
    return this.#host.renderRoot.querySelector<HTMLElement>('.tooltip');
  }

  /** Places the tooltip below the acronym, or above it when there is no room, shifted to stay on screen. */
  #position() {
    const tip = this.#tip();
    if (!tip || !this.anchor) return;
    const anchor = this.anchor.getBoundingClientRect();
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
}

const events = ['pointerover', 'pointerout', 'focusin', 'focusout', 'click'];
